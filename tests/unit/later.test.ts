// Page data that is fetched rather than written into the HTML (src/lib/data/later.ts) and the
// transport hook that carries only its URL (src/hooks.ts).
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { Later } from '../../src/lib/data/later';
import { transport } from '../../src/hooks';

const noFetch = (() => {
	throw new Error('fetch must not be called');
}) as unknown as typeof fetch;

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await p;
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
	throw new Error('expected an HTTP error');
}

describe('Later', () => {
	it('gives the value at hand without fetching (the server)', async () => {
		expect(await new Later('/x.json', { a: 1 }).get(noFetch)).toEqual({ a: 1 });
	});

	it('fetches the value from its URL when only the URL travelled (the browser)', async () => {
		const asked: string[] = [];
		const fetch = (async (url: string) => {
			asked.push(url);
			return new Response(JSON.stringify({ a: 2 }), { headers: { 'content-type': 'application/json' } });
		}) as unknown as typeof globalThis.fetch;
		expect(await new Later<{ a: number }>('/base/x.json').get(fetch)).toEqual({ a: 2 });
		expect(asked).toEqual(['/base/x.json']);
	});

	it('says which file failed and how: offline stays 503, a missing file is a server error, not "not found"', async () => {
		const answer = (status: number) => (async () => new Response('no', { status })) as unknown as typeof fetch;
		expect(await failure(new Later('/x.json').get(answer(503)))).toEqual({ status: 503, message: '/x.json: HTTP 503' });
		expect(await failure(new Later('/x.json').get(answer(404)))).toEqual({ status: 500, message: '/x.json: HTTP 404' });
		const down = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(await failure(new Later('/x.json').get(down))).toEqual({ status: 503, message: '/x.json: Failed to fetch' });
	});
});

describe('transport hook', () => {
	it('writes a Later as its URL only and reads it back as a Later of that URL without a value', async () => {
		const big = { rows: Array.from({ length: 1000 }, (_, i) => i) };
		const encoded = transport.Later.encode(new Later('/api/x.json', big));
		expect(encoded).toEqual(['/api/x.json']);
		expect(JSON.stringify(encoded)).not.toContain('999');
		const decoded = transport.Later.decode(encoded) as Later<unknown>;
		expect(decoded).toBeInstanceOf(Later);
		expect(decoded.url).toBe('/api/x.json');
		expect((await failure(decoded.get(noFetch))).message).toBe('/api/x.json: fetch must not be called');
	});

	it('leaves every other value to the default serialisation', () => {
		expect(transport.Later.encode({ url: '/api/x.json' })).toBe(false);
		expect(transport.Later.encode(null)).toBe(false);
	});
});
