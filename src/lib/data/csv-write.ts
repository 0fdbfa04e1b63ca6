// Owns: the CSV text of a download (toCsv), written with papaparse in the two dialects and with
// the formula neutralisation of csv-export.ts. Loaded on demand by the download buttons
// (TableDownloads.svelte) so that no page compiles papaparse while it starts; the delivery check
// (report-csv.ts) imports it directly.
import Papa from 'papaparse';
import { neutralise, type CsvCell, type CsvDialect } from './csv-export';

function cellText(v: CsvCell, dialect: CsvDialect): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return '';
		const s = String(v);
		return dialect === 'excel-nl' ? s.replace('.', ',') : s;
	}
	return neutralise(v);
}

/**
 * CSV text for a header and rows. Numbers stay numbers (never neutralised); text is neutralised.
 * `notes` — where the data comes from, its licence, a synthetic-data label, that a list was cut —
 * come first, one per line in the first cell, then one empty line, then the table: the first
 * thing a spreadsheet user sees. (A program reading the table skips to the line after the empty one.)
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = 'standaard', notes: readonly string[] = []): string {
	const delimiter = dialect === 'excel-nl' ? ';' : ',';
	const opts = { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false };
	const pre = notes.length ? Papa.unparse(notes.map((n) => [neutralise(n)]), opts) + '\r\n\r\n' : '';
	const body = Papa.unparse({ fields: header.map((h) => neutralise(h)), data: rows.map((r) => r.map((v) => cellText(v, dialect))) }, opts);
	return (dialect === 'excel-nl' ? '\uFEFF' : '') + pre + body + '\r\n';
}
