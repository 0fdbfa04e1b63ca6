// Owns: reading one CSV file of the data contract into canonical rows, row by row, with a
// precise report. Every data row ends up either accepted or rejected (with an issue that names
// file, line, column, value and rule); normalisations are counted, with a first example. Driven
// entirely by the schema in data/datapackage.json. Used at build time, in Node tests, and in the
// browser (inside the parse worker, see check.ts). Bytes → text is decode.ts; the rules that look
// at other rows or files are cross-checks.ts; the row loop itself is table-validator.ts.
import Papa from 'papaparse';
import { KEY_SEP } from './cross-checks';
import { decodeBytes, type Encoding } from './decode';
import type { CellValue } from './normalise';
import type { NormExample, NormId, RuleId, Severity } from './rules';
import { PRIMARY_KEYS, RESOURCE_ORDER, type ResourceName } from './schema';
import { TableValidator } from './table-validator';

export { decodeBytes, type DecodedText, type Encoding } from './decode';
export { columnLetter, isWebAddress } from './cells';
export { MAX_ISSUES, TableValidator } from './table-validator';

export interface Issue {
	file: string;
	/** 1-based line in the file where the row starts; null for file-level issues. */
	line: number | null;
	/** Column name as in the schema (or as written, for unknown columns). */
	column: string | null;
	/** Spreadsheet-style column letter (A, B, …) of the column in this file. */
	columnLetter: string | null;
	value: string | null;
	rule: RuleId;
	severity: Severity;
	params: Record<string, string | number>;
}

export interface TableResult {
	resource: ResourceName;
	file: string;
	/** Schema field names, the order of `rows`. */
	columns: string[];
	rows: CellValue[][];
	/** Source line of each accepted row. */
	lines: number[];
	issues: Issue[];
	/** Issues per rule, all of them (also those beyond the storage cap). */
	issueCounts: Partial<Record<RuleId, number>>;
	/** Issues per rule that are in `issues`. Equal to issueCounts unless `capped`. */
	storedCounts: Partial<Record<RuleId, number>>;
	/** The cap on row-level issues kept in detail, when it was reached (the rest is only counted); else null. */
	capped: number | null;
	norms: Partial<Record<NormId, number>>;
	/** Where each normalisation was first applied. */
	normExamples: Partial<Record<NormId, NormExample>>;
	/** Columns in the file that the contract does not know: reported and ignored. */
	ignoredColumns: string[];
	/** Data rows read (blank lines excluded) = accepted + rejected. */
	read: number;
	accepted: number;
	rejected: number;
	/** Which delimiter was used (meaningful only when `readable`). */
	delimiter: string;
	/** How the bytes were read as text; null when they were not (empty or binary file). */
	encoding: Encoding | null;
	/** Whether the file could be read as CSV text at all. */
	readable: boolean;
}

/**
 * Rows of an already validated file that rows of this file may refer to, by primary key (the key
 * fields' values joined with U+0001). Filled by referencesFrom() from the validated tables.
 */
export interface RefTable {
	columns: readonly string[];
	byKey: ReadonlyMap<string, readonly CellValue[]>;
}
/** Referenced tables by resource name; checks against a table that is absent are skipped. */
export type References = Partial<Record<ResourceName, RefTable>>;

/** Choose the delimiter from the header line: the one of , ; tab that occurs most (outside quotes). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
	const unquoted = headerLine.replace(/"[^"]*"/g, '');
	const counts = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
	for (const ch of unquoted) if (ch in counts) counts[ch as ',']++;
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
	return ',';
}

/** Validate one file given as bytes or text. References come from earlier files (see validatePackage). */
export function validateFile(
	name: ResourceName,
	file: string,
	input: Uint8Array | string,
	refs: References = {},
	onProgress?: (fraction: number, rows: number) => void,
	opts: { maxIssues?: number } = {}
): TableResult {
	const v = new TableValidator(name, file, refs, opts);
	let text: string;
	if (typeof input === 'string') {
		text = input;
		if (text.charCodeAt(0) === 0xfeff) {
			text = text.slice(1);
			v.note('bom-removed');
		}
	} else {
		const dec = decodeBytes(input);
		v.decoded(dec);
		if (dec.binary) {
			v.unreadable();
			v.issue({ line: null, column: null, value: null, rule: 'file-binary', params: { kind: dec.binary } });
			return v.finish();
		}
		text = dec.text;
	}
	if (text.trim() === '') {
		v.unreadable();
		v.issue({ line: null, column: null, value: null, rule: 'file-empty', params: {} });
		return v.finish();
	}
	feedText(v, text, 1, onProgress);
	return v.finish();
}

/**
 * Parse CSV text with papaparse and feed the validator, tracking the line each row starts on
 * (quoted fields may span lines, so rows and lines differ).
 */
export function feedText(v: TableValidator, text: string, firstLine = 1, onProgress?: (fraction: number, rows: number) => void): void {
	const nl = text.indexOf('\n');
	const delimiter = detectDelimiter(nl < 0 ? text : text.slice(0, nl));
	v.setDelimiter(delimiter);
	if (delimiter === ';') v.note('delimiter-semicolon');
	if (delimiter === '\t') v.note('delimiter-tab');
	let cursor = 0;
	let line = firstLine;
	let isHeader = true;
	let rows = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		skipEmptyLines: false,
		step: (res) => {
			const end = res.meta.cursor;
			const startLine = line;
			if (onProgress && ++rows % 20_000 === 0) onProgress(end / text.length, rows);
			line += countNewlines(text, cursor, end);
			cursor = end;
			let cells = res.data;
			// A trailing newline at the very end makes papaparse emit an empty last row: not data.
			if (cells.length === 1 && cells[0] === '' && end >= text.length) return;
			cells = cells.map((c) => (c.endsWith('\r') ? c.slice(0, -1) : c));
			const quoteErr = res.errors.find((e) => e.type === 'Quotes');
			if (isHeader) {
				isHeader = false;
				v.header(cells, startLine);
				return;
			}
			if (quoteErr) {
				v.rejectRow(startLine, 'parse-quotes', { detail: quoteErr.message }, cells.join(delimiter));
				return;
			}
			v.row(cells, startLine);
		}
	});
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

export interface PackageInput {
	name: ResourceName;
	file: string;
	data: Uint8Array | string;
}

export interface PackageResult {
	tables: Partial<Record<ResourceName, TableResult>>;
}

/** The validated tables as references, keyed by their primary key (see RefTable). */
export function referencesFrom(tables: Partial<Record<ResourceName, Pick<TableResult, 'resource' | 'columns' | 'rows'>>>): References {
	const refs: References = {};
	for (const name of RESOURCE_ORDER) {
		const t = tables[name];
		if (!t) continue;
		const ki = PRIMARY_KEYS[name].map((k) => t.columns.indexOf(k));
		refs[name] = { columns: t.columns, byKey: new Map(t.rows.map((r) => [ki.map((i) => String(r[i])).join(KEY_SEP), r])) };
	}
	return refs;
}

/**
 * Validate a set of files in dependency order, each against the tables validated before it.
 * Files not supplied are taken from `fallback` (e.g. the published ones).
 */
export function validatePackage(inputs: PackageInput[], fallback: Partial<Record<ResourceName, TableResult>> = {}): PackageResult {
	const byName = new Map(inputs.map((i) => [i.name, i]));
	const tables: Partial<Record<ResourceName, TableResult>> = {};
	// RESOURCE_ORDER lists referenced resources before the ones that refer to them.
	for (const name of RESOURCE_ORDER) {
		const inp = byName.get(name);
		const t = inp ? validateFile(name, inp.file, inp.data, referencesFrom(tables)) : fallback[name];
		if (t) tables[name] = t;
	}
	return { tables };
}

/** Accepted rows back to clean CSV (comma, UTF-8, schema column order): what DuckDB reads. */
export function toCleanCsv(t: Pick<TableResult, 'columns' | 'rows'>): string {
	return Papa.unparse({ fields: t.columns, data: t.rows.map((r) => r.map((v) => (v === null ? '' : v))) }, { newline: '\n' }) + '\n';
}
