// Owns: checking a data delivery off the main thread. Reads the user's files (nothing leaves the
// browser), validates them in dependency order (RESOURCE_ORDER: gemeenten, herindelingen,
// standaarden, adoptie) with the same validator and schema as the build, reports progress, and
// returns the report plus the accepted rows as Arrow IPC for the preview. Files not supplied are
// taken from the site's published copies. Afterwards it keeps the problem list and answers pages
// of it and the report as CSV (see CheckSession in check.ts).
import { toArrowIPC } from './arrow';
import type { IssueQuery, TableReport, WorkerRequest, WorkerResponse } from './check';
import { matches, reportCsv } from './report-csv';
import { RULE_EFFECT } from './rules';
import { RESOURCE_ORDER, type ResourceName } from './schema';
import { referencesFrom, validateFile, type Issue, type TableResult } from './validate';

let tables: Record<ResourceName, TableResult> | null = null;
let published = {} as Record<ResourceName, boolean>;
let selection: { key: string; list: Issue[] } | null = null;

const post = (m: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

function report(t: TableResult, isPublished: boolean): TableReport {
	const { rows: _rows, lines: _lines, issues, ...rest } = t;
	return { ...rest, published: isPublished, fileIssues: issues.filter((i) => i.line === null || RULE_EFFECT[i.rule] === 'file-rejected') };
}

/** The stored problems matching a query, in file order (the last selection is kept for paging). */
function select(q: IssueQuery): Issue[] {
	const key = JSON.stringify(q);
	if (selection?.key === key) return selection.list;
	const list: Issue[] = [];
	for (const n of RESOURCE_ORDER) for (const i of tables![n].issues) if (matches(i, q)) list.push(i);
	selection = { key, list };
	return list;
}

async function check(req: Extract<WorkerRequest, { type: 'check' }>): Promise<void> {
	const done = {} as Record<ResourceName, TableResult>;
	published = {} as Record<ResourceName, boolean>;
	for (const name of RESOURCE_ORDER) {
		const supplied = req.files.find((f) => f.name === name);
		let bytes: Uint8Array;
		let fileName: string;
		if (supplied) {
			bytes = new Uint8Array(supplied.buffer);
			fileName = supplied.fileName;
		} else {
			const res = await fetch(req.publishedUrls[name]);
			if (!res.ok) throw new Error(`${req.publishedUrls[name]}: HTTP ${res.status}`);
			bytes = new Uint8Array(await res.arrayBuffer());
			fileName = `${name}.csv`;
		}
		published[name] = !supplied;
		post({ type: 'progress', file: fileName, fraction: 0, rows: 0 });
		done[name] = validateFile(name, fileName, bytes, referencesFrom(done), (fraction, rows) => post({ type: 'progress', file: fileName, fraction, rows }));
		post({ type: 'progress', file: fileName, fraction: 1, rows: done[name].read });
	}
	const arrow = {} as Record<ResourceName, ArrayBuffer>;
	for (const name of RESOURCE_ORDER) {
		const ipc = toArrowIPC(name, done[name]);
		arrow[name] = ipc.buffer.slice(ipc.byteOffset, ipc.byteOffset + ipc.byteLength) as ArrayBuffer;
	}
	const a = done.adoptie;
	const bron = a.columns.indexOf('bron');
	const syntheticRows = a.rows.reduce((n, r) => n + (r[bron] === 'synthetisch' ? 1 : 0), 0);
	const pi = a.columns.indexOf('peildatum');
	const peildata = [...new Set(a.rows.map((r) => String(r[pi])))].sort();
	// The rows now live in the Arrow copies; keep only what the report needs.
	for (const name of RESOURCE_ORDER) {
		done[name].rows = [];
		done[name].lines = [];
	}
	tables = done;
	selection = null;
	const reports = Object.fromEntries(RESOURCE_ORDER.map((n) => [n, report(done[n], published[n])])) as Record<ResourceName, TableReport>;
	post({ type: 'done', reports, arrow, syntheticRows, peildata }, Object.values(arrow));
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	if (m.type === 'check') {
		try {
			await check(m);
		} catch (err) {
			post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
		}
		return;
	}
	try {
		if (!tables) throw new Error('no check has run');
		if (m.type === 'page') {
			const list = select(m.query);
			const offset = Math.max(0, Math.min(m.offset, Math.max(0, list.length - 1)));
			post({ type: 'page', id: m.id, page: { total: list.length, offset, issues: list.slice(offset, offset + m.limit) } });
		} else {
			const t = RESOURCE_ORDER.map((n) => ({ ...tables![n], published: published[n] }));
			const text = reportCsv(t, select(m.query), m.query, m.lang, m.dialect, m.notes);
			post({ type: 'csv', id: m.id, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) });
		}
	} catch (err) {
		post({ type: 'failed', id: m.id, message: err instanceof Error ? err.message : String(err) });
	}
};
