// Owns: reading one CSV file of the data contract into canonical rows, row by row, with a
// precise report. Every data row ends up either accepted or rejected (with an issue that names
// file, line, column, value and rule); normalisations are counted. Driven entirely by the
// schema in data/datapackage.json. Used at build time, in Node tests, and in the browser
// (also inside the parse worker for large uploads, through TableValidator).
import Papa from 'papaparse';
import { normaliseCell, FORMULA_START, type CellValue } from './normalise';
import { LIST_SEP, RULE_SEVERITY, type NormId, type RuleId, type Severity } from './rules';
import { FOREIGN_KEYS, PRIMARY_KEYS, RESOURCE_ORDER, resource, type Field, type ResourceName } from './schema';
import { sizeClass } from './sizeclass';

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
	/** Issues counted per rule, including those beyond MAX_ISSUES that were not stored. */
	issueCounts: Partial<Record<RuleId, number>>;
	norms: Partial<Record<NormId, number>>;
	/** Data rows read (blank lines excluded) = accepted + rejected. */
	read: number;
	accepted: number;
	rejected: number;
	/** Which delimiter was used. */
	delimiter: string;
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

const KEY_SEP = '\u0001';

/** At most this many issues are stored in detail; the rest are counted per rule. */
export const MAX_ISSUES = 100_000;

export function columnLetter(index: number): string {
	let s = '';
	let n = index + 1;
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

interface PendingRow {
	values: CellValue[];
	line: number;
	rejected: boolean;
}

/**
 * Incremental validator for one file: call header() once, row() per data row, finish() at the end.
 * Parsing (papaparse, on a string or a stream) is the caller's job; see validateText().
 */
export class TableValidator {
	readonly fields: Field[];
	private readonly missing: readonly string[];
	private readonly pk: string[];
	private colMap: (number | null)[] = []; // schema field index → file column index
	private fileCols = 0;
	private headerOk = false;
	private missingRequired: string[] = [];
	private duplicateCols: { column: string; first: number; second: number; line: number }[] = [];
	private rows: PendingRow[] = [];
	private keyIndex = new Map<string, number>();
	private conflicted = new Set<number>();
	private halfyearSeen = new Map<string, number>();
	private result: TableResult;

	constructor(
		readonly name: ResourceName,
		readonly file: string,
		private readonly refs: References = {}
	) {
		const r = resource(name);
		this.fields = r.schema.fields;
		this.missing = r.schema.missingValues ?? [''];
		this.pk = r.schema.primaryKey;
		this.result = {
			resource: name,
			file,
			columns: this.fields.map((f) => f.name),
			rows: [],
			lines: [],
			issues: [],
			issueCounts: {},
			norms: {},
			read: 0,
			accepted: 0,
			rejected: 0,
			delimiter: ','
		};
	}

	setDelimiter(d: string): void {
		this.result.delimiter = d;
	}

	note(id: NormId, n = 1): void {
		this.result.norms[id] = (this.result.norms[id] ?? 0) + n;
	}

	issue(i: Omit<Issue, 'file' | 'severity' | 'columnLetter'> & { columnIndex?: number | null }): void {
		const counts = this.result.issueCounts;
		counts[i.rule] = (counts[i.rule] ?? 0) + 1;
		if (this.result.issues.length >= MAX_ISSUES) return;
		const { columnIndex, ...rest } = i;
		this.result.issues.push({
			...rest,
			file: this.file,
			severity: RULE_SEVERITY[i.rule],
			columnLetter: columnIndex == null ? null : columnLetter(columnIndex)
		});
	}

	header(cells: string[], line = 1): void {
		const names = cells.map((c) => c.trim());
		const canon = names.map((c) => c.toLowerCase().replace(/\s+/g, '_'));
		let caseFixes = 0;
		canon.forEach((c, i) => {
			if (c !== names[i]) caseFixes++;
		});
		// Excel often writes trailing separators: ignore empty trailing header cells.
		while (canon.length > 0 && canon[canon.length - 1] === '') canon.pop();
		if (caseFixes > 0 && canon.some((c, i) => c !== names[i])) this.note('header-case', caseFixes);
		this.fileCols = canon.length;
		const known = this.fields.map((f) => f.name);
		const seen = new Map<string, number>();
		canon.forEach((c, i) => {
			if (seen.has(c)) this.duplicateCols.push({ column: c, first: seen.get(c)!, second: i, line });
			else seen.set(c, i);
			if (!known.includes(c)) {
				this.issue({
					line,
					column: names[i],
					columnIndex: i,
					value: names[i],
					rule: 'header-unknown-column',
					params: { column: names[i], expected: known.join(', ') }
				});
			}
		});
		this.colMap = this.fields.map((f) => seen.get(f.name) ?? null);
		this.missingRequired = this.fields.filter((f, i) => f.constraints?.required && this.colMap[i] === null).map((f) => f.name);
		this.headerOk = this.missingRequired.length === 0 && this.duplicateCols.length === 0;
	}

	/** Count a row as read and rejected for a reason found while parsing it. */
	rejectRow(line: number, rule: RuleId, params: Record<string, string | number>, value: string): void {
		this.result.read++;
		this.result.rejected++;
		this.issue({ line, column: null, value: truncate(value), rule, params });
	}

	/** One data row as parsed (cells as text), starting on `line` of the file. */
	row(cells: string[], line: number): void {
		if (cells.length === 1 && cells[0].trim() === '') {
			this.note('blank-lines-skipped');
			return;
		}
		this.result.read++;
		if (!this.headerOk) {
			this.result.rejected++;
			return;
		}
		if (cells.length > this.fileCols && cells.slice(this.fileCols).every((c) => c.trim() === '')) {
			this.note('trailing-empty-fields');
			cells = cells.slice(0, this.fileCols);
		}
		if (cells.length !== this.fileCols) {
			this.issue({
				line,
				column: null,
				value: truncate(cells.join(this.result.delimiter)),
				rule: 'row-field-count',
				params: { got: cells.length, expected: this.fileCols }
			});
			this.result.rejected++;
			return;
		}
		const values: CellValue[] = new Array(this.fields.length);
		let bad = false;
		for (let fi = 0; fi < this.fields.length; fi++) {
			const field = this.fields[fi];
			const ci = this.colMap[fi];
			const raw = ci === null ? '' : cells[ci];
			const res = normaliseCell(field, raw, this.missing);
			for (const n of res.norms) this.note(n);
			if (!res.ok) {
				this.issue({ line, column: field.name, columnIndex: ci, value: truncate(raw), rule: res.rule, params: res.params });
				bad = true;
				continue;
			}
			values[fi] = res.value;
			if (field.type === 'string' && !field['x-normalise'] && typeof res.value === 'string' && FORMULA_START.test(res.value) && res.value.length > 1) {
				this.issue({ line, column: field.name, columnIndex: ci, value: truncate(raw), rule: 'formula-like', params: { first: res.value[0] } });
			}
		}
		if (bad) {
			this.result.rejected++;
			return;
		}
		this.derive(values);
		if (!this.checkReferences(values, line)) {
			this.result.rejected++;
			return;
		}
		this.addKeyed(values, line);
	}

	private fieldIndex = new Map<string, number>();
	private idx(name: string): number {
		let i = this.fieldIndex.get(name);
		if (i === undefined) this.fieldIndex.set(name, (i = this.fields.findIndex((f) => f.name === name)));
		return i;
	}

	/** Fill derived columns (grootteklasse from inwoners) when absent. */
	private derive(values: CellValue[]): void {
		this.fields.forEach((f, i) => {
			if (f['x-derived'] === 'grootteklasse' && values[i] == null) {
				const inw = values[this.idx('inwoners')];
				const sc = sizeClass(typeof inw === 'number' ? inw : null);
				if (sc) {
					values[i] = sc;
					this.note('derived-sizeclass');
				}
			}
		});
	}

	/**
	 * The data package's foreign keys (FOREIGN_KEYS, from datapackage.json) against the referenced
	 * tables; then the rules that need the referenced row: a standard used before it was available,
	 * a peildatum that is not 1 January or 1 July.
	 */
	private checkReferences(values: CellValue[], line: number): boolean {
		let ok = true;
		const found = new Map<ResourceName, readonly CellValue[]>();
		for (const fk of FOREIGN_KEYS) {
			if (fk.resource !== this.name) continue;
			const ref = this.refs[fk.reference.resource];
			if (!ref) continue;
			const key = fk.fields.map((f) => String(values[this.idx(f)])).join(KEY_SEP);
			const row = ref.byKey.get(key);
			if (row) {
				found.set(fk.reference.resource, row);
				if (fk.validAt && !this.checkValidAt(fk.validAt, values, ref, row, line)) ok = false;
				continue;
			}
			const column = fk.fields[0];
			this.issue({
				line,
				column,
				columnIndex: this.colMap[this.idx(column)],
				value: key.replaceAll(KEY_SEP, ', '),
				rule: 'foreign-key',
				params: { value: key.replaceAll(KEY_SEP, ', '), reference: resource(fk.reference.resource).path, column: fk.reference.fields.join(', ') }
			});
			ok = false;
		}
		if (ok && this.name === 'herindelingen') return this.checkMove(values, line);
		if (!ok || this.name !== 'adoptie') return ok;
		const pd = String(values[this.idx('peildatum')]);
		const std = found.get('standaarden');
		const since = std ? String(std[this.refs.standaarden!.columns.indexOf('beschikbaar_sinds')]) : undefined;
		if (since !== undefined && since > pd) {
			const si = this.idx('standaard_id');
			this.issue({
				line,
				column: 'standaard_id',
				columnIndex: this.colMap[si],
				value: String(values[si]),
				rule: 'not-yet-available',
				params: { value: String(values[si]), since, peildatum: pd }
			});
		}
		if (!/-(01-01|07-01)$/.test(pd)) {
			this.halfyearSeen.set(pd, (this.halfyearSeen.get(pd) ?? 0) + 1);
			if (this.halfyearSeen.get(pd) === 1) {
				const pi = this.idx('peildatum');
				this.issue({ line, column: 'peildatum', columnIndex: this.colMap[pi], value: pd, rule: 'peildatum-not-halfyear', params: { value: pd } });
			}
		}
		return true;
	}

	/**
	 * A reference that must be valid on the row's date (a municipality code on a peildatum): say
	 * when the municipality did not exist yet (and what it came from) or no longer (and where it went).
	 */
	private checkValidAt(v: { date: string; from: string; until: string }, values: CellValue[], ref: RefTable, row: readonly CellValue[], line: number): boolean {
		const date = String(values[this.idx(v.date)]);
		const from = row[ref.columns.indexOf(v.from)];
		const until = row[ref.columns.indexOf(v.until)];
		const early = from != null && date < String(from);
		const late = until != null && date >= String(until);
		if (!early && !late) return true;
		const code = String(row[ref.columns.indexOf('gemeentecode')]);
		const naam = String(row[ref.columns.indexOf('gemeentenaam')] ?? '');
		const moves = this.refs.herindelingen;
		const label = (c: string) => `${c} ${this.nameOf(c)}`.trim();
		const related = (side: 'oude_code' | 'nieuwe_code', other: 'oude_code' | 'nieuwe_code') =>
			(moves ? [...moves.byKey.values()] : [])
				.filter((m) => m[moves!.columns.indexOf(side)] === code)
				.map((m) => ({ code: String(m[moves!.columns.indexOf(other)]), soort: String(m[moves!.columns.indexOf('soort')]), share: Number(m[moves!.columns.indexOf('aandeel_inwoners')]) }))
				.sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
		const ci = this.colMap[this.idx('gemeentecode')];
		if (early) {
			const from_ = related('nieuwe_code', 'oude_code');
			this.issue({ line, column: 'gemeentecode', columnIndex: ci, value: code, rule: 'code-not-yet-valid', params: { code, naam, peildatum: date, datum: String(from), voorgangers: from_.map((m) => label(m.code)).join(LIST_SEP) } });
		} else {
			const to = related('oude_code', 'nieuwe_code');
			this.issue({
				line,
				column: 'gemeentecode',
				columnIndex: ci,
				value: code,
				rule: 'code-no-longer-valid',
				params: { code, naam, peildatum: date, datum: String(until), soort: to[0]?.soort ?? '', opvolgers: to.map((m) => label(m.code)).join(LIST_SEP) }
			});
		}
		return false;
	}

	private nameOf(code: string): string {
		const g = this.refs.gemeenten;
		const row = g?.byKey.get(code);
		return row ? String(row[g!.columns.indexOf('gemeentenaam')] ?? '') : '';
	}

	/** A herindeling must end the old municipality on its date, and the new one must exist from then on. */
	private checkMove(values: CellValue[], line: number): boolean {
		const g = this.refs.gemeenten;
		if (!g) return true;
		const datum = String(values[this.idx('datum')]);
		const col = (name: string) => g.columns.indexOf(name);
		let ok = true;
		for (const [field, expectField] of [
			['oude_code', 'geldig_tot'],
			['nieuwe_code', 'geldig_vanaf']
		] as const) {
			const code = String(values[this.idx(field)]);
			const row = g.byKey.get(code)!;
			const until = row[col('geldig_tot')];
			const from = row[col('geldig_vanaf')];
			const bad = field === 'oude_code' ? until !== datum : (from != null && String(from) > datum) || (until != null && String(until) <= datum);
			if (!bad) continue;
			const expected = field === 'oude_code' ? (until == null ? 'bestaat nog (geldig_tot is leeg)' : `eindigt op ${until}`) : `bestaat van ${from ?? 'het begin'} tot ${until ?? 'nu'}`;
			this.issue({ line, column: field, columnIndex: this.colMap[this.idx(field)], value: code, rule: 'herindeling-date', params: { code, datum, expected, field: expectField } });
			ok = false;
		}
		return ok;
	}

	/** Primary key: identical duplicates are dropped with a warning; conflicting ones are all rejected. */
	private addKeyed(values: CellValue[], line: number): void {
		const key = this.pk.map((k) => String(values[this.idx(k)])).join(KEY_SEP);
		const prevIndex = this.keyIndex.get(key);
		if (prevIndex === undefined) {
			this.keyIndex.set(key, this.rows.length);
			this.rows.push({ values, line, rejected: false });
			return;
		}
		const prev = this.rows[prevIndex];
		const keyText = this.pk.map((k) => `${k} ${values[this.idx(k)]}`).join(', ');
		if (!this.conflicted.has(prevIndex) && prev.values.every((v, i) => v === values[i])) {
			this.issue({ line, column: null, value: keyText, rule: 'duplicate-identical', params: { other: prev.line } });
			this.result.rejected++;
			return;
		}
		this.issue({ line, column: null, value: keyText, rule: 'duplicate-conflict', params: { key: keyText, other: prev.line } });
		this.result.rejected++;
		if (!this.conflicted.has(prevIndex)) {
			this.conflicted.add(prevIndex);
			prev.rejected = true;
			this.issue({ line: prev.line, column: null, value: keyText, rule: 'duplicate-conflict', params: { key: keyText, other: line } });
		}
	}

	finish(): TableResult {
		const res = this.result;
		for (const d of this.duplicateCols) {
			this.issue({
				line: d.line,
				column: d.column,
				columnIndex: d.second,
				value: d.column,
				rule: 'header-duplicate-column',
				params: { column: d.column, first: columnLetter(d.first), second: columnLetter(d.second), count: res.read }
			});
		}
		if (this.missingRequired.length > 0) {
			for (const column of this.missingRequired) {
				this.issue({
					line: 1,
					column,
					value: null,
					rule: 'header-missing-column',
					params: { column, count: res.read, expected: this.fields.map((f) => f.name).join(', ') }
				});
			}
		}
		for (const r of this.rows) {
			if (r.rejected) {
				res.rejected++;
				continue;
			}
			res.rows.push(r.values);
			res.lines.push(r.line);
		}
		res.accepted = res.rows.length;
		if (res.read === 0 && this.headerOk) this.issue({ line: null, column: null, value: null, rule: 'file-no-rows', params: {} });
		if (this.name === 'adoptie') this.checkCompleteness();
		if (this.name === 'herindelingen') this.checkShares();
		// Sort issues by line so the report reads top to bottom (file-level issues first).
		res.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		return res;
	}

	/** The parts of one dissolved municipality on one date must add up to all its inhabitants. */
	private checkShares(): void {
		const [di, oi, ai] = [this.idx('datum'), this.idx('oude_code'), this.idx('aandeel_inwoners')];
		const sums = new Map<string, { sum: number; line: number }>();
		this.result.rows.forEach((v, k) => {
			const key = `${v[di]}|${v[oi]}`;
			const s = sums.get(key) ?? { sum: 0, line: this.result.lines[k] };
			s.sum += Number(v[ai]);
			sums.set(key, s);
		});
		for (const [key, s] of sums) {
			if (Math.abs(s.sum - 1) < 1e-9) continue;
			const [datum, code] = key.split('|');
			this.issue({ line: s.line, column: 'aandeel_inwoners', columnIndex: this.colMap[ai], value: String(Math.round(s.sum * 1e6) / 1e6), rule: 'herindeling-shares', params: { code, datum, sum: String(Math.round(s.sum * 1e6) / 1e6) } });
		}
	}

	/** Report (peildatum, gemeente) pairs that reported some but not all available standards. */
	private checkCompleteness(): void {
		const std = this.refs.standaarden;
		if (!std) return;
		const bi = std.columns.indexOf('beschikbaar_sinds');
		const since = [...std.byKey].map(([id, row]) => [id, String(row[bi])] as const);
		const [pi, gi, si] = [this.idx('peildatum'), this.idx('gemeentecode'), this.idx('standaard_id')];
		const have = new Map<string, Set<string>>();
		for (const v of this.result.rows) {
			const k = `${v[pi]}|${v[gi]}`;
			let s = have.get(k);
			if (!s) have.set(k, (s = new Set()));
			s.add(String(v[si]));
		}
		let count = 0;
		let example = '';
		for (const [k, stds] of have) {
			const pd = k.slice(0, 10);
			for (const [id, from] of since) {
				if (from <= pd && !stds.has(id)) {
					count++;
					if (!example) example = `${k.replace('|', ' ')} ${id}`;
				}
			}
		}
		if (count > 0) this.issue({ line: null, column: null, value: null, rule: 'missing-combinations', params: { count, example } });
	}
}

function truncate(s: string, n = 200): string {
	return s.length > n ? s.slice(0, n) + '…' : s;
}

/** Choose the delimiter from the header line: the one of , ; tab that occurs most (outside quotes). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
	const unquoted = headerLine.replace(/"[^"]*"/g, '');
	const counts = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
	for (const ch of unquoted) if (ch in counts) counts[ch as ',']++;
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
	return ',';
}

export interface DecodedText {
	text: string;
	norms: NormId[];
	/** Set when the bytes are not text at all. */
	binary: boolean;
}

/**
 * Bytes → text. Strips a UTF-8 BOM; refuses binary content (NUL bytes or many control
 * characters); falls back to Windows-1252 (what Excel writes) when the bytes are not valid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	const norms: NormId[] = [];
	const sample = bytes.subarray(0, 65536);
	let control = 0;
	for (const b of sample) {
		if (b === 0) return { text: '', norms, binary: true };
		if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
	}
	if (sample.length > 0 && control / sample.length > 0.05) return { text: '', norms, binary: true };
	let start = 0;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		norms.push('bom-removed');
		start = 3;
	}
	const body = bytes.subarray(start);
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), norms, binary: false };
	} catch {
		norms.push('encoding-windows-1252');
		return { text: new TextDecoder('windows-1252').decode(body), norms, binary: false };
	}
}

/** Validate one file given as bytes or text. References come from earlier files (see validatePackage). */
export function validateFile(
	name: ResourceName,
	file: string,
	input: Uint8Array | string,
	refs: References = {},
	onProgress?: (fraction: number, rows: number) => void
): TableResult {
	const v = new TableValidator(name, file, refs);
	let text: string;
	if (typeof input === 'string') {
		text = input;
		if (text.charCodeAt(0) === 0xfeff) {
			text = text.slice(1);
			v.note('bom-removed');
		}
	} else {
		const dec = decodeBytes(input);
		for (const n of dec.norms) v.note(n);
		if (dec.binary) {
			v.issue({ line: null, column: null, value: null, rule: 'file-binary', params: {} });
			return v.finish();
		}
		text = dec.text;
	}
	if (text.trim() === '') {
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
