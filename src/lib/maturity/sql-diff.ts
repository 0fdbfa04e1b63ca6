// Owns: the SQL that compares two datasets row by row (a delivery against the published data),
// in total and per peildatum. Re-exported by sql.ts; only maturity/ imports this.
import { q, type Namespace } from './sql-base';

/**
 * Adoption rows of one dataset (`ns`) against another (`base`, e.g. the published data), by key
 * (peildatum, gemeentecode, standaard_id).
 */
export function diffRowsSql(ns: Namespace, base: Namespace): string {
	const [n, p] = [q(ns, 'adoptie'), q(base, 'adoptie')];
	return `
	SELECT
		(SELECT count(*) FROM ${n} n ANTI JOIN ${p} p USING (peildatum, gemeentecode, standaard_id))::INTEGER AS nieuw,
		(SELECT count(*) FROM ${p} p ANTI JOIN ${n} n USING (peildatum, gemeentecode, standaard_id))::INTEGER AS ontbrekend,
		(SELECT count(*) FROM ${n} n JOIN ${p} p USING (peildatum, gemeentecode, standaard_id) WHERE n.status <> p.status)::INTEGER AS gewijzigd`;
}

/** The same comparison per peildatum (of either dataset), oldest first. */
export function diffRowsByPeildatumSql(ns: Namespace, base: Namespace): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum,
		count_if(p.status IS NULL)::INTEGER AS nieuw,
		count_if(n.status IS NULL)::INTEGER AS ontbrekend,
		count_if(coalesce(n.status <> p.status, false))::INTEGER AS gewijzigd
	FROM ${q(ns, 'adoptie')} n FULL OUTER JOIN ${q(base, 'adoptie')} p USING (peildatum, gemeentecode, standaard_id)
	GROUP BY peildatum ORDER BY peildatum`;
}
