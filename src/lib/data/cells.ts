// Owns: small helpers for naming and checking cells in the report: spreadsheet column letters,
// whether a value is a web address the contract accepts, and shortening long values for display.

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

/** An http(s) address with a host: the only kind of link the contract accepts (format "uri"). */
export function isWebAddress(v: string): boolean {
	if (!/^https?:\/\/[^\s/?#]/i.test(v) || /\s/.test(v)) return false;
	try {
		const u = new URL(v);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
	} catch {
		return false;
	}
}

/** A value shortened for the report (the full value stays in the data). */
export function truncate(s: string, n = 200): string {
	return s.length > n ? s.slice(0, n) + '…' : s;
}
