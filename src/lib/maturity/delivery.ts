// Owns: what a data steward's delivery would change against the published data — the adoption
// rows (new, missing, changed; in all and per peildatum) and, per peildatum of the delivery, the municipalities that would
// change group under the default method. Both datasets sit side by side in one engine (schemas
// `levering` and `main`, see dataset.ts), so comparing never touches what the site shows.
import type { Db } from './dataset';
import { DEFAULT_METHOD, type Group } from './methods';
import type { Overview } from './overview';
import { computeOverview } from './compute-overview';
import { gemeenten, rowDiffByPeildatum, type RowDiff } from './queries';
import { compareText } from '../i18n/format';

export interface GroupChange {
	code: string;
	naam: string;
	from: Group | null;
	to: Group | null;
}

export interface PeildatumDiff {
	/** A peildatum of the delivery. */
	peildatum: string;
	/** The published peildatum it is compared with: the same one, or the latest published before it (a new peildatum). */
	base: string | null;
	isNew: boolean;
	changes: GroupChange[];
}

export interface DeliveryDiff {
	rows: RowDiff;
	/** The row comparison per peildatum of either dataset (a published peildatum absent from the delivery has only missing rows), oldest first. */
	rowsByPeildatum: (RowDiff & { peildatum: string })[];
	/** One entry per peildatum of the delivery, oldest first. */
	peildata: PeildatumDiff[];
}

/**
 * Group changes per delivery peildatum (pure; both overviews under the same method). A
 * municipality in only one of the two counts as a change from or to "no data".
 */
export function groupChanges(published: Overview, mine: Overview, names: ReadonlyMap<string, string>): PeildatumDiff[] {
	const codes = [...new Set([...published.codes, ...mine.codes])];
	const pubCol = new Map(published.codes.map((c, i) => [c, i]));
	const myCol = new Map(mine.codes.map((c, i) => [c, i]));
	return mine.peildata.map((pd, b) => {
		const same = published.peildata.indexOf(pd);
		const earlier = published.peildata.filter((p) => p < pd);
		const a = same >= 0 ? same : earlier.length ? published.peildata.indexOf(earlier[earlier.length - 1]) : -1;
		const changes: GroupChange[] = [];
		for (const code of codes) {
			const i = pubCol.get(code);
			const j = myCol.get(code);
			const from = a >= 0 && i !== undefined ? published.group[a][i] : null;
			const to = j !== undefined ? mine.group[b][j] : null;
			if (from !== to) changes.push({ code, naam: names.get(code) ?? code, from, to });
		}
		changes.sort((x, y) => compareText(x.naam, y.naam));
		return { peildatum: pd, base: a >= 0 ? published.peildata[a] : null, isNew: same < 0, changes };
	});
}

export async function deliveryDiff(delivery: Db, published: Db): Promise<DeliveryDiff> {
	const [rowsByPeildatum, gd, gp] = await Promise.all([rowDiffByPeildatum(delivery, published), gemeenten(delivery), gemeenten(published)]);
	// Every row has one peildatum, so the totals are the sums (one full join instead of three anti-joins: ~10× faster).
	const rows: RowDiff = { nieuw: 0, ontbrekend: 0, gewijzigd: 0 };
	for (const r of rowsByPeildatum) {
		rows.nieuw += r.nieuw;
		rows.ontbrekend += r.ontbrekend;
		rows.gewijzigd += r.gewijzigd;
	}
	const [mine, pub] = await Promise.all([
		computeOverview(delivery, { method: DEFAULT_METHOD, codes: gd.map((g) => g.gemeentecode) }),
		computeOverview(published, { method: DEFAULT_METHOD, codes: gp.map((g) => g.gemeentecode) })
	]);
	const names = new Map([...gp, ...gd].map((g) => [g.gemeentecode, g.gemeentenaam]));
	return { rows, rowsByPeildatum, peildata: groupChanges(pub, mine, names) };
}
