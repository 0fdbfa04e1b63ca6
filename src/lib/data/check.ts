// Owns: the main-thread side of checking a delivery: which contract file each chosen file is (from
// its header, else its name) and, when that fails, why (empty, binary, header not recognised);
// and a session with the parse worker (parse.worker.ts) that runs the check with progress and then
// keeps the problem list, answering pages of it and the report as CSV off the main thread — so a
// report with any number of problems never blocks the page.
import type { Lang } from '../i18n/lang';
import type { CsvDialect } from './csv-export';
import { sniffBinary, sniffUtf16, type BinaryKind } from './decode';
import type { RuleId, Severity } from './rules';
import { FIELD_NAMES, RESOURCE_ORDER, type ResourceName } from './schema';
import type { Issue, TableResult } from './validate';

/**
 * One file's report without its rows and problem list (those stay in the worker), but with the
 * problems about the file as a whole (empty, binary, a missing column, missing combinations).
 */
export type TableReport = Omit<TableResult, 'rows' | 'lines' | 'issues'> & { published: boolean; fileIssues: Issue[] };

export interface IssueQuery {
	file: string | null;
	rule: RuleId | null;
	severity: Severity | null;
}
export interface IssuePage {
	/** Problems matching the query (of those stored; see TableReport.capped). */
	total: number;
	offset: number;
	issues: Issue[];
}

export interface CheckFile {
	name: ResourceName;
	fileName: string;
	buffer: ArrayBuffer;
}

export type WorkerRequest =
	| { type: 'check'; files: CheckFile[]; publishedUrls: Record<ResourceName, string> }
	| { type: 'page'; id: number; query: IssueQuery; offset: number; limit: number }
	| { type: 'csv'; id: number; query: IssueQuery; lang: Lang; dialect: CsvDialect; notes: string[] };

export type WorkerResponse =
	| { type: 'progress'; file: string; fraction: number; rows: number }
	| { type: 'done'; reports: Record<ResourceName, TableReport>; arrow: Record<ResourceName, ArrayBuffer>; syntheticRows: number; peildata: string[] }
	| { type: 'error'; message: string }
	| { type: 'page'; id: number; page: IssuePage }
	| { type: 'csv'; id: number; blob: Blob }
	| { type: 'failed'; id: number; message: string };

export interface CheckResult {
	reports: Record<ResourceName, TableReport>;
	arrow: Record<ResourceName, Uint8Array>;
	/** Accepted adoption rows whose bron is "synthetisch". */
	syntheticRows: number;
	/** The peildata of the accepted adoption rows, oldest first. */
	peildata: string[];
}

const canonical = (c: string) =>
	c
		.trim()
		.replace(/^"|"$/g, '')
		.trim()
		.toLowerCase()
		.replace(/\s+/g, '_');

/** Which contract file a header line belongs to: the one sharing most column names (a tie is no answer). */
export function resourceFromHeader(firstLine: string): ResourceName | null {
	const cols = firstLine.replace(/^\uFEFF/, '').split(/[;,\t]/).map(canonical);
	let best: ResourceName | null = null;
	let hits = 0;
	let tie = false;
	for (const name of RESOURCE_ORDER) {
		const h = FIELD_NAMES[name].filter((f) => cols.includes(f)).length;
		if (h > hits) [best, hits, tie] = [name, h, false];
		else if (h === hits && h > 0) tie = true;
	}
	return tie ? null : best;
}

export function resourceFromName(fileName: string): ResourceName | null {
	const n = fileName.toLowerCase();
	if (n.includes('herindeling')) return 'herindelingen';
	if (n.includes('adoptie')) return 'adoptie';
	if (n.includes('standaard')) return 'standaarden';
	if (n.includes('gemeente')) return 'gemeenten';
	return null;
}

/** Which contract file this is, from the column names in its first line (or its file name). */
export function detectResource(firstLine: string, fileName: string): ResourceName | null {
	return resourceFromHeader(firstLine) ?? resourceFromName(fileName);
}

export interface Detection {
	kind: ResourceName | null;
	/** How the kind was found. */
	via: 'header' | 'name' | null;
	/** Why the header could not tell: the file is empty, binary, or its first line names no known columns. */
	problem: 'empty' | 'binary' | 'header' | null;
	binary: BinaryKind | null;
	/** The first line as read (shortened), to show when it was not recognised. */
	firstLine: string;
}

/** What a chosen file is, from its first bytes (at most 64 KB), its size and its name. */
export function describeFile(head: Uint8Array, size: number, fileName: string): Detection {
	const byName = resourceFromName(fileName);
	const fallback = (problem: Detection['problem'], binary: BinaryKind | null = null, firstLine = ''): Detection => ({ kind: byName, via: byName ? 'name' : null, problem, binary, firstLine });
	if (size === 0) return fallback('empty');
	const utf16 = sniffUtf16(head);
	const binary = utf16 ? null : sniffBinary(head);
	if (binary) return fallback('binary', binary);
	const text = new TextDecoder(utf16?.encoding ?? 'utf-8').decode(head);
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
	const shown = firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine;
	if (firstLine.trim() === '') return fallback(text.trim() === '' ? 'empty' : 'header', null, shown);
	const byHeader = resourceFromHeader(firstLine);
	return byHeader ? { kind: byHeader, via: 'header', problem: null, binary: null, firstLine: shown } : fallback('header', null, shown);
}

type Waiting = { resolve: (v: never) => void; reject: (e: Error) => void };

/**
 * One check in its own worker: run() validates the files (progress through onProgress), after
 * which the worker keeps the problem list for page() and csv() until close().
 */
export class CheckSession {
	#worker: Worker;
	#seq = 0;
	#waiting = new Map<number, Waiting>();
	#check: Waiting | null = null;
	#onProgress: (file: string, fraction: number, rows: number) => void = () => {};

	constructor() {
		this.#worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.#receive(e.data);
		this.#worker.onerror = (e) => this.#failAll(new Error(e.message || 'worker failed'));
	}

	run(files: CheckFile[], publishedUrls: Record<ResourceName, string>, onProgress: (file: string, fraction: number, rows: number) => void): Promise<CheckResult> {
		this.#onProgress = onProgress;
		return new Promise<CheckResult>((resolve, reject) => {
			this.#check = { resolve: resolve as (v: never) => void, reject };
			const req: WorkerRequest = { type: 'check', files, publishedUrls };
			this.#worker.postMessage(req, files.map((f) => f.buffer));
		});
	}

	/** A page of the problems matching the query. */
	page(query: IssueQuery, offset: number, limit: number): Promise<IssuePage> {
		return this.#ask<IssuePage>((id) => ({ type: 'page', id, query, offset, limit }));
	}

	/** The report (normalisations and the problems matching the query) as a CSV file, with notes above it. */
	csv(query: IssueQuery, lang: Lang, dialect: CsvDialect, notes: string[]): Promise<Blob> {
		return this.#ask<Blob>((id) => ({ type: 'csv', id, query, lang, dialect, notes }));
	}

	close(): void {
		this.#worker.terminate();
		this.#failAll(new Error('closed'));
	}

	#ask<T>(req: (id: number) => WorkerRequest): Promise<T> {
		const id = ++this.#seq;
		return new Promise<T>((resolve, reject) => {
			this.#waiting.set(id, { resolve: resolve as (v: never) => void, reject });
			this.#worker.postMessage(req(id));
		});
	}

	#receive(m: WorkerResponse): void {
		if (m.type === 'progress') return this.#onProgress(m.file, m.fraction, m.rows);
		if (m.type === 'done' || m.type === 'error') {
			const c = this.#check;
			this.#check = null;
			if (m.type === 'error') c?.reject(new Error(m.message));
			else {
				const arrow = Object.fromEntries(Object.entries(m.arrow).map(([k, v]) => [k, new Uint8Array(v)])) as CheckResult['arrow'];
				c?.resolve({ reports: m.reports, arrow, syntheticRows: m.syntheticRows, peildata: m.peildata } as never);
			}
			return;
		}
		const w = this.#waiting.get(m.id);
		this.#waiting.delete(m.id);
		if (!w) return;
		if (m.type === 'failed') w.reject(new Error(m.message));
		else w.resolve((m.type === 'page' ? m.page : m.blob) as never);
	}

	#failAll(e: Error): void {
		this.#check?.reject(e);
		this.#check = null;
		for (const w of this.#waiting.values()) w.reject(e);
		this.#waiting.clear();
	}
}
