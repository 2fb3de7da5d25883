import type { Database } from "./database";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** One tool's migrations: append only, never edit one that shipped. */
export interface MigrationSet {
  /** The table that records applied versions of this set (one per tool: its own namespace). */
  table: string;
  /** Advisory lock key: instances starting together apply each migration once. */
  lockKey: number;
  migrations: readonly Migration[];
}

/** What the runner needs of a database (a tool's own narrower `Database` shape fits). */
export type MigratableDatabase = Pick<Database, "query" | "transaction">;

/**
 * Applies the pending migrations of a set, each in its own transaction under an advisory lock
 * (safe with several instances), and returns the versions it applied. Each tool keeps its own
 * table and lock, so tools mounted on one database never see each other's versions.
 */
export async function runMigrations(db: MigratableDatabase, set: MigrationSet): Promise<number[]> {
  if (!/^[a-z_]+$/.test(set.table))
    throw new TypeError(
      `runMigrations: migrations table name ${JSON.stringify(set.table)} must match [a-z_]+`,
    );
  await db.query(
    `create table if not exists ${set.table} (version integer primary key, name text not null, applied_at timestamptz not null default now())`,
  );
  const applied: number[] = [];
  for (const migration of set.migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [set.lockKey]);
      const rows = await tx.query(`select 1 from ${set.table} where version = $1`, [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query(`insert into ${set.table} (version, name) values ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/**
 * The versions of a set not yet applied (all of them when its table does not exist yet): an
 * instance is ready to serve when this is empty.
 */
export async function pendingMigrations(
  db: Pick<Database, "query">,
  set: MigrationSet,
): Promise<number[]> {
  const [exists] = await db.query<{ found: boolean }>(
    "select to_regclass($1) is not null as found",
    [set.table],
  );
  if (!exists?.found) return set.migrations.map((migration) => migration.version);
  const rows = await db.query<{ version: number }>(`select version from ${set.table}`);
  const applied = new Set(rows.map((row) => Number(row.version)));
  return set.migrations.map((m) => m.version).filter((version) => !applied.has(version));
}

/** Our migrations hold no functions or quoted semicolons, so `;` at a line end splits them. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
