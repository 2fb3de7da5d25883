import type { WorkshopDatabase } from "./db";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface MigrationSet {
  /** The table that records applied versions of this set (one per tool: its own namespace). */
  table: string;
  /** Advisory lock key: instances starting together apply each migration once. */
  lockKey: number;
  migrations: readonly Migration[];
}

/**
 * Applies the pending migrations of a set, each in its own transaction under an advisory lock
 * (safe with several instances). The same runner as the idea box's, with the table and lock of
 * the set, so each tool keeps its own versions.
 */
export async function runMigrations(db: WorkshopDatabase, set: MigrationSet): Promise<number[]> {
  if (!/^[a-z_]+$/.test(set.table)) throw new TypeError(`bad migrations table name ${set.table}`);
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

/** Our migrations hold no functions or quoted semicolons, so `;` at a line end splits them. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * The workshops' tables, all prefixed `sonar_`. Append only: never edit one that shipped.
 * `facilitator_id` is the host's user id, kept as text: the host's users table is not ours.
 */
export const workshopMigrations: MigrationSet = {
  table: "sonar_schema_migrations",
  lockKey: 727275,
  migrations: [
    {
      version: 1,
      name: "workshops and participants",
      sql: `
create table sonar_workshops (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  facilitator_id text not null,
  title text not null,
  edition_id text not null,
  edition_version text not null,
  edition_title jsonb not null,
  shipped boolean not null,
  definition jsonb not null,
  locale text not null,
  status text not null default 'open',
  seq bigint not null default 0,
  created_at timestamptz not null default now(),
  last_activity_at timestamptz not null default now(),
  closed_at timestamptz,
  erased_at timestamptz,
  kept_summary jsonb
);
create index sonar_workshops_facilitator on sonar_workshops (facilitator_id, created_at desc);
create index sonar_workshops_activity on sonar_workshops (last_activity_at) where erased_at is null;

create table sonar_participants (
  id uuid primary key default gen_random_uuid(),
  workshop_id uuid not null references sonar_workshops(id) on delete cascade,
  token_hash text not null unique,
  nickname text,
  answers jsonb not null default '{}',
  result jsonb,
  answered_at timestamptz,
  created_at timestamptz not null default now()
);
create index sonar_participants_workshop on sonar_participants (workshop_id);
`,
    },
    {
      version: 2,
      name: "participant tokens unique per workshop (a client may make its own)",
      sql: `
alter table sonar_participants drop constraint sonar_participants_token_hash_key;
create unique index sonar_participants_workshop_token on sonar_participants (workshop_id, token_hash);
`,
    },
  ],
};

/** Creates or updates the workshops' tables. */
export const migrateWorkshops = (db: WorkshopDatabase) => runMigrations(db, workshopMigrations);
