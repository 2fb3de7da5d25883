import { runMigrations, type MigrationSet } from "@communs/server";
import type { WorkshopDatabase } from "./db";

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
