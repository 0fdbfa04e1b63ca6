// Owns: writing the tables users download, in two dialects — standard (comma, UTF-8) and Dutch
// Excel (semicolon, decimal comma, UTF-8 with BOM) — with spreadsheet formula injection
// neutralised: a text cell starting with = + - @ (or tab / carriage return) gets a leading
// apostrophe, so Excel shows it as text instead of running it. Optional note lines above the table
// carry source, licence and labels where a spreadsheet user sees them.
// The CSV text itself is written by csv-write.ts (papaparse), which the download buttons load when
// a download is asked for: a page does not compile papaparse while it starts (issue 12).

export type CsvDialect = 'standaard' | 'excel-nl';
export type CsvCell = string | number | null | undefined;

/** A score (0–1) as it appears in every download: points 0–100 with one decimal. */
export function csvScore(x: number | null | undefined): number | null {
	return x === null || x === undefined ? null : Math.round(x * 1000) / 10;
}

export function neutralise(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
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
