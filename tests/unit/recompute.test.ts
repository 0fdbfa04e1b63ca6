// The recomputation primitive: the latest request wins, page data answers at once, a file is
// fetched once, errors are reported, and a view is only ever shown for its own key.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Recompute, type ViewSource } from '../../src/lib/maturity/recompute.svelte';

function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
	return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Recompute', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('keeps only the latest request, whatever order the answers arrive in', async () => {
		const calls = new Map<string, ReturnType<typeof deferred<string>>>();
		const r = new Recompute<string, string>({
			key: (k) => k,
			engine: (k) => {
				const d = deferred<string>();
				calls.set(k, d);
				return d.promise;
			}
		});
		r.request('a');
		r.request('b');
		expect(r.busy).toBe(true);
		expect(r.pending).toBe('b');
		calls.get('b')!.resolve('B');
		await tick();
		calls.get('a')!.resolve('A'); // late answer to an old request: ignored
		await tick();
		expect(r.valueFor('b')).toBe('B');
		expect(r.valueFor('a')).toBeUndefined();
		expect(r.shown).toBe('B');
		expect(r.via).toBe('engine');
		expect(r.busy).toBe(false);
	});

	it('lets a request that is asked for again while on its way still answer (an effect re-running)', async () => {
		const d = deferred<string>();
		const engine = vi.fn(() => d.promise);
		const r = new Recompute<string, string>({ key: (k) => k, engine });
		r.request('a');
		r.request('a');
		expect(engine).toHaveBeenCalledTimes(1);
		d.resolve('A');
		await tick();
		expect(r.valueFor('a')).toBe('A');
		expect(r.busy).toBe(false);
	});

	it('answers from the page at once and never calls the engine for it', () => {
		const engine = vi.fn(async () => 'engine');
		const r = new Recompute<string, string>({ key: (k) => k, page: (k) => (k === 'default' ? 'baked' : undefined), engine });
		r.request('default');
		expect(r.valueFor('default')).toBe('baked');
		expect(r.via).toBe('page');
		expect(r.busy).toBe(false);
		expect(engine).not.toHaveBeenCalled();
	});

	it('reads a prerendered file once per URL, and the engine only when there is no file', async () => {
		const fetchMock = vi.fn(async (url: string) => new Response(JSON.stringify({ url }), { status: 200 }));
		vi.stubGlobal('fetch', fetchMock);
		const source: ViewSource<string, string> = {
			key: (k) => k,
			file: (k) => (k.startsWith('f') ? { url: `/views/${k}.json`, read: (j) => (j as { url: string }).url } : undefined),
			engine: async (k) => `engine:${k}`
		};
		const r = new Recompute(source);
		r.request('f1');
		expect(r.pendingVia).toBe('file');
		await tick();
		expect(r.valueFor('f1')).toBe('/views/f1.json');
		r.request('x');
		await tick();
		expect(r.valueFor('x')).toBe('engine:x');
		r.request('f1');
		await tick();
		expect(r.valueFor('f1')).toBe('/views/f1.json');
		expect(fetchMock).toHaveBeenCalledTimes(1);
	});

	it('reports a failure with its message and keeps the last good view on screen', async () => {
		const r = new Recompute<string, string>({ key: (k) => k, engine: async (k) => (k === 'bad' ? Promise.reject(new Error('no engine')) : k) });
		r.request('good');
		await tick();
		r.request('bad');
		await tick();
		expect(r.error).toBe('no engine');
		expect(r.busy).toBe(false);
		expect(r.valueFor('bad')).toBeUndefined();
		expect(r.shown).toBe('good');
	});

	it('recomputes after a reset (a new dataset)', async () => {
		let n = 0;
		const r = new Recompute<string, number>({ key: (k) => k, engine: async () => ++n });
		r.request('a');
		await tick();
		r.request('a');
		await tick();
		expect(r.valueFor('a')).toBe(1);
		r.reset();
		r.request('a');
		await tick();
		expect(r.valueFor('a')).toBe(2);
	});
});
