// Owns: the SQL of the standards pages (/standaarden/, /standaard/[id]/, /prioriteit/[n]/ and the
// standards section of the municipality pages): shares over time among the municipalities that
// existed then, pace, first use, Rogers' adopter categories, explanations. Same conventions as
// sql.ts (one schema `ns` per dataset; only maturity/ imports this; pages use queries.ts).
import { q, sqlString, type Namespace } from './sql-base';
import { ADOPTER_CATEGORIES } from './scoring';

// ---- Per standard: shares over time, first use, adopter categories, explanations -------------
// (the pages /standaarden/, /standaard/[id]/, /prioriteit/[n]/ and the municipality pages)

/**
 * Every standard that was available at a peildatum × every municipality that EXISTED on that date
 * (gemeenten.csv geldig_vanaf/geldig_tot: 355 in 2019–2020 … 342 from 2023), whether it reported or
 * not, with its status: the row's, `ontbreekt` when it reported other standards but not this one
 * (counts as not started, as in the score), or `geen` when it reported nothing at that peildatum.
 * Shares per peildatum are taken among these municipalities: those of that date's division.
 */
function standardCellsCte(ns: Namespace): string {
	const g = q(ns, 'gemeenten');
	const a = q(ns, 'adoptie');
	return `
	pd AS (SELECT DISTINCT peildatum FROM ${a}),
	existing AS (
		SELECT pd.peildatum, g.gemeentecode, g.provincienaam, g.grootteklasse
		FROM pd JOIN ${g} g ON (g.geldig_vanaf IS NULL OR g.geldig_vanaf <= pd.peildatum) AND (g.geldig_tot IS NULL OR pd.peildatum < g.geldig_tot)
	),
	reported AS (SELECT DISTINCT peildatum, gemeentecode FROM ${a}),
	scells AS (
		SELECT e.peildatum, s.standaard_id, e.gemeentecode, e.provincienaam, e.grootteklasse,
			CASE WHEN a.status IS NOT NULL THEN a.status WHEN r.gemeentecode IS NOT NULL THEN 'ontbreekt' ELSE 'geen' END AS status,
			a.toelichting
		FROM existing e
		JOIN ${q(ns, 'standaarden')} s ON s.beschikbaar_sinds <= e.peildatum
		LEFT JOIN reported r ON r.peildatum = e.peildatum AND r.gemeentecode = e.gemeentecode
		LEFT JOIN ${a} a ON a.peildatum = e.peildatum AND a.gemeentecode = e.gemeentecode AND a.standaard_id = s.standaard_id
	)`;
}

const STATUS_COUNTS = `count(*)::INTEGER AS n,
		count_if(status = 'in_gebruik')::INTEGER AS n_in_gebruik,
		count_if(status = 'in_implementatie')::INTEGER AS n_in_implementatie,
		count_if(status = 'gepland')::INTEGER AS n_gepland,
		count_if(status IN ('niet_gestart', 'ontbreekt'))::INTEGER AS n_niet_gestart,
		count_if(status = 'geen')::INTEGER AS n_geen`;

/**
 * Per standard and peildatum (from its availability on): how many municipalities existed then
 * (`n`), and how many of them were in each status (`n_geen`: reported nothing that peildatum).
 */
export function selectStandardSharesSql(ns: Namespace): string {
	return `
	WITH ${standardCellsCte(ns)}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, standaard_id, ${STATUS_COUNTS}
	FROM scells GROUP BY peildatum, standaard_id ORDER BY standaard_id, peildatum`;
}

/**
 * Per standard, how fast its share in use rose: the first peildatum at which at least 10 % and
 * at least 50 % of the municipalities used it, and the half-years between the two. A crossing at
 * the first peildatum of the series, of a standard available before it, is not observed (it may
 * have happened long before): then the crossing and the speed are null, as they are when the
 * share has not got there yet. Also the share at the latest peildatum.
 */
export function selectStandardPaceSql(ns: Namespace): string {
	return `
	WITH ${standardCellsCte(ns)},
	shares AS (SELECT peildatum, standaard_id, count_if(status = 'in_gebruik') / count(*) AS aandeel FROM scells GROUP BY peildatum, standaard_id),
	per AS (
		SELECT sh.standaard_id, any_value(s.beschikbaar_sinds) AS sinds, min(sh.peildatum) AS vanaf,
			arg_max(sh.aandeel, sh.peildatum) AS laatste,
			min(sh.peildatum) FILTER (WHERE sh.aandeel >= 0.1) AS t10,
			min(sh.peildatum) FILTER (WHERE sh.aandeel >= 0.5) AS t50
		FROM shares sh JOIN ${q(ns, 'standaarden')} s USING (standaard_id) GROUP BY sh.standaard_id
	),
	seen AS (
		SELECT *, CASE WHEN t10 = (SELECT min(peildatum) FROM pd) AND sinds < t10 THEN NULL ELSE t10 END AS t10_gezien,
			CASE WHEN t50 = (SELECT min(peildatum) FROM pd) AND sinds < t50 THEN NULL ELSE t50 END AS t50_gezien
		FROM per
	)
	SELECT standaard_id, laatste::DOUBLE AS laatste,
		strftime(t10_gezien, '%Y-%m-%d') AS t10, strftime(t50_gezien, '%Y-%m-%d') AS t50,
		(t10 IS NOT NULL AND t10_gezien IS NULL) AS t10_voor_reeks, (t50 IS NOT NULL AND t50_gezien IS NULL) AS t50_voor_reeks,
		(date_diff('month', t10_gezien, t50_gezien) / 6.0)::DOUBLE AS halfjaren
	FROM seen ORDER BY standaard_id`;
}

/** Status and explanation of every municipality that existed, for one standard (?1), at every peildatum since it was available. */
export function selectStandardStatusesSql(ns: Namespace): string {
	return `
	WITH ${standardCellsCte(ns)}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, status, toelichting
	FROM scells WHERE standaard_id = ?::VARCHAR ORDER BY peildatum, gemeentecode`;
}

/**
 * Adoption of one standard (?1) at one peildatum (?2) per province or size class, among the
 * municipalities that existed then (size class null: no inhabitants figure).
 */
export function selectStandardByGroupSql(ns: Namespace, dim: 'provincie' | 'grootteklasse'): string {
	const col = dim === 'provincie' ? 'provincienaam' : 'grootteklasse';
	return `
	WITH ${standardCellsCte(ns)},
	args AS (SELECT ?::VARCHAR AS std, ?::DATE AS pd)
	SELECT ${col}::VARCHAR AS groep, ${STATUS_COUNTS}
	FROM scells, args WHERE standaard_id = args.std AND peildatum = args.pd
	GROUP BY ${col} ORDER BY ${col}`;
}

/**
 * First use and Rogers' adopter category of every municipality of today (the division of the
 * latest peildatum) for every standard; ?1 limits it to one standard, ?2 to one municipality
 * ('' = all).
 *
 * First use (`eerste`): the first peildatum at which the municipality's status was in_gebruik,
 * whatever came after (a later step back does not undo it). For a standard available before the
 * series began, first use on the first peildatum means "on or before it".
 * Herindelingen: a municipality formed by a samenvoeging (a new code) has no record of its own
 * before it existed, so it inherits the EARLIEST first use among what it was formed from (and what
 * those were formed from): the area used the standard from then on. A municipality that took in
 * another (toevoeging) or part of one (splitsing) keeps its own record: it existed before.
 *
 * Categories: the municipalities are ordered by first use; each covers a slice of 1/n of them, and
 * gets the category that holds the MIDDLE of its slice. Municipalities with the same first use
 * (the same peildatum) cannot be ordered, so they share one slice — `eerder` municipalities came
 * before them, `gelijk` tie with them (themselves included) — and one category: the one holding
 * the middle of their joint slice, (eerder + gelijk / 2) / n. A middle exactly on a boundary
 * belongs to the later category (compared in whole numbers, so it is exact). Not yet in use:
 * `nog_niet`. n counts every municipality of today, so categories are shares of all of them.
 */
export function selectAdopterCategoriesSql(ns: Namespace): string {
	const g = q(ns, 'gemeenten');
	const cases = ADOPTER_CATEGORIES.slice(0, -1)
		.map((c) => `WHEN (2 * eerder + gelijk) * 1000 < 2 * n * ${c.upto} THEN ${sqlString(c.id)}`)
		.join(' ');
	return `
	WITH RECURSIVE ${standardCellsCte(ns)},
	args AS (SELECT ?::VARCHAR AS std, ?::VARCHAR AS gem),
	eigen AS (
		SELECT standaard_id, gemeentecode, min(peildatum) FILTER (WHERE status = 'in_gebruik') AS eerste
		FROM scells GROUP BY standaard_id, gemeentecode
	),
	lijn(gemeentecode, bron) AS (
		SELECT gemeentecode, gemeentecode FROM ${g}
		UNION
		SELECT l.gemeentecode, h.oude_code FROM lijn l JOIN ${q(ns, 'herindelingen')} h ON h.nieuwe_code = l.bron AND h.soort = 'samenvoeging'
	),
	nu AS (
		SELECT gemeentecode FROM ${g}, (SELECT max(peildatum) AS laatste FROM pd) m
		WHERE (geldig_vanaf IS NULL OR geldig_vanaf <= m.laatste) AND (geldig_tot IS NULL OR m.laatste < geldig_tot)
	),
	eerste AS (
		SELECT n.gemeentecode, s.standaard_id, min(e.eerste) AS eerste, min(e.eerste) FILTER (WHERE l.bron = n.gemeentecode) AS eerste_eigen
		FROM nu n CROSS JOIN ${q(ns, 'standaarden')} s
		JOIN lijn l ON l.gemeentecode = n.gemeentecode
		LEFT JOIN eigen e ON e.gemeentecode = l.bron AND e.standaard_id = s.standaard_id
		GROUP BY n.gemeentecode, s.standaard_id
	),
	geordend AS (
		SELECT *, count(*) OVER (PARTITION BY standaard_id) AS n,
			rank() OVER (PARTITION BY standaard_id ORDER BY eerste ASC NULLS LAST) - 1 AS eerder,
			count(*) OVER (PARTITION BY standaard_id, eerste) AS gelijk
		FROM eerste
	)
	SELECT standaard_id, gemeentecode, strftime(eerste, '%Y-%m-%d') AS eerste,
		(eerste IS NOT NULL AND (eerste_eigen IS NULL OR eerste < eerste_eigen)) AS geerfd,
		eerder::INTEGER AS eerder, gelijk::INTEGER AS gelijk, n::INTEGER AS n,
		CASE WHEN eerste IS NULL THEN 'nog_niet' ${cases} ELSE ${sqlString(ADOPTER_CATEGORIES[ADOPTER_CATEGORIES.length - 1].id)} END AS categorie
	FROM geordend, args
	WHERE (args.std = '' OR standaard_id = args.std) AND (args.gem = '' OR gemeentecode = args.gem)
	ORDER BY standaard_id, eerste NULLS LAST, gemeentecode`;
}

/** The explanations ("pas toe of leg uit") given, for one standard (?1) and/or one municipality (?2) ('' = all). */
export function selectExplanationsSql(ns: Namespace): string {
	return `
	WITH args AS (SELECT ?::VARCHAR AS std, ?::VARCHAR AS gem)
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, standaard_id, status, toelichting
	FROM ${q(ns, 'adoptie')}, args
	WHERE toelichting IS NOT NULL AND (args.std = '' OR standaard_id = args.std) AND (args.gem = '' OR gemeentecode = args.gem)
	ORDER BY peildatum, standaard_id, gemeentecode`;
}
