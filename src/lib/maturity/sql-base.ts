// Owns: the two primitives every SQL module of the method shares: quoting a string literal and
// naming a table in a dataset's schema (checked, since identifiers cannot be bound as parameters).
export function sqlString(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** A dataset's DuckDB schema name (identifiers cannot be bound as parameters, so they are checked). */
export type Namespace = string;
export const IDENT = /^[a-z_][a-z0-9_]*$/;
/** A table in a dataset's schema, quoted; throws on a schema name that is not a plain identifier. */
export function q(ns: Namespace, table: string): string {
	if (!IDENT.test(ns) || !IDENT.test(table)) throw new Error(`Bad SQL identifier ${ns}.${table}`);
	return `${ns}.${table}`;
}
