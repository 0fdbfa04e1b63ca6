// Owns: value-level normalisation and type checking for one cell, driven by a schema Field.
// Pure functions: given the raw text of a cell, return the canonical value plus the
// normalisations applied, or the rule it breaks. Only unambiguous variants are normalised.
import type { Field } from './schema';
import type { NormId, RuleId } from './rules';

export type CellValue = string | number | null;

export type CellResult =
	| { ok: true; value: CellValue; norms: NormId[] }
	| { ok: false; rule: RuleId; params: Record<string, string | number>; norms: NormId[] };

const ok = (value: CellValue, norms: NormId[]): CellResult => ({ ok: true, value, norms });
const fail = (rule: RuleId, params: Record<string, string | number>, norms: NormId[]): CellResult => ({
	ok: false,
	rule,
	params,
	norms
});

/** Human description of a pattern, used in "Verwacht: …". */
const PATTERN_EXPECTED: Record<string, string> = {
	'GM[0-9]{4}': 'GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (ook 363 of gm0363 wordt begrepen)',
	'PV(2[0-9]|3[01])': 'PV20 tot en met PV31, bijvoorbeeld PV27',
	'[a-z0-9]+(-[a-z0-9]+)*': 'kleine letters, cijfers en koppeltekens, bijvoorbeeld zgw-apis'
};

export function expectedForPattern(pattern: string): string {
	return PATTERN_EXPECTED[pattern] ?? `het patroon ${pattern}`;
}

/** GM0363 from "363", "0363", "gm0363", "GM363", "Gm 0363". */
const CODE_RE = { GM: /^(GM)?\s*(\d{1,4})$/i, PV: /^(PV)?\s*(\d{1,2})$/i };
function normaliseCode(v: string, prefix: 'GM' | 'PV', digits: number, norms: NormId[]): string {
	const m = CODE_RE[prefix].exec(v);
	if (!m) return v;
	const [, pre, num] = m;
	if (!pre) norms.push('code-prefix-added');
	else if (pre !== prefix) norms.push('code-uppercased');
	if (num.length < digits) norms.push('code-zero-padded');
	return prefix + num.padStart(digits, '0');
}

/** A CBS municipality code in canonical form (GM + 4 digits), or null when it cannot be one. */
export function canonicalGemeentecode(raw: string): string | null {
	const v = normaliseCode(raw.trim(), 'GM', 4, []);
	return /^GM\d{4}$/.test(v) ? v : null;
}

/** "In gebruik", "IN_GEBRUIK", "in-gebruik" → "in_gebruik" when that is an allowed value. */
function normaliseEnum(v: string, allowed: readonly string[], norms: NormId[]): string {
	if (allowed.includes(v)) return v;
	const canon = v.toLowerCase().replace(/[\s-]+/g, '_');
	if (allowed.includes(canon)) {
		norms.push('enum-normalised');
		return canon;
	}
	return v;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[ T]00:00(:00(\.0+)?)?Z?$/;
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

function validDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d <= days && y >= 1900 && y <= 2100;
}

export function parseDate(raw: string, norms: NormId[]): string | null {
	let v = raw;
	const midnight = ISO_DATE_MIDNIGHT.exec(v);
	if (midnight) {
		norms.push('date-time-dropped');
		v = midnight[1];
	}
	let m = ISO_DATE.exec(v);
	if (m) return validDate(+m[1], +m[2], +m[3]) ? v : null;
	m = DUTCH_DATE.exec(v);
	if (m) {
		const [d, mo, y] = [+m[1], +m[2], +m[3]];
		if (!validDate(y, mo, d)) return null;
		norms.push('date-dutch');
		return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	}
	return null;
}

const INT = /^[+-]?\d+$/;
const INT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;
const NUM_DOT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const NUM_COMMA = /^[+-]?(\d+(,\d*)?|,\d+)$/;
const NUM_DUTCH_FULL = /^[+-]?\d{1,3}(\.\d{3})+,\d+$/;

export function parseInteger(v: string, norms: NormId[]): number | null {
	if (INT.test(v)) return Number(v);
	if (INT_THOUSANDS.test(v)) {
		norms.push('thousands-separator');
		return Number(v.replace(/\./g, ''));
	}
	return null;
}

export function parseNumber(v: string, norms: NormId[]): number | null {
	if (NUM_DOT.test(v)) return Number(v);
	if (NUM_COMMA.test(v)) {
		norms.push('decimal-comma');
		return Number(v.replace(',', '.'));
	}
	if (NUM_DUTCH_FULL.test(v)) {
		norms.push('thousands-separator', 'decimal-comma');
		return Number(v.replace(/\./g, '').replace(',', '.'));
	}
	return null;
}

const patternCache = new Map<string, RegExp>();
function patternRe(p: string): RegExp {
	let re = patternCache.get(p);
	if (!re) patternCache.set(p, (re = new RegExp(`^(?:${p})$`)));
	return re;
}

/**
 * Why a text is not plain text on one line, or null when it is: a control character (a line break
 * or tab: the site shows the text on one line) or a markup tag such as <b> or </p> (shown
 * literally, never interpreted, so its author expected something the site does not do).
 */
export function notPlainText(v: string): 'control' | 'markup' | null {
	if (/[\u0000-\u001f\u007f]/.test(v)) return 'control';
	if (/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(v)) return 'markup';
	return null;
}

/** Characters that make a spreadsheet treat a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Normalise and check one cell against its field. `raw` is the cell text as parsed from CSV.
 * Returns the canonical value (string/number/null) or the first rule it breaks.
 */
export function normaliseCell(field: Field, raw: string, missingValues: readonly string[] = ['']): CellResult {
	const norms: NormId[] = [];
	let v = raw;
	const trimmed = v.trim();
	if (trimmed !== v) {
		norms.push('whitespace-trimmed');
		v = trimmed;
	}
	const c = field.constraints ?? {};
	if (missingValues.includes(v)) {
		if (field['x-default'] !== undefined) {
			norms.push('default-applied');
			return ok(field['x-default'], norms);
		}
		if (c.required) return fail('required', { column: field.name }, norms);
		return ok(null, norms);
	}

	let value: CellValue;
	switch (field.type) {
		case 'integer': {
			const n = parseInteger(v, norms);
			if (n === null) return fail('type-integer', { value: v }, norms);
			value = n;
			break;
		}
		case 'number': {
			const n = parseNumber(v, norms);
			if (n === null || !Number.isFinite(n)) return fail('type-number', { value: v }, norms);
			value = n;
			break;
		}
		case 'date': {
			const d = parseDate(v, norms);
			if (d === null) return fail('type-date', { value: v }, norms);
			value = d;
			break;
		}
		default: {
			switch (field['x-normalise']) {
				case 'gemeentecode':
					v = normaliseCode(v, 'GM', 4, norms);
					break;
				case 'provinciecode':
					v = normaliseCode(v, 'PV', 2, norms);
					break;
				case 'slug': {
					const lower = v.toLowerCase();
					if (lower !== v) {
						norms.push('slug-lowercased');
						v = lower;
					}
					break;
				}
				case 'enum':
					if (c.enum) v = normaliseEnum(v, c.enum, norms);
					break;
			}
			value = v;
		}
	}

	if (c.enum && !c.enum.includes(String(value))) {
		return fail('enum', { value: String(value), expected: c.enum.join(', ') }, norms);
	}
	if (c.pattern && !patternRe(c.pattern).test(String(value))) {
		return fail('pattern', { value: raw.trim(), expected: expectedForPattern(c.pattern) }, norms);
	}
	if (typeof value === 'string') {
		if (field['x-plain-text']) {
			const what = notPlainText(value);
			if (what) return fail('plain-text', { column: field.name, what }, norms);
		}
		// Characters as a reader counts them (code points), not UTF-16 units.
		const length = [...value].length;
		if (c.maxLength !== undefined && length > c.maxLength) return fail('max-length', { column: field.name, length, limit: c.maxLength }, norms);
	}
	if (typeof value === 'number') {
		if (c.minimum !== undefined && value < c.minimum) return fail('minimum', { value, limit: c.minimum }, norms);
		if (c.maximum !== undefined && value > c.maximum) return fail('maximum', { value, limit: c.maximum }, norms);
		if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum)
			return fail('exclusive-minimum', { value, limit: c.exclusiveMinimum }, norms);
	}
	return ok(value, norms);
}
