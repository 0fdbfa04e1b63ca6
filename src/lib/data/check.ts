// Owns: the main-thread side of checking a delivery: which contract file each dropped file is
// (from its header, else its name), and running the parse worker with progress.
import type { ResourceName } from './schema';
import type { TableResult } from './validate';

export type TableReport = Omit<TableResult, 'rows' | 'lines'> & { published: boolean };

export interface CheckRequest {
	files: { name: ResourceName; fileName: string; buffer: ArrayBuffer }[];
	publishedUrls: Record<ResourceName, string>;
}

export type CheckResponse =
	| { type: 'progress'; file: string; fraction: number; rows: number }
	| { type: 'done'; reports: Record<ResourceName, TableReport>; arrow: Record<ResourceName, ArrayBuffer> }
	| { type: 'error'; message: string };

export interface CheckResult {
	reports: Record<ResourceName, TableReport>;
	arrow: Record<ResourceName, Uint8Array>;
}

/** Which contract file this is, from the column names in its first line (or its file name). */
export function detectResource(firstLine: string, fileName: string): ResourceName | null {
	const cols = firstLine
		.replace(/^\uFEFF/, '')
		.toLowerCase()
		.split(/[;,\t]/)
		.map((c) => c.trim().replace(/^"|"$/g, ''));
	if (cols.includes('status') || (cols.includes('peildatum') && cols.includes('standaard_id'))) return 'adoptie';
	if (cols.includes('prioriteit') || cols.includes('soort') || cols.includes('beschikbaar_sinds')) return 'standaarden';
	if (cols.includes('gemeentenaam') || cols.includes('provinciecode')) return 'gemeenten';
	const n = fileName.toLowerCase();
	if (n.includes('adoptie')) return 'adoptie';
	if (n.includes('standaard')) return 'standaarden';
	if (n.includes('gemeente')) return 'gemeenten';
	return null;
}

/** Validate the given files in a Web Worker. */
export function checkFiles(req: CheckRequest, onProgress: (file: string, fraction: number, rows: number) => void): Promise<CheckResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<CheckResponse>) => {
			const m = e.data;
			if (m.type === 'progress') onProgress(m.file, m.fraction, m.rows);
			else {
				worker.terminate();
				if (m.type === 'error') reject(new Error(m.message));
				else resolve({ reports: m.reports, arrow: Object.fromEntries(Object.entries(m.arrow).map(([k, v]) => [k, new Uint8Array(v)])) as CheckResult['arrow'] });
			}
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'worker failed'));
		};
		worker.postMessage(req, req.files.map((f) => f.buffer));
	});
}
