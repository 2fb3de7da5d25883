/**
 * What the workshops need of a database: the shape `@communs/idea-box-server`'s `Database`
 * already has (PGlite or a `pg` pool), so the host passes its own and the workshops share its
 * connection pool, its data folder and its migrations run.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface WorkshopDatabase extends Queryable {
  readonly kind: "postgres" | "pglite";
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}
