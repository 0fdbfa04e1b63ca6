// Owns: every SQL statement of the maturity method. The same strings run in DuckDB under Node
// (prerender, tests) and in the browser worker. Column types come from data/datapackage.json.
// Only maturity/ imports this module; pages ask for named results (queries.ts, overview.ts,
// municipality.ts).
// Conventions: output columns are cast to VARCHAR / INTEGER / DOUBLE / BOOLEAN (see engine.ts);
// dates leave SQL as 'YYYY-MM-DD' strings; scores are rounded to 9 decimals so ties are exact.
// Every statement takes the DuckDB schema (`ns`) that holds the dataset: `main` for the
// published data, another for a data steward's delivery, so both can be loaded side by side.
import { KINDS, PRIORITIES, resource, type FieldType, type Kind, type ResourceName, type Status } from '../data/schema';

/** Status values of the default method (BRIEF: niet_gestart 0, gepland 0.25, in_implementatie 0.5, in_gebruik 1). */
export const STATUS_VALUES: Record<Status, number> = {
	niet_gestart: 0,
	gepland: 0.25,
	in_implementatie: 0.5,
	in_gebruik: 1
};

/** Scores and boundaries are compared at this many decimals, so float noise cannot move a municipality. */
export const SCORE_DECIMALS = 9;

const SQL_TYPE: Record<FieldType, string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', date: 'DATE' };

export function sqlString(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** A dataset's DuckDB schema name (identifiers cannot be bound as parameters, so they are checked). */
export type Namespace = string;
const IDENT = /^[a-z_][a-z0-9_]*$/;
function q(ns: Namespace, table: string): string {
	if (!IDENT.test(ns) || !IDENT.test(table)) throw new Error(`Bad SQL identifier ${ns}.${table}`);
	return `${ns}.${table}`;
}

export function createSchemaSql(ns: Namespace): string {
	if (!IDENT.test(ns)) throw new Error(`Bad SQL schema name ${ns}`);
	return `CREATE SCHEMA IF NOT EXISTS ${ns}`;
}

/**
 * Typed tables from raw ones: `<ns>.raw_<name>` (an Arrow IPC stream inserted as is, see
 * data/arrow.ts) becomes `<ns>.<name>` with the column types of data/datapackage.json.
 * Plus the status-value table of the method.
 */
export function createTablesSql(ns: Namespace, names: readonly ResourceName[]): string[] {
	const stmts = names.flatMap((name) => typedTableSql(name, q(ns, `raw_${name}`), q(ns, name)));
	const values = Object.entries(STATUS_VALUES)
		.map(([s, v]) => `(${sqlString(s)}, ${v.toFixed(2)}::DOUBLE)`)
		.join(', ');
	stmts.push(`CREATE OR REPLACE TABLE ${q(ns, 'statuswaarden')} AS SELECT * FROM (VALUES ${values}) t(status, waarde)`);
	return stmts;
}

/** Name of the raw (untyped) table an Arrow stream of `name` is inserted into. */
export function rawTable(ns: Namespace, name: ResourceName): string {
	return q(ns, `raw_${name}`);
}

/** CREATE a table `target` with the schema types of `name` from the raw table `raw`, then drop `raw`. */
export function typedTableSql(name: ResourceName, raw: string, target: string): string[] {
	const cols = resource(name)
		.schema.fields.map((f) => `CAST("${f.name}" AS ${SQL_TYPE[f.type]}) AS "${f.name}"`)
		.join(', ');
	return [`CREATE OR REPLACE TABLE ${target} AS SELECT ${cols} FROM ${raw}`, `DROP TABLE ${raw}`];
}

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

/** Which standards a score is computed over: all, one GGU priority, or one kind of activity. */
export interface Scope {
	prioriteit?: number | null;
	soort?: Kind | null;
}

export function scopeKey(s: Scope): string {
	return s.prioriteit ? `p${s.prioriteit}` : s.soort ? `s_${s.soort}` : 'all';
}

function scopeWhere(s: Scope): string {
	if (s.prioriteit != null) {
		if (!(PRIORITIES as readonly number[]).includes(s.prioriteit)) throw new Error(`prioriteit must be one of ${PRIORITIES.join(', ')}, got ${s.prioriteit}`);
		return `WHERE prioriteit = ${s.prioriteit}`;
	}
	if (s.soort != null) {
		if (!KINDS.includes(s.soort)) throw new Error(`unknown soort ${s.soort}`);
		return `WHERE soort = ${sqlString(s.soort)}`;
	}
	return '';
}

/**
 * The scoring cells: for every (peildatum, gemeente) that reported anything at that peildatum,
 * every standard in scope that was available at that date, with its status value.
 * A municipality with no rows at a peildatum gets no cells, hence no score ("geen gegevens").
 * A missing (gemeente, standaard) row for a reporting municipality counts as 0 and is counted.
 */
function cellsCte(ns: Namespace, scope: Scope): string {
	return `
	reported AS (SELECT DISTINCT peildatum, gemeentecode FROM ${q(ns, 'adoptie')}),
	std AS (SELECT standaard_id, gewicht, prioriteit, soort, beschikbaar_sinds FROM ${q(ns, 'standaarden')} ${scopeWhere(scope)}),
	cells AS (
		SELECT r.peildatum, r.gemeentecode, s.standaard_id, s.prioriteit, s.soort, s.gewicht,
			coalesce(w.waarde, 0.0) AS waarde, a.status IS NULL AS ontbreekt, coalesce(a.status, 'ontbreekt') AS status
		FROM reported r
		JOIN std s ON s.beschikbaar_sinds <= r.peildatum
		LEFT JOIN ${q(ns, 'adoptie')} a ON a.peildatum = r.peildatum AND a.gemeentecode = r.gemeentecode AND a.standaard_id = s.standaard_id
		LEFT JOIN ${q(ns, 'statuswaarden')} w ON w.status = a.status
	)`;
}

/**
 * Which division the scores of a peildatum are on: the municipalities that existed on that date
 * (`peildatum`, as CBS computes its statistics), or today's municipalities with earlier figures
 * re-based from their predecessors (`huidig`, see rebasedScoresTableSql).
 */
export type Division = 'peildatum' | 'huidig';

/** Name of the materialised scores table for a scope (and division) in a dataset. */
export function scoresTableName(ns: Namespace, scope: Scope, division: Division = 'peildatum'): string {
	return q(ns, `scores_${scopeKey(scope)}${division === 'huidig' ? '_huidig' : ''}`);
}

/**
 * The parts of re-based scores: for every peildatum and municipality of today (`gemeentecode`),
 * every municipality (`deel`) that is part of it now and had a score then, with its score,
 * inhabitants (mid-2020), the share of them that went to today's municipality (crosswalk) and
 * the weight inhabitants × share (`w`, null without an inhabitants figure).
 */
function rebasedPartsCte(ns: Namespace, scope: Scope): string {
	return `
	parts AS (
		SELECT s.peildatum, c.huidig AS gemeentecode, s.gemeentecode AS deel, s.score, g.inwoners, c.aandeel,
			g.inwoners * c.aandeel AS w, s.n_standaarden, s.n_ontbrekend
		FROM ${scoresTableName(ns, scope)} s
		JOIN ${q(ns, 'crosswalk')} c ON c.gemeentecode = s.gemeentecode
		JOIN ${q(ns, 'gemeenten')} g ON g.gemeentecode = s.gemeentecode
	)`;
}

/**
 * Scores re-based onto today's municipalities: a municipality's score at a peildatum is the mean
 * of the scores of everything that is part of it now and had a score then, weighted by
 * inhabitants (mid-2020) × the share that went to it (crosswalk). When a part has no inhabitants
 * figure, the parts weigh by their share alone. Rank and percentile are then taken among
 * today's municipalities, as in scoresTableSql. Needs the `peildatum` table of the same scope.
 */
export function rebasedScoresTableSql(ns: Namespace, scope: Scope): string {
	return `
	CREATE OR REPLACE TABLE ${scoresTableName(ns, scope, 'huidig')} AS
	WITH ${rebasedPartsCte(ns, scope)},
	agg AS (
		SELECT peildatum, gemeentecode,
			round(CASE WHEN count(w) = count(*) THEN sum(w * score) / sum(w) ELSE sum(aandeel * score) / sum(aandeel) END, ${SCORE_DECIMALS}) AS score,
			max(n_standaarden) AS n_standaarden, sum(n_ontbrekend) AS n_ontbrekend, count(*) AS n_delen
		FROM parts GROUP BY peildatum, gemeentecode
	)
	SELECT peildatum, gemeentecode, score, n_standaarden, n_ontbrekend, n_delen,
		rank() OVER (PARTITION BY peildatum ORDER BY score DESC) AS rang,
		count(*) OVER (PARTITION BY peildatum) AS n,
		percent_rank() OVER (PARTITION BY peildatum ORDER BY score ASC) AS percentiel
	FROM agg`;
}

/**
 * One re-based score (all standards) taken apart: the parts of today's municipality ?1 at
 * peildatum ?2 (rebasedPartsCte) with the weight the rule gives each (`gewicht`: inhabitants ×
 * share, or the share alone when a part lacks an inhabitants figure), its share of the total
 * weight, and the re-based score, rank and count of the scores table on today's division.
 * Needs both scores tables (all standards).
 */
export function selectRebasedPartsSql(ns: Namespace): string {
	return `
	WITH ${rebasedPartsCte(ns, {})},
	one AS (SELECT * FROM parts WHERE gemeentecode = ?::VARCHAR AND peildatum = ?::DATE),
	weighted AS (SELECT *, CASE WHEN (SELECT count(w) = count(*) FROM one) THEN w ELSE aandeel END AS gewicht FROM one)
	SELECT p.deel, p.score::DOUBLE AS score, p.inwoners::INTEGER AS inwoners, p.aandeel::DOUBLE AS aandeel,
		p.gewicht::DOUBLE AS gewicht, (p.gewicht / sum(p.gewicht) OVER ())::DOUBLE AS deel_gewicht,
		(count(p.w) OVER () = count(*) OVER ()) AS naar_inwoners,
		r.score::DOUBLE AS uitkomst, r.rang::INTEGER AS rang, r.n::INTEGER AS n
	FROM weighted p
	JOIN ${scoresTableName(ns, {}, 'huidig')} r ON r.gemeentecode = p.gemeentecode AND r.peildatum = p.peildatum
	ORDER BY p.gewicht DESC, p.deel`;
}

/** Materialise scores with rank and percentile for a scope into its table (scoresTableName). */
export function scoresTableSql(ns: Namespace, scope: Scope): string {
	return `
	CREATE OR REPLACE TABLE ${scoresTableName(ns, scope)} AS
	WITH ${cellsCte(ns, scope)},
	agg AS (
		SELECT peildatum, gemeentecode,
			round(sum(gewicht * waarde) / sum(gewicht), ${SCORE_DECIMALS}) AS score,
			count(*) AS n_standaarden,
			count_if(ontbreekt) AS n_ontbrekend
		FROM cells GROUP BY peildatum, gemeentecode
	)
	SELECT peildatum, gemeentecode, score, n_standaarden, n_ontbrekend,
		rank() OVER (PARTITION BY peildatum ORDER BY score DESC) AS rang,
		count(*) OVER (PARTITION BY peildatum) AS n,
		percent_rank() OVER (PARTITION BY peildatum ORDER BY score ASC) AS percentiel
	FROM agg`;
}

/** Rows of a scores table. Percentile: share of the other municipalities scoring strictly lower, 0–100. */
export function selectScoresSql(table: string): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, score::DOUBLE AS score,
		rang::INTEGER AS rang, n::INTEGER AS n, round(100 * percentiel, 6)::DOUBLE AS percentiel,
		n_standaarden::INTEGER AS n_standaarden, n_ontbrekend::INTEGER AS n_ontbrekend
	FROM ${table} ORDER BY peildatum, gemeentecode`;
}

/**
 * Per peildatum: count, mean and population SD of the scores (BRIEF: "population SD over all
 * municipalities at that peildatum"), min/max, median, and two quantiles (parameters ?1, ?2;
 * linear interpolation, quantile_cont) used by the quantile method.
 */
export function selectStatsSql(table: string): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, count(*)::INTEGER AS n,
		avg(score)::DOUBLE AS mean, coalesce(stddev_pop(score), 0)::DOUBLE AS sd,
		min(score)::DOUBLE AS min, max(score)::DOUBLE AS max,
		quantile_cont(score, ?::DOUBLE)::DOUBLE AS q_low, quantile_cont(score, ?::DOUBLE)::DOUBLE AS q_high,
		median(score)::DOUBLE AS median
	FROM ${table} GROUP BY peildatum ORDER BY peildatum`;
}

/** Median score per peildatum of the municipalities in ?1 (comma-separated codes) in a scores table. */
export function selectGroupMedianSql(table: string): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, median(score)::DOUBLE AS median, count(*)::INTEGER AS n
	FROM ${table} WHERE list_contains(string_split(?::VARCHAR, ','), gemeentecode)
	GROUP BY peildatum ORDER BY peildatum`;
}

const IN_LIST = (param: string, col: string) => `(${param}::VARCHAR = '' OR list_contains(string_split(${param}::VARCHAR, ','), ${col}))`;

/**
 * Scores per dimension (GGU priority or kind) for the given municipalities (comma-separated
 * codes in ?1, or all when ?1 is empty) at every peildatum.
 */
export function selectDimensionScoresSql(ns: Namespace, dim: 'prioriteit' | 'soort'): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, ${dim}::VARCHAR AS dim,
		round(sum(gewicht * waarde) / sum(gewicht), ${SCORE_DECIMALS})::DOUBLE AS score,
		count(*)::INTEGER AS n_standaarden
	FROM cells
	WHERE ${IN_LIST('?', 'gemeentecode')}
	GROUP BY peildatum, gemeentecode, ${dim}
	ORDER BY peildatum, gemeentecode, ${dim}`;
}

/**
 * Median per GGU priority, at peildatum ?2, of the per-priority scores of the municipalities in ?1
 * (comma-separated codes).
 */
export function selectPriorityMedianSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})},
	dims AS (
		SELECT gemeentecode, prioriteit, sum(gewicht * waarde) / sum(gewicht) AS score
		FROM cells WHERE list_contains(string_split(?::VARCHAR, ','), gemeentecode) AND peildatum = ?::DATE
		GROUP BY gemeentecode, prioriteit
	)
	SELECT prioriteit::VARCHAR AS dim, round(median(score), ${SCORE_DECIMALS})::DOUBLE AS median
	FROM dims GROUP BY prioriteit ORDER BY prioriteit`;
}

/**
 * The status of one municipality (?1) for every standard available at every peildatum it reported,
 * with the standard's weight, status value and its gain: how much the score (0–1) rises when this
 * standard alone goes to in_gebruik, w·(1 − v) / Σw over the standards available then.
 */
export function selectStatusesSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, standaard_id, gewicht::DOUBLE AS gewicht,
		waarde::DOUBLE AS waarde, status,
		(gewicht * (1 - waarde) / sum(gewicht) OVER (PARTITION BY peildatum))::DOUBLE AS gain
	FROM cells
	WHERE gemeentecode = ?::VARCHAR
	ORDER BY peildatum, standaard_id`;
}

/**
 * The score of municipality ?1 at peildatum ?2 taken apart by status: per status the number of
 * standards, their total weight, the status value and the weighted contribution; the totals give
 * the score (Σ contribution / Σ weight), exactly as scoresTableSql computes it.
 */
export function selectScoreBreakdownSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT status, count(*)::INTEGER AS n, sum(gewicht)::DOUBLE AS gewicht, any_value(waarde)::DOUBLE AS waarde,
		sum(gewicht * waarde)::DOUBLE AS bijdrage,
		sum(sum(gewicht)) OVER ()::DOUBLE AS totaal_gewicht, sum(sum(gewicht * waarde)) OVER ()::DOUBLE AS totaal_bijdrage,
		round(sum(sum(gewicht * waarde)) OVER () / sum(sum(gewicht)) OVER (), ${SCORE_DECIMALS})::DOUBLE AS score
	FROM cells
	WHERE gemeentecode = ?::VARCHAR AND peildatum = ?::DATE
	GROUP BY status ORDER BY any_value(waarde) DESC, status`;
}

/**
 * Adoption among a peer group (comma-separated codes in ?1) at peildatum ?2, per standard available
 * then: how many peers reported, how many use it (in_gebruik), and how many are at least in
 * implementation. Only peers that reported at that peildatum count.
 */
export function selectPeerAdoptionSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT standaard_id, count(*)::INTEGER AS n_peers,
		count_if(status = 'in_gebruik')::INTEGER AS n_in_gebruik,
		count_if(status IN ('in_gebruik', 'in_implementatie'))::INTEGER AS n_actief
	FROM cells
	WHERE list_contains(string_split(?::VARCHAR, ','), gemeentecode) AND peildatum = ?::DATE
	GROUP BY standaard_id ORDER BY standaard_id`;
}

/** National adoption per standard and peildatum: share in each status among reporting municipalities. */
export function selectStandardAdoptionSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, standaard_id, count(*)::INTEGER AS n,
		count_if(status = 'in_gebruik')::INTEGER AS n_in_gebruik,
		count_if(status = 'in_implementatie')::INTEGER AS n_in_implementatie,
		count_if(status = 'gepland')::INTEGER AS n_gepland,
		count_if(status IN ('niet_gestart', 'ontbreekt'))::INTEGER AS n_niet_gestart
	FROM cells
	GROUP BY peildatum, standaard_id ORDER BY peildatum, standaard_id`;
}

/** Status of every municipality for one standard (?1) at every peildatum (for colouring the map by standard). */
export function selectStandardStatusSql(ns: Namespace): string {
	return `
	WITH ${cellsCte(ns, {})}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, status
	FROM cells
	WHERE standaard_id = ?::VARCHAR
	ORDER BY peildatum, gemeentecode`;
}

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
		strftime(beschikbaar_sinds, '%Y-%m-%d') AS beschikbaar_sinds, omschrijving, url
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

// ---- Per standard: shares over time, first use, adopter categories, explanations -------------
// (the pages /standaarden/, /standaard/[id]/, /prioriteit/[n]/ and the municipality pages)

/**
 * Rogers' adopter categories in order of first use, each with the upper end of its slice of all
 * municipalities in per mille (exclusive): innovators 2.5 %, early adopters 13.5 % (to 16 %),
 * early majority 34 % (to 50 %), late majority 34 % (to 84 %), laggards 16 %.
 */
export const ADOPTER_CATEGORIES = [
	{ id: 'innovator', upto: 25 },
	{ id: 'vroege_adopter', upto: 160 },
	{ id: 'vroege_meerderheid', upto: 500 },
	{ id: 'late_meerderheid', upto: 840 },
	{ id: 'achterblijver', upto: 1000 }
] as const;

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
