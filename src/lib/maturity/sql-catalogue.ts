// Owns: the SQL that reads a dataset's catalogue as it is: municipalities (with their validity),
// mergers, standards, peildata, row counts, and the crosswalk table onto today's municipalities.
// Same conventions as sql.ts, which re-exports it; only maturity/ imports this.
import { q, sqlString, type Namespace } from './sql-base';

export function selectGemeentenSql(ns: Namespace): string {
	return `
	SELECT gemeentecode, gemeentenaam, provinciecode, provincienaam, inwoners::INTEGER AS inwoners,
		grootteklasse, oppervlakte_km2::DOUBLE AS oppervlakte_km2,
		strftime(geldig_vanaf, '%Y-%m-%d') AS geldig_vanaf, strftime(geldig_tot, '%Y-%m-%d') AS geldig_tot
	FROM ${q(ns, 'gemeenten')} ORDER BY gemeentecode`;
}

export function selectHerindelingenSql(ns: Namespace): string {
	return `
	SELECT strftime(datum, '%Y-%m-%d') AS datum, oude_code, nieuwe_code, soort, aandeel_inwoners::DOUBLE AS aandeel_inwoners, bron
	FROM ${q(ns, 'herindelingen')} ORDER BY datum, oude_code, nieuwe_code`;
}

/**
 * The crosswalk onto today's municipalities (data/mergers.ts computes it; rows as VALUES):
 * every municipality → the municipality of the latest division it is (part of) now, with the
 * share of its inhabitants that went there.
 */
export function createCrosswalkSql(ns: Namespace, rows: readonly { gemeentecode: string; huidig: string; aandeel: number }[]): string {
	const values = rows.length
		? rows.map((r) => `(${sqlString(r.gemeentecode)}, ${sqlString(r.huidig)}, ${Number(r.aandeel).toString()}::DOUBLE)`).join(', ')
		: `(NULL, NULL, NULL)`;
	return `CREATE OR REPLACE TABLE ${q(ns, 'crosswalk')} AS SELECT * FROM (VALUES ${values}) t(gemeentecode, huidig, aandeel) WHERE gemeentecode IS NOT NULL`;
}

export function selectStandaardenSql(ns: Namespace): string {
	return `
	SELECT standaard_id, naam, prioriteit::INTEGER AS prioriteit, soort, gewicht::DOUBLE AS gewicht,
		strftime(beschikbaar_sinds, '%Y-%m-%d') AS beschikbaar_sinds, omschrijving, omschrijving_en, url
	FROM ${q(ns, 'standaarden')} ORDER BY prioriteit, naam`;
}

export function selectPeildataSql(ns: Namespace): string {
	return `SELECT DISTINCT strftime(peildatum, '%Y-%m-%d') AS peildatum FROM ${q(ns, 'adoptie')} ORDER BY 1`;
}

/** Row counts per table, and how many adoption rows come from the synthetic generator (bron = 'synthetisch'). */
export function selectCountsSql(ns: Namespace): string {
	return `
	SELECT (SELECT count(*) FROM ${q(ns, 'gemeenten')})::INTEGER AS gemeenten, (SELECT count(*) FROM ${q(ns, 'standaarden')})::INTEGER AS standaarden,
		(SELECT count(*) FROM ${q(ns, 'adoptie')})::INTEGER AS adoptie,
		(SELECT count_if(bron = 'synthetisch') FROM ${q(ns, 'adoptie')})::INTEGER AS synthetisch`;
}
