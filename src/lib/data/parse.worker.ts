// Owns: checking a data delivery off the main thread. Reads the user's files (nothing leaves the
// browser), validates them with the same loader and schema as the build (validate.ts), reports
// progress, and returns the report plus the accepted rows as Arrow IPC for the preview.
// Files not supplied (e.g. only adoptie.csv) are taken from the site's published copies.
import { toArrowIPC } from './arrow';
import { RESOURCE_ORDER, type ResourceName } from './schema';
import { referencesFrom, validateFile, type TableResult } from './validate';
import type { CheckRequest, CheckResponse, TableReport } from './check';

function report(t: TableResult, published: boolean): TableReport {
	const { rows: _rows, lines: _lines, ...rest } = t;
	return { ...rest, published };
}

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
	const req = e.data;
	const post = (m: CheckResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
	try {
		const tables = {} as Record<ResourceName, TableResult>;
		const published = {} as Record<ResourceName, boolean>;
		for (const name of RESOURCE_ORDER) {
			const supplied = req.files.find((f) => f.name === name);
			let bytes: Uint8Array;
			let fileName: string;
			if (supplied) {
				bytes = new Uint8Array(supplied.buffer);
				fileName = supplied.fileName;
				published[name] = false;
			} else {
				const res = await fetch(req.publishedUrls[name]);
				if (!res.ok) throw new Error(`${req.publishedUrls[name]}: HTTP ${res.status}`);
				bytes = new Uint8Array(await res.arrayBuffer());
				fileName = `${name}.csv`;
				published[name] = true;
			}
			const refs = referencesFrom(tables);
			post({ type: 'progress', file: fileName, fraction: 0, rows: 0 });
			tables[name] = validateFile(name, fileName, bytes, refs, (fraction, rows) => post({ type: 'progress', file: fileName, fraction, rows }));
			post({ type: 'progress', file: fileName, fraction: 1, rows: tables[name].read });
		}
		const arrow = {} as Record<ResourceName, ArrayBuffer>;
		for (const name of RESOURCE_ORDER) {
			const ipc = toArrowIPC(name, tables[name]);
			arrow[name] = ipc.buffer.slice(ipc.byteOffset, ipc.byteOffset + ipc.byteLength) as ArrayBuffer;
		}
		post(
			{
				type: 'done',
				reports: Object.fromEntries(RESOURCE_ORDER.map((n) => [n, report(tables[n], published[n])])) as Record<ResourceName, TableReport>,
				arrow
			},
			Object.values(arrow)
		);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
