// Owns: every SQL statement of the maturity method. The same strings run in DuckDB under Node
// (prerender, tests) and in the browser worker. Column types come from data/datapackage.json.
// Conventions: output columns are cast to VARCHAR / INTEGER / DOUBLE / BOOLEAN (see engine.ts);
// dates leave SQL as 'YYYY-MM-DD' strings; scores are rounded to 9 decimals so ties are exact.
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

/** DuckDB `columns = {…}` argument giving each column of a resource its schema type (for read_csv). */
export function csvColumnsSql(name: ResourceName): string {
	return `{${resource(name)
		.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(SQL_TYPE[f.type])}`)
		.join(', ')}}`;
}

/**
 * Typed tables from raw ones: `raw_<name>` (an Arrow IPC stream inserted as is, see
 * data/arrow.ts) becomes `<name>` with the column types of data/datapackage.json.
 * Plus the status-value table of the method.
 */
export function createTablesSql(names: readonly ResourceName[]): string[] {
	const stmts = names.flatMap((name) => typedTableSql(name, `raw_${name}`, name));
	const values = Object.entries(STATUS_VALUES)
		.map(([s, v]) => `(${sqlString(s)}, ${v.toFixed(2)}::DOUBLE)`)
		.join(', ');
	stmts.push(`CREATE OR REPLACE TABLE statuswaarden AS SELECT * FROM (VALUES ${values}) t(status, waarde)`);
	return stmts;
}

/** CREATE a table `target` with the schema types of `name` from the raw table `raw`, then drop `raw`. */
export function typedTableSql(name: ResourceName, raw: string, target: string): string[] {
	const cols = resource(name)
		.schema.fields.map((f) => `CAST("${f.name}" AS ${SQL_TYPE[f.type]}) AS "${f.name}"`)
		.join(', ');
	return [`CREATE OR REPLACE TABLE ${target} AS SELECT ${cols} FROM ${raw}`, `DROP TABLE ${raw}`];
}

/**
 * Rows of a delivery (table adoptie) against the published adoption rows (table
 * published_adoptie), by key (peildatum, gemeentecode, standaard_id).
 */
export const DIFF_ROWS_SQL = `
	SELECT
		(SELECT count(*) FROM adoptie n ANTI JOIN published_adoptie p USING (peildatum, gemeentecode, standaard_id))::INTEGER AS nieuw,
		(SELECT count(*) FROM published_adoptie p ANTI JOIN adoptie n USING (peildatum, gemeentecode, standaard_id))::INTEGER AS ontbrekend,
		(SELECT count(*) FROM adoptie n JOIN published_adoptie p USING (peildatum, gemeentecode, standaard_id) WHERE n.status <> p.status)::INTEGER AS gewijzigd`;

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
function cellsCte(scope: Scope): string {
	return `
	reported AS (SELECT DISTINCT peildatum, gemeentecode FROM adoptie),
	std AS (SELECT standaard_id, gewicht, prioriteit, soort, beschikbaar_sinds FROM standaarden ${scopeWhere(scope)}),
	cells AS (
		SELECT r.peildatum, r.gemeentecode, s.standaard_id, s.prioriteit, s.soort, s.gewicht,
			coalesce(w.waarde, 0.0) AS waarde, a.status IS NULL AS ontbreekt
		FROM reported r
		JOIN std s ON s.beschikbaar_sinds <= r.peildatum
		LEFT JOIN adoptie a ON a.peildatum = r.peildatum AND a.gemeentecode = r.gemeentecode AND a.standaard_id = s.standaard_id
		LEFT JOIN statuswaarden w ON w.status = a.status
	)`;
}

/** Materialise scores with rank and percentile for a scope into table `name`. */
export function scoresTableSql(name: string, scope: Scope): string {
	return `
	CREATE OR REPLACE TABLE ${name} AS
	WITH ${cellsCte(scope)},
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
export function selectScoresSql(name: string): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, score::DOUBLE AS score,
		rang::INTEGER AS rang, n::INTEGER AS n, round(100 * percentiel, 6)::DOUBLE AS percentiel,
		n_standaarden::INTEGER AS n_standaarden, n_ontbrekend::INTEGER AS n_ontbrekend
	FROM ${name} ORDER BY peildatum, gemeentecode`;
}

/**
 * Per peildatum: count, mean and population SD of the scores (BRIEF: "population SD over all
 * municipalities at that peildatum"), min/max, and two quantiles (parameters ?1, ?2; linear
 * interpolation, quantile_cont) used by the quantile method.
 */
export function selectStatsSql(name: string): string {
	return `
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, count(*)::INTEGER AS n,
		avg(score)::DOUBLE AS mean, coalesce(stddev_pop(score), 0)::DOUBLE AS sd,
		min(score)::DOUBLE AS min, max(score)::DOUBLE AS max,
		quantile_cont(score, ?::DOUBLE)::DOUBLE AS q_low, quantile_cont(score, ?::DOUBLE)::DOUBLE AS q_high,
		median(score)::DOUBLE AS median
	FROM ${name} GROUP BY peildatum ORDER BY peildatum`;
}

/**
 * Scores per dimension (GGU priority or kind) for the given municipalities (comma-separated
 * codes in ?1, or all when ?1 is empty) at every peildatum.
 */
export function selectDimensionScoresSql(dim: 'prioriteit' | 'soort'): string {
	return `
	WITH ${cellsCte({})}
	SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, gemeentecode, ${dim}::VARCHAR AS dim,
		round(sum(gewicht * waarde) / sum(gewicht), ${SCORE_DECIMALS})::DOUBLE AS score,
		count(*)::INTEGER AS n_standaarden
	FROM cells
	WHERE ?::VARCHAR = '' OR list_contains(string_split(?::VARCHAR, ','), gemeentecode)
	GROUP BY peildatum, gemeentecode, ${dim}
	ORDER BY peildatum, gemeentecode, ${dim}`;
}

/** The status of one municipality (?1) for every standard available at every peildatum it reported. */
export function selectStatusesSql(): string {
	return `
	WITH ${cellsCte({})}
	SELECT strftime(c.peildatum, '%Y-%m-%d') AS peildatum, c.standaard_id, c.gewicht::DOUBLE AS gewicht,
		c.waarde::DOUBLE AS waarde, coalesce(a.status, 'ontbreekt') AS status
	FROM cells c
	LEFT JOIN adoptie a ON a.peildatum = c.peildatum AND a.gemeentecode = c.gemeentecode AND a.standaard_id = c.standaard_id
	WHERE c.gemeentecode = ?::VARCHAR
	ORDER BY c.peildatum, c.standaard_id`;
}

/**
 * Adoption among a peer group (comma-separated codes in ?1) at peildatum ?2, per standard available
 * then: how many peers reported, how many use it (in_gebruik), and how many are at least in
 * implementation. Only peers that reported at that peildatum count.
 */
export function selectPeerAdoptionSql(): string {
	return `
	WITH ${cellsCte({})},
	peer AS (SELECT * FROM cells WHERE list_contains(string_split(?::VARCHAR, ','), gemeentecode) AND peildatum = ?::DATE)
	SELECT p.standaard_id, count(*)::INTEGER AS n_peers,
		count_if(a.status = 'in_gebruik')::INTEGER AS n_in_gebruik,
		count_if(a.status IN ('in_gebruik', 'in_implementatie'))::INTEGER AS n_actief
	FROM peer p
	LEFT JOIN adoptie a ON a.peildatum = p.peildatum AND a.gemeentecode = p.gemeentecode AND a.standaard_id = p.standaard_id
	GROUP BY p.standaard_id ORDER BY p.standaard_id`;
}

/** National adoption per standard and peildatum: share in each status among reporting municipalities. */
export function selectStandardAdoptionSql(): string {
	return `
	WITH ${cellsCte({})}
	SELECT strftime(c.peildatum, '%Y-%m-%d') AS peildatum, c.standaard_id, count(*)::INTEGER AS n,
		count_if(a.status = 'in_gebruik')::INTEGER AS n_in_gebruik,
		count_if(a.status = 'in_implementatie')::INTEGER AS n_in_implementatie,
		count_if(a.status = 'gepland')::INTEGER AS n_gepland,
		count_if(a.status = 'niet_gestart' OR a.status IS NULL)::INTEGER AS n_niet_gestart
	FROM cells c
	LEFT JOIN adoptie a ON a.peildatum = c.peildatum AND a.gemeentecode = c.gemeentecode AND a.standaard_id = c.standaard_id
	GROUP BY c.peildatum, c.standaard_id ORDER BY c.peildatum, c.standaard_id`;
}

/** Status of every municipality for one standard (?1) at every peildatum (for colouring the map by standard). */
export function selectStandardStatusSql(): string {
	return `
	WITH ${cellsCte({})}
	SELECT strftime(c.peildatum, '%Y-%m-%d') AS peildatum, c.gemeentecode, coalesce(a.status, 'ontbreekt') AS status
	FROM cells c
	LEFT JOIN adoptie a ON a.peildatum = c.peildatum AND a.gemeentecode = c.gemeentecode AND a.standaard_id = c.standaard_id
	WHERE c.standaard_id = ?::VARCHAR
	ORDER BY c.peildatum, c.gemeentecode`;
}

export const SELECT_GEMEENTEN_SQL = `
	SELECT gemeentecode, gemeentenaam, provinciecode, provincienaam, inwoners::INTEGER AS inwoners,
		grootteklasse, oppervlakte_km2::DOUBLE AS oppervlakte_km2
	FROM gemeenten ORDER BY gemeentecode`;

export const SELECT_STANDAARDEN_SQL = `
	SELECT standaard_id, naam, prioriteit::INTEGER AS prioriteit, soort, gewicht::DOUBLE AS gewicht,
		strftime(beschikbaar_sinds, '%Y-%m-%d') AS beschikbaar_sinds, omschrijving, url
	FROM standaarden ORDER BY prioriteit, naam`;

export const SELECT_PEILDATA_SQL = `SELECT DISTINCT strftime(peildatum, '%Y-%m-%d') AS peildatum FROM adoptie ORDER BY 1`;

/** Row counts per table, for the data page and the loader summary. */
export const SELECT_COUNTS_SQL = `
	SELECT (SELECT count(*) FROM gemeenten)::INTEGER AS gemeenten, (SELECT count(*) FROM standaarden)::INTEGER AS standaarden,
		(SELECT count(*) FROM adoptie)::INTEGER AS adoptie`;

/** Share of adoption rows whose source is the synthetic generator (bron = 'synthetisch'). */
export const SELECT_SYNTHETIC_SQL = `
	SELECT count_if(bron = 'synthetisch')::INTEGER AS synthetic, count(*)::INTEGER AS total FROM adoptie`;
