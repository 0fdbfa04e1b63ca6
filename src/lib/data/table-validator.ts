// Owns: the validator of one file of the data contract — header, then row by row, then the
// file as a whole — and its bookkeeping: every data row read ends up accepted or rejected, every
// issue is counted per rule (and stored in detail up to a cap that the report states), every
// normalisation is counted with its first example. See validate.ts for the entry points.
import { checkCompleteness, checkReferences, checkShares, KEY_SEP, type CheckContext, type IssueInput } from './cross-checks';
import type { DecodedText } from './decode';
import { normaliseCell, FORMULA_START, type CellValue } from './normalise';
import { LIST_SEP, PART_SEP, RULE_SEVERITY, type NormExample, type NormId, type RuleId } from './rules';
import { resource, type Field, type ResourceName } from './schema';
import { columnLetter, isWebAddress, truncate } from './cells';
import { sizeClass } from './sizeclass';
import type { References, TableResult } from './validate';

/**
 * At most this many row-level issues per file are stored in detail; the rest are counted per rule
 * (file-level issues are always stored). The report says so wherever the list is shown.
 */
export const MAX_ISSUES = 250_000;

interface PendingRow {
	values: CellValue[];
	line: number;
	rejected: boolean;
}

const show = (v: CellValue) => (v === null ? '' : String(v));

/**
 * Incremental validator for one file: call header() once, row() per data row, finish() at the end.
 * Parsing (papaparse) is the caller's job; see feedText() in validate.ts.
 */
export class TableValidator implements CheckContext {
	readonly fields: Field[];
	readonly result: TableResult;
	readonly halfyearSeen = new Set<string>();
	private readonly missing: readonly string[];
	private readonly pk: string[];
	private readonly maxIssues: number;
	private colMap: (number | null)[] = []; // schema field index → file column index
	private headerNames: string[] = [];
	private fileCols = 0;
	private headerOk = false;
	private missingRequired: string[] = [];
	private duplicateCols: { column: string; first: number; second: number; line: number }[] = [];
	private rows: PendingRow[] = [];
	private keyIndex = new Map<string, number>();
	private conflicted = new Set<number>();
	private storedRowIssues = 0;
	private finishing = false;
	/** Lines with bytes that are not UTF-8 (read as U+FFFD), with those bytes. */
	private invalidBytes: Map<number, string> | null = null;

	constructor(
		readonly name: ResourceName,
		readonly file: string,
		readonly refs: References = {},
		opts: { maxIssues?: number } = {}
	) {
		const r = resource(name);
		this.fields = r.schema.fields;
		this.missing = r.schema.missingValues ?? [''];
		this.pk = r.schema.primaryKey;
		this.maxIssues = opts.maxIssues ?? MAX_ISSUES;
		this.result = {
			resource: name,
			file,
			columns: this.fields.map((f) => f.name),
			rows: [],
			lines: [],
			issues: [],
			issueCounts: {},
			storedCounts: {},
			capped: null,
			norms: {},
			normExamples: {},
			ignoredColumns: [],
			read: 0,
			accepted: 0,
			rejected: 0,
			delimiter: ',',
			encoding: 'utf-8',
			readable: true
		};
	}

	setDelimiter(d: string): void {
		this.result.delimiter = d;
	}

	/** How the bytes were read: the encoding, its normalisations, and the lines with bytes that are not UTF-8. */
	decoded(d: DecodedText): void {
		this.result.encoding = d.binary ? null : d.encoding;
		for (const n of d.norms) this.note(n, 1, n === 'encoding-windows-1252' && d.example ? { line: d.example.line, column: null, from: d.example.bytes, to: d.example.text } : undefined);
		if (d.invalidCount > 0) {
			this.invalidBytes = new Map();
			for (const b of d.invalid) this.invalidBytes.set(b.line, this.invalidBytes.has(b.line) ? `${this.invalidBytes.get(b.line)}, ${b.bytes}` : b.bytes);
		}
	}

	/** The file could not be read as text (empty or binary). */
	unreadable(): void {
		this.result.readable = false;
		this.result.encoding = null;
	}

	note(id: NormId, n = 1, example?: NormExample): void {
		this.result.norms[id] = (this.result.norms[id] ?? 0) + n;
		if (example && !this.result.normExamples[id]) this.result.normExamples[id] = example;
	}

	issue(i: IssueInput): void {
		const counts = this.result.issueCounts;
		counts[i.rule] = (counts[i.rule] ?? 0) + 1;
		if (i.line !== null && !this.finishing) {
			if (this.storedRowIssues >= this.maxIssues) {
				this.result.capped = this.maxIssues;
				return;
			}
			this.storedRowIssues++;
		}
		const { columnIndex, ...rest } = i;
		this.result.issues.push({
			...rest,
			file: this.file,
			severity: RULE_SEVERITY[i.rule],
			columnLetter: columnIndex == null ? null : columnLetter(columnIndex)
		});
	}

	idx(name: string): number {
		let i = this.fieldIndex.get(name);
		if (i === undefined) this.fieldIndex.set(name, (i = this.fields.findIndex((f) => f.name === name)));
		return i;
	}
	private fieldIndex = new Map<string, number>();

	fileColumn(field: string): number | null {
		return this.colMap[this.idx(field)] ?? null;
	}

	/** A cell read with U+FFFD where the file had bytes that are not UTF-8: report it (false when there is none). */
	private invalidByte(cells: string[], line: number, header = false): boolean {
		if (!this.invalidBytes) return false;
		let found = false;
		cells.forEach((c, ci) => {
			if (!c.includes('\uFFFD') || (found && !header)) return;
			found = true;
			const column = header ? c.trim() : (this.headerNames[ci] ?? columnLetter(ci));
			this.issue({ line, column, columnIndex: ci, value: truncate(c), rule: 'encoding-invalid-byte', params: { column, value: truncate(c, 80), bytes: this.invalidBytes!.get(line) ?? '' } });
		});
		return found;
	}

	header(cells: string[], line = 1): void {
		const names = cells.map((c) => c.trim());
		const canon = names.map((c) => c.toLowerCase().replace(/\s+/g, '_'));
		// Excel often writes trailing separators: ignore empty trailing header cells.
		while (canon.length > 0 && canon[canon.length - 1] === '') canon.pop();
		this.invalidByte(cells.slice(0, canon.length), line, true);
		this.headerNames = names.slice(0, canon.length);
		this.fileCols = canon.length;
		const known = this.fields.map((f) => f.name);
		const seen = new Map<string, number>();
		canon.forEach((c, i) => {
			if (seen.has(c)) this.duplicateCols.push({ column: c, first: seen.get(c)!, second: i, line });
			else seen.set(c, i);
			if (known.includes(c)) {
				// A known column written with capitals or spaces.
				if (c !== cells[i]) this.note('header-case', 1, { line, column: c, from: cells[i], to: c });
				return;
			}
			const shown = names[i] || columnLetter(i);
			this.result.ignoredColumns.push(shown);
			this.issue({ line, column: shown, columnIndex: i, value: names[i], rule: 'header-unknown-column', params: { column: shown, expected: known.join(', ') } });
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
			this.note('blank-lines-skipped', 1, { line, column: null, from: cells[0], to: '' });
			return;
		}
		this.result.read++;
		if (!this.headerOk) {
			this.result.rejected++;
			return;
		}
		if (this.invalidByte(cells, line)) {
			this.result.rejected++;
			return;
		}
		if (cells.length > this.fileCols && cells.slice(this.fileCols).every((c) => c.trim() === '')) {
			this.note('trailing-empty-fields', 1, { line, column: null, from: cells.slice(this.fileCols).map(() => this.result.delimiter).join(''), to: '' });
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
			for (const n of res.norms) this.note(n, 1, res.ok ? { line, column: field.name, from: raw, to: show(res.value) } : undefined);
			if (!res.ok) {
				this.issue({ line, column: field.name, columnIndex: ci, value: truncate(raw), rule: res.rule, params: res.params });
				bad = true;
				continue;
			}
			values[fi] = res.value;
			if (field.format === 'uri' && typeof res.value === 'string' && !isWebAddress(res.value)) {
				const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(res.value)?.[1];
				this.issue({ line, column: field.name, columnIndex: ci, value: truncate(raw), rule: 'url-scheme', params: { value: truncate(res.value, 80), scheme: scheme ? `${scheme}:` : '' } });
				bad = true;
				continue;
			}
			if (field.type === 'string' && !field['x-normalise'] && typeof res.value === 'string' && FORMULA_START.test(res.value) && res.value.length > 1) {
				this.issue({ line, column: field.name, columnIndex: ci, value: truncate(raw), rule: 'formula-like', params: { first: res.value[0] } });
			}
		}
		if (bad) {
			this.result.rejected++;
			return;
		}
		this.derive(values, line);
		if (!checkReferences(this, values, line)) {
			this.result.rejected++;
			return;
		}
		this.addKeyed(values, line);
	}

	/** Fill derived columns (grootteklasse from inwoners) when absent. */
	private derive(values: CellValue[], line: number): void {
		this.fields.forEach((f, i) => {
			if (f['x-derived'] === 'grootteklasse' && values[i] == null) {
				const inw = values[this.idx('inwoners')];
				const sc = sizeClass(typeof inw === 'number' ? inw : null);
				if (sc) {
					values[i] = sc;
					this.note('derived-sizeclass', 1, { line, column: f.name, from: show(inw), to: sc });
				}
			}
		});
	}

	/**
	 * Primary key: an identical duplicate is not loaded twice (a warning); rows with the same key
	 * that differ are all rejected, naming the columns that differ.
	 */
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
		const differs = (here: CellValue[], there: CellValue[]) =>
			this.fields
				.flatMap((f, i) => (here[i] === there[i] ? [] : [[f.name, truncate(show(here[i]), 60), truncate(show(there[i]), 60)].join(PART_SEP)]))
				.join(LIST_SEP);
		this.issue({ line, column: null, value: keyText, rule: 'duplicate-conflict', params: { key: keyText, other: prev.line, differs: differs(values, prev.values) } });
		this.result.rejected++;
		if (!this.conflicted.has(prevIndex)) {
			this.conflicted.add(prevIndex);
			prev.rejected = true;
			this.issue({ line: prev.line, column: null, value: keyText, rule: 'duplicate-conflict', params: { key: keyText, other: line, differs: differs(prev.values, values) } });
		}
	}

	finish(): TableResult {
		const res = this.result;
		// File-level findings are always kept in detail, whatever the cap.
		this.finishing = true;
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
		for (const column of this.missingRequired) {
			this.issue({ line: 1, column, value: null, rule: 'header-missing-column', params: { column, count: res.read, expected: this.fields.map((f) => f.name).join(', ') } });
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
		if (this.name === 'adoptie') checkCompleteness(this);
		if (this.name === 'herindelingen') checkShares(this);
		// Sort issues by line so the report reads top to bottom (file-level issues first).
		res.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		for (const i of res.issues) res.storedCounts[i.rule] = (res.storedCounts[i.rule] ?? 0) + 1;
		return res;
	}
}
