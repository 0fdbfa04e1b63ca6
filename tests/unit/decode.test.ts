// Reading the bytes of a delivered file: byte fixtures for UTF-8 (with and without BOM, with one
// invalid byte), Windows-1252 (only when the whole file is consistent with it), UTF-16 (with a
// BOM, or recognisable), and binary files named by kind.
import { describe, expect, it } from 'vitest';
import { decodeBytes, scanUtf8, sniffUtf16 } from '../../src/lib/data/decode';
import { normMessage, ruleMessage } from '../../src/lib/data/rules';
import { validateFile } from '../../src/lib/data/validate';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));

const HEAD = 'gemeentecode,gemeentenaam,provinciecode,provincienaam\n';
const gemeenten = (bytes: Uint8Array) => validateFile('gemeenten', 'gemeenten.csv', bytes);

describe('UTF-8', () => {
	it('reads valid UTF-8, with or without BOM, as it is', () => {
		const text = HEAD + "GM1900,Súdwest-Fryslân,PV21,Fryslân\nGM0518,'s-Gravenhage,PV28,Zuid-Holland\n";
		expect(decodeBytes(utf8(text))).toMatchObject({ text, encoding: 'utf-8', norms: [], invalidCount: 0, binary: null });
		expect(decodeBytes(cat([0xef, 0xbb, 0xbf], utf8(text)))).toMatchObject({ text, norms: ['bom-removed'] });
	});

	it('keeps valid text intact around one invalid byte, reports its line, and rejects only that row', () => {
		// Line 2 is valid UTF-8 with two multi-byte characters; line 3 has a lone 0xE9 (é in Windows-1252).
		const bytes = cat(utf8(HEAD + 'GM1900,Súdwest-Fryslân,PV21,Fryslân\nGM0001,Z'), [0xe9], utf8('land,PV20,Groningen\n'));
		const d = decodeBytes(bytes);
		expect(d.encoding).toBe('utf-8');
		expect(d.norms).toEqual([]);
		expect(d.invalidCount).toBe(1);
		expect(d.invalid).toEqual([{ line: 3, bytes: 'E9' }]);
		expect(d.text).toContain('Súdwest-Fryslân');
		const t = gemeenten(bytes);
		expect(t.rows.map((r) => r[1])).toEqual(['Súdwest-Fryslân']);
		expect(t.norms['encoding-windows-1252']).toBeUndefined();
		expect(t.issues.map((i) => [i.line, i.rule, i.column, i.columnLetter])).toEqual([[3, 'encoding-invalid-byte', 'gemeentenaam', 'B']]);
		expect(t.issues[0].params.bytes).toBe('E9');
		expect(ruleMessage('encoding-invalid-byte', { ...t.issues[0].params, column: 'gemeentenaam' }, 'nl')).toContain('Ongeldige byte E9');
		expect(t).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
	});

	it('reports an invalid byte in the header at line 1', () => {
		const t = gemeenten(cat(utf8('gemeentecode,gemeentenaam,provinciecode,provincienaam,opmerking'), [0xff], utf8('\nGM1900,Súdwest-Fryslân,PV21,Fryslân,x\n')));
		expect(t.issues.filter((i) => i.rule === 'encoding-invalid-byte').map((i) => [i.line, i.params.bytes])).toEqual([[1, 'FF']]);
		expect(t.accepted).toBe(1);
	});

	it('follows the WHATWG decoder on broken and overlong sequences', () => {
		const s = scanUtf8(cat(utf8('a\n'), [0xc3, 0x28], utf8('\n'), [0xe0, 0x80, 0x80], [0xc3, 0xa9], [0xf0, 0x9f, 0x98]));
		expect(s.multibyte).toBe(1);
		expect(s.invalid).toEqual([
			{ line: 2, bytes: 'C3' },
			{ line: 3, bytes: 'E0' },
			{ line: 3, bytes: '80' },
			{ line: 3, bytes: '80' },
			{ line: 3, bytes: 'F0 9F 98' }
		]);
	});
});

describe('Windows-1252', () => {
	it('reads a whole Windows-1252 file as such, and shows what it read', () => {
		const bytes = latin1(HEAD + 'GM0014,Groningen,PV20,Groningen\nGM1900,Súdwest-Fryslân,PV21,Fryslân\n');
		const d = decodeBytes(bytes);
		expect(d.encoding).toBe('windows-1252');
		expect(d.norms).toEqual(['encoding-windows-1252']);
		expect(d.example).toEqual({ line: 3, text: 'Súdwest-Fryslân', bytes: 'FA, E2' });
		const t = gemeenten(bytes);
		expect(t.rows.map((r) => r[1])).toEqual(['Groningen', 'Súdwest-Fryslân']);
		const msg = normMessage('encoding-windows-1252', 1, 'nl', t.normExamples['encoding-windows-1252']);
		expect(msg).toContain('regel 3: "Súdwest-Fryslân", bytes FA, E2');
		expect(normMessage('encoding-windows-1252', 1, 'en', t.normExamples['encoding-windows-1252'])).toContain('line 3: "Súdwest-Fryslân"');
	});

	it('is not chosen when a byte is undefined in Windows-1252: then the bytes are reported', () => {
		const d = decodeBytes(cat(utf8(HEAD + 'GM0001,A'), [0x81], utf8(',PV20,G\n')));
		expect(d.encoding).toBe('utf-8');
		expect(d.invalid).toEqual([{ line: 2, bytes: '81' }]);
	});
});

describe('UTF-16', () => {
	const text = HEAD + 'GM1900,Súdwest-Fryslân,PV21,Fryslân\n';
	it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
		for (const [bytes, encoding] of [
			[cat([0xff, 0xfe], utf16le(text)), 'utf-16le'],
			[cat([0xfe, 0xff], utf16be(text)), 'utf-16be']
		] as const) {
			const d = decodeBytes(bytes);
			expect(d).toMatchObject({ text, encoding, binary: null, norms: ['encoding-utf16'] });
			const t = gemeenten(bytes);
			expect(t.rows.map((r) => r[1])).toEqual(['Súdwest-Fryslân']);
			expect(t.encoding).toBe(encoding);
		}
	});

	it('recognises UTF-16 without a byte-order mark by its zero bytes, instead of calling it binary', () => {
		expect(sniffUtf16(utf16le(text))).toEqual({ encoding: 'utf-16le', bom: false });
		expect(sniffUtf16(utf16be(text))).toEqual({ encoding: 'utf-16be', bom: false });
		expect(decodeBytes(utf16le(text))).toMatchObject({ text, binary: null, encoding: 'utf-16le' });
		expect(sniffUtf16(utf8(text))).toBeNull();
	});
});
