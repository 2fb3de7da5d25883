import type { Database } from "@communs/server";

export type { Queryable, Row } from "@communs/server";

/**
 * What the workshops need of a database: the host's `Database` of `@communs/server` (PGlite or
 * a `pg` pool), without `close`: the host owns it, its pool, its data folder and its migrations run.
 */
export type WorkshopDatabase = Pick<Database, "kind" | "query" | "transaction">;
