// Owns: turning the bytes of a delivered file into text, and saying exactly what was done.
// UTF-8 (with or without BOM) is the contract. UTF-16 (with a BOM, or recognisable by its zero
// bytes) is read as such. A file that is not valid UTF-8 is read as Windows-1252 (what Excel
// writes) only when the whole file is consistent with it — no valid UTF-8 multi-byte sequence at
// all and no byte Windows-1252 leaves undefined; otherwise it is read as UTF-8, every invalid
// byte becomes U+FFFD and its line is reported (the validator rejects those rows). Spreadsheets,
// PDFs and other binary files are recognised and named, not read.
import type { NormId } from './rules';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
/** What a binary file looks like: a zip (an .xlsx workbook is one), an old .xls, a PDF, or other bytes. */
export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'other';

export interface InvalidByte {
	/** 1-based line of the file. */
	line: number;
	/** The invalid byte(s) in hex, e.g. "E9" or "C3 28". */
	bytes: string;
}

export interface DecodedText {
	text: string;
	norms: NormId[];
	/** Set when the bytes are not text at all. */
	binary: BinaryKind | null;
	encoding: Encoding;
	/** Bytes that are not UTF-8 in a file read as UTF-8 (each read as U+FFFD): the first ones, with their line. */
	invalid: InvalidByte[];
	/** How many invalid sequences there are in all. */
	invalidCount: number;
	/** For a file read as Windows-1252: the first value with a non-ASCII character, as read, and its bytes. */
	example: { line: number; text: string; bytes: string } | null;
}

/** At most this many invalid bytes are listed by line (all are counted). */
const MAX_INVALID_LISTED = 10_000;
/** Bytes Windows-1252 does not define: a file with one of these is not Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

/** A binary file's kind from its first bytes and its share of control bytes; null for text. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
	if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
	if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
	const sample = bytes.subarray(0, 65536);
	let control = 0;
	for (const b of sample) {
		if (b === 0) return 'other';
		if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
	}
	return sample.length > 0 && control / sample.length > 0.05 ? 'other' : null;
}

/** UTF-16 from a BOM, or from zero bytes in every other position (ASCII text written as UTF-16). */
export function sniffUtf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return { encoding: 'utf-16le', bom: false };
	if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return { encoding: 'utf-16be', bom: false };
	return null;
}

interface Utf8Scan {
	invalid: InvalidByte[];
	invalidCount: number;
	/** Valid sequences of two or more bytes. */
	multibyte: number;
	/** Whether a byte Windows-1252 does not define occurs. */
	cp1252Undefined: boolean;
}

/** Walk the bytes as UTF-8 (the WHATWG decoder's rules): count valid multi-byte sequences, list invalid ones by line. */
export function scanUtf8(b: Uint8Array): Utf8Scan {
	const out: Utf8Scan = { invalid: [], invalidCount: 0, multibyte: 0, cp1252Undefined: false };
	let line = 1;
	let i = 0;
	const bad = (at: number, len: number) => {
		out.invalidCount++;
		if (out.invalid.length < MAX_INVALID_LISTED) out.invalid.push({ line, bytes: Array.from(b.subarray(at, at + len), hex).join(' ') });
	};
	while (i < b.length) {
		const c = b[i];
		if (c < 0x80) {
			if (c === 0x0a) line++;
			i++;
			continue;
		}
		if (CP1252_UNDEFINED.has(c)) out.cp1252Undefined = true;
		const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		if (n === 0) {
			bad(i, 1);
			i++;
			continue;
		}
		const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
		const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
		let k = 1;
		for (; k <= n; k++) {
			const x = b[i + k];
			if (x === undefined || (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf)) break;
			if (CP1252_UNDEFINED.has(x)) out.cp1252Undefined = true;
		}
		if (k > n) {
			out.multibyte++;
			i += n + 1;
		} else {
			bad(i, k);
			i += k;
		}
	}
	return out;
}

/** The first value (between separators) of a Windows-1252 text that holds a non-ASCII character, with its bytes. */
function cp1252Example(bytes: Uint8Array, text: string): DecodedText['example'] {
	const at = bytes.findIndex((b) => b >= 0x80);
	if (at < 0) return null;
	// Windows-1252 is one byte per character, so byte offsets are text offsets.
	const stop = /[\r\n,;\t"]/;
	let s = at;
	while (s > 0 && !stop.test(text[s - 1])) s--;
	let e = at;
	while (e < text.length && e - s < 80 && !stop.test(text[e])) e++;
	while (s < at && /\s/.test(text[s])) s++;
	while (e > at + 1 && /\s/.test(text[e - 1])) e--;
	let line = 1;
	for (let i = 0; i < s; i++) if (bytes[i] === 0x0a) line++;
	const codes = Array.from(bytes.subarray(s, e)).filter((b) => b >= 0x80);
	return { line, text: text.slice(s, e), bytes: codes.map(hex).join(', ') };
}

/** Bytes → text, with the normalisations applied and anything that could not be read faithfully. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	const base = { norms: [] as NormId[], invalid: [] as InvalidByte[], invalidCount: 0, example: null };
	const utf16 = sniffUtf16(bytes);
	if (utf16) {
		// The decoder drops the BOM; unpaired surrogates become U+FFFD.
		const text = new TextDecoder(utf16.encoding).decode(bytes);
		const binary = sniffBinary(new TextEncoder().encode(text.slice(0, 65536)));
		return { ...base, text: binary ? '' : text, binary, encoding: utf16.encoding, norms: binary ? [] : ['encoding-utf16'] };
	}
	const binary = sniffBinary(bytes);
	if (binary) return { ...base, text: '', binary, encoding: 'utf-8' };
	const norms: NormId[] = [];
	let start = 0;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		norms.push('bom-removed');
		start = 3;
	}
	const body = bytes.subarray(start);
	try {
		return { ...base, text: new TextDecoder('utf-8', { fatal: true }).decode(body), binary: null, encoding: 'utf-8', norms };
	} catch {
		// Not valid UTF-8: find out whether the whole file reads as Windows-1252.
	}
	const scan = scanUtf8(body);
	if (scan.multibyte === 0 && !scan.cp1252Undefined) {
		const text = new TextDecoder('windows-1252').decode(body);
		return { ...base, text, binary: null, encoding: 'windows-1252', norms: [...norms, 'encoding-windows-1252'], example: cp1252Example(body, text) };
	}
	// UTF-8 with some invalid bytes: read the rest faithfully and report each bad byte's line.
	return { ...base, text: new TextDecoder('utf-8').decode(body), binary: null, encoding: 'utf-8', norms, invalid: scan.invalid, invalidCount: scan.invalidCount };
}
