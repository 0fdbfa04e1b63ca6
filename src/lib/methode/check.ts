// Owns: what "Reken het zelf na" (/methode/controle/) compares. The build's figures travel in the
// page as a CheckReference per division (each peildatum in its own division, and today's
// municipalities with re-based history); the browser recomputes the same view with its own engine
// and compare() counts every score, rank, percentile and group that is not exactly equal.
import { groupCounts, type Overview } from '../maturity/overview';
import type { Group, Method } from '../maturity/methods';
import type { Division } from '../maturity/scoring';

export interface CheckReference {
	division: Division;
	method: Method;
	codes: string[];
	peildata: string[];
	score: (number | null)[][];
	rank: (number | null)[][];
	percentile: (number | null)[][];
	/** Groups per peildatum, one letter per municipality (see groupLetters). */
	groups: string[];
}

const LETTER: Record<Group, string> = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' };

/** Groups as one letter per municipality: k(opgroep), p(eloton), a(chterhoede), - (no data). */
export function groupLetters(groups: readonly (Group | null)[]): string {
	return groups.map((g) => (g ? LETTER[g] : '-')).join('');
}

/** The build's figures for the check (the full-precision numbers; only what is compared). */
export function toReference(o: Overview): CheckReference {
	return {
		division: o.division,
		method: o.method,
		codes: o.codes,
		peildata: o.peildata,
		score: o.score,
		rank: o.rank,
		percentile: o.percentile,
		groups: o.group.map(groupLetters)
	};
}

export interface CheckRow {
	peildatum: string;
	/** Municipalities with a score in the browser's recomputation. */
	scored: number;
	counts: Record<Group, number>;
	/** Values (score, rank, percentile, group) that differ from the build's. */
	diff: number;
	/** The browser's groups as letters (for tests and the benchmark). */
	groups: string;
}

export interface DivisionCheck {
	division: Division;
	/** Number of municipalities (columns) compared. */
	n: number;
	rows: CheckRow[];
	diff: number;
}

/** Compare the browser's overview with the build's, value by value. */
export function compare(ref: CheckReference, got: Overview): DivisionCheck {
	const same = got.division === ref.division && got.codes.join() === ref.codes.join() && got.peildata.join() === ref.peildata.join();
	if (!same) throw new Error(`The recomputation has other municipalities or peildata than the build (${ref.division})`);
	const rows = ref.peildata.map((peildatum, p): CheckRow => {
		const groups = groupLetters(got.group[p]);
		let diff = 0;
		ref.codes.forEach((_, i) => {
			if (got.score[p][i] !== ref.score[p][i]) diff++;
			if (got.rank[p][i] !== ref.rank[p][i]) diff++;
			if (got.percentile[p][i] !== ref.percentile[p][i]) diff++;
			if (groups[i] !== ref.groups[p][i]) diff++;
		});
		const c = groupCounts(got.group[p]);
		return { peildatum, scored: ref.codes.length - c.geen, counts: { kopgroep: c.kopgroep, peloton: c.peloton, achterhoede: c.achterhoede }, diff, groups };
	});
	return { division: ref.division, n: ref.codes.length, rows, diff: rows.reduce((a, r) => a + r.diff, 0) };
}

export interface DownloadSize {
	/** Bytes as stored. */
	raw: number;
	/** Bytes after gzip (default level), as a server that compresses would send them. */
	gzip: number;
}

/** What the check downloads (measured at build time: engine-size.server.ts). */
export interface CheckDownload {
	engine: DownloadSize;
	data: DownloadSize;
}
