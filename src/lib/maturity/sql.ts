// Owns: every SQL statement of the maturity method. The same strings run in DuckDB under Node
// (prerender, tests) and in the browser worker. Column types come from data/datapackage.json.
// Split: sql-base (quoting), sql-catalogue (the tables as they are), sql-standard (standards
// pages), re-exported here. Only maturity/ imports them; pages ask queries.ts & co. by name.
// Conventions: output columns are cast to VARCHAR / INTEGER / DOUBLE / BOOLEAN (see engine.ts);
// dates leave SQL as 'YYYY-MM-DD' strings; scores are rounded to 9 decimals so ties are exact.
// Every statement takes the DuckDB schema (`ns`) that holds the dataset: `main` for the
// published data, another for a data steward's delivery, so both can be loaded side by side.
import { KINDS, PRIORITIES, resource, type FieldType, type ResourceName } from '../data/schema';

export { SCORE_DECIMALS, STATUS_VALUES, scopeKey, type Division, type Scope } from './scoring';
import { SCORE_DECIMALS, STATUS_VALUES, scopeKey, type Division, type Scope } from './scoring';

/** A scores table's last columns: each score's rank, the number of scores and its percentile, within its peildatum. */
const RANKED = `rank() OVER (PARTITION BY peildatum ORDER BY score DESC) AS rang,
		count(*) OVER (PARTITION BY peildatum) AS n,
		percent_rank() OVER (PARTITION BY peildatum ORDER BY score ASC) AS percentiel`;

const SQL_TYPE: Record<FieldType, string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', date: 'DATE' };

export { q, sqlString, type Namespace } from './sql-base';
export * from './sql-catalogue';
export * from './sql-diff';
export * from './sql-standard';
import { IDENT, q, sqlString, type Namespace } from './sql-base';

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
		${RANKED}
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
		${RANKED}
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
