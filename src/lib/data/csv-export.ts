// Owns: writing the tables users download, in two dialects — standard (comma, UTF-8) and Dutch
// Excel (semicolon, decimal comma, UTF-8 with BOM) — with spreadsheet formula injection
// neutralised: a text cell starting with = + - @ (or tab / carriage return) gets a leading
// apostrophe, so Excel shows it as text instead of running it. Optional note lines above the table
// carry source, licence and labels where a spreadsheet user sees them.
import Papa from 'papaparse';

export type CsvDialect = 'standaard' | 'excel-nl';
export type CsvCell = string | number | null | undefined;

/** A score (0–1) as it appears in every download: points 0–100 with one decimal. */
export function csvScore(x: number | null | undefined): number | null {
	return x === null || x === undefined ? null : Math.round(x * 1000) / 10;
}

export function neutralise(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

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

/** Offer text as a file download (browser only). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(filename, new Blob([text], { type }));
}

/** Offer a blob as a file download (browser only); the object URL lives only for the click. */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
