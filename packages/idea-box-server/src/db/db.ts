import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { openPglite as openSharedPglite, type Database } from "@communs/server";

export { openPostgres, type Database, type Queryable, type Row } from "@communs/server";

/**
 * Embedded PGlite, in memory or persisted (and locked) in `dataDir`, with the extensions the
 * idea box's migrations create: `pg_trgm` and `unaccent` for search.
 */
export const openPglite = (dataDir?: string): Promise<Database> =>
  openSharedPglite({ dataDir, extensions: { pg_trgm, unaccent } });
