import { runMigrations, type Migration, type MigrationSet } from "@communs/server";
import type { Database } from "./db";
import { demineurMigration } from "./migration-demineur";
import { similarByWords } from "./migration-similar-words";
import { boxNotify } from "./migration-box-notify";
import { adminMigration } from "./migration-admin";

/** Versioned migrations: append only, never edit one that shipped. Same SQL on PGlite and PostgreSQL. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: "initial schema",
    sql: `
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table users (
  id uuid primary key default gen_random_uuid(),
  email text unique,
  display_name text,
  password_hash text,
  oidc_issuer text,
  oidc_sub text,
  platform_admin boolean not null default false,
  digest text not null default 'off',
  erased_at timestamptz,
  created_at timestamptz not null default now(),
  unique (oidc_issuer, oidc_sub)
);

create table sessions (
  id_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index sessions_user on sessions(user_id);

create table oidc_states (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  return_to text not null,
  expires_at timestamptz not null
);

create table rate_limits (
  key text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (key, window_start)
);

create table boxes (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  name text not null,
  description text not null default '',
  visibility text not null default 'members',
  created_at timestamptz not null default now()
);

create table themes (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  slug text not null,
  label text not null,
  unique (box_id, slug)
);
create table scopes (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  slug text not null,
  label text not null,
  unique (box_id, slug)
);
create table statuses (
  box_id uuid not null references boxes(id) on delete cascade,
  key text not null,
  label text not null,
  position integer not null,
  requires_reason boolean not null default false,
  final boolean not null default false,
  primary key (box_id, key)
);

create table members (
  box_id uuid not null references boxes(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  role text not null,
  blocked_at timestamptz,
  blocked_reason text,
  primary key (box_id, user_id)
);
create index members_user on members(user_id);

create table ideas (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  authorship text not null,
  team_name text,
  title text not null,
  problem text not null,
  solution text not null default '',
  concerned text not null default '',
  scope_id uuid not null references scopes(id),
  theme_id uuid references themes(id),
  status text not null default 'submitted',
  support_count integer not null default 0,
  comment_count integer not null default 0,
  follower_count integer not null default 0,
  hidden_at timestamptz,
  hidden_reason text,
  merged_into uuid references ideas(id),
  title_norm text not null,
  search tsvector not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ideas_recent on ideas(box_id, created_at desc, id desc);
create index ideas_supported on ideas(box_id, support_count desc, id desc);
create index ideas_author on ideas(author_id);
create index ideas_search on ideas using gin(search);
create index ideas_title_trgm on ideas using gin(title_norm gin_trgm_ops);

create table status_history (
  id uuid primary key default gen_random_uuid(),
  idea_id uuid not null references ideas(id) on delete cascade,
  status text not null,
  response text not null default '',
  changed_by uuid references users(id) on delete set null,
  at timestamptz not null default now()
);
create index status_history_idea on status_history(idea_id, at);

create table comments (
  id uuid primary key default gen_random_uuid(),
  idea_id uuid not null references ideas(id) on delete cascade,
  parent_id uuid references comments(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  body text not null,
  hidden_at timestamptz,
  hidden_reason text,
  created_at timestamptz not null default now()
);
create index comments_idea on comments(idea_id, created_at);
create index comments_author on comments(author_id);

create table supports (
  idea_id uuid not null references ideas(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (idea_id, user_id)
);
create index supports_user on supports(user_id);

create table follows (
  idea_id uuid not null references ideas(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  primary key (idea_id, user_id)
);
create index follows_user on follows(user_id);

create table reports (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  target_kind text not null,
  target_id uuid not null,
  reporter_id uuid references users(id) on delete set null,
  reason text not null,
  details text not null default '',
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolution text
);
create index reports_open on reports(box_id, created_at) where resolved_at is null;

create table audit_log (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  actor_id uuid references users(id) on delete set null,
  action text not null,
  target_kind text not null,
  target_id text not null,
  reason text not null default '',
  at timestamptz not null default now()
);
create index audit_box on audit_log(box_id, at desc);

create table webhooks (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  url text not null,
  secret text not null,
  events text[] not null,
  created_at timestamptz not null default now()
);
create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  webhook_id uuid not null references webhooks(id) on delete cascade,
  event text not null,
  payload text not null,
  attempts integer not null default 0,
  state text not null default 'pending',
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now()
);
create index webhook_deliveries_due on webhook_deliveries(next_attempt_at) where state = 'pending';
`,
  },
  {
    version: 2,
    name: "e-mail notifications to followers",
    sql: `
create table email_notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  mode text not null,
  event text not null,
  idea_id uuid references ideas(id) on delete set null,
  subject text not null,
  body text not null,
  state text not null default 'pending',
  attempts integer not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index email_notifications_due on email_notifications(mode, next_attempt_at) where state = 'pending';
create index email_notifications_user on email_notifications(user_id) where state = 'pending';
`,
  },
  {
    version: 3,
    name: "similar ideas by nearest trigram distance",
    // A GiST trigram index serves "the five nearest titles" (ORDER BY <-> LIMIT) without scoring
    // every idea that passes the similarity threshold, which the GIN index had to.
    sql: `
create index ideas_title_trgm_gist on ideas using gist(title_norm gist_trgm_ops);
drop index if exists ideas_title_trgm;
`,
  },
  {
    version: 4,
    name: "verified e-mail addresses, embed role per box",
    // OIDC identities stay keyed by (oidc_issuer, oidc_sub); an address a provider asserted
    // counts as verified, a local one only after its link is followed.
    sql: `
alter table users add column email_verified_at timestamptz;
update users set email_verified_at = created_at where oidc_sub is not null and email is not null;
create table email_verifications (
  token_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  email text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index email_verifications_user on email_verifications(user_id);
alter table boxes add column embed_role text not null default 'agent' check (embed_role in ('agent', 'moderator', 'admin'));
`,
  },
  {
    version: 5,
    name: "blocks of the hidden author of an anonymous or team idea",
    // A block through an anonymous or team idea (or such an author's comment on it) is kept apart
    // from members.blocked_at: the members list shows it as "the author of idea X", never by name.
    sql: `
create table author_blocks (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  target_kind text not null,
  target_id uuid not null,
  reason text not null,
  blocked_by uuid references users(id) on delete set null,
  blocked_at timestamptz not null default now(),
  unique (box_id, target_kind, target_id)
);
create index author_blocks_user on author_blocks(box_id, user_id);
`,
  },
  {
    version: 6,
    name: "last activity of accounts, for the inactive-account retention",
    // Accounts are erased after RETENTION_INACTIVE_ACCOUNT_DAYS without activity. Existing
    // accounts start from their latest session (or their creation), never from the migration.
    sql: `
alter table users add column last_seen_at timestamptz;
update users set last_seen_at = coalesce((select max(s.created_at) from sessions s where s.user_id = users.id), created_at);
alter table users alter column last_seen_at set default now();
alter table users alter column last_seen_at set not null;
create index users_last_seen on users(last_seen_at) where erased_at is null;
`,
  },
  {
    version: 7,
    name: "similar ideas: near duplicates first, in one round trip",
    // Similar ideas are asked for while a title is typed, to find a duplicate. A GIN trigram
    // index with a strict threshold (0.6) finds close titles among few candidates; only when it
    // finds fewer than asked does migration 3's nearest-first GiST scan at the usual threshold
    // (0.3) look for the rest. Same answer as that GiST query alone: whatever is closer than 0.6
    // ranks first. The GIN index is on lower(title_norm), the same trigrams (pg_trgm folds case
    // and title_norm is lower case already), so that only the first query can use it. The SET
    // clauses restore the caller's threshold on exit; custom plans keep the planner aware of the
    // title (a generic plan, after five calls, scanned the whole table).
    sql: `
create index ideas_title_trgm_close on ideas using gin(lower(title_norm) gin_trgm_ops);
create function similar_ideas(p_box uuid, p_title text, p_limit integer)
returns table (id uuid, title text, status text, similarity real)
language plpgsql
set pg_trgm.similarity_threshold = 0.3
set plan_cache_mode = force_custom_plan
as $fn$
-- The runner splits statements at a ";" that ends a line: none does in this body.
declare
  wanted text := lower(unaccent(p_title)); -- titleNormExpression in idea-rows.ts
  found integer; begin
  perform set_config('pg_trgm.similarity_threshold', '0.6', true); return query
    select i.id, i.title, i.status, similarity(i.title_norm, wanted)
      from ideas i
     where i.box_id = p_box and i.hidden_at is null and i.merged_into is null
       and lower(i.title_norm) % wanted
     order by lower(i.title_norm) <-> wanted limit p_limit; get diagnostics found = row_count
  ; if found >= p_limit then return; end if
  -- The rest, after the close titles already returned (the comparison is the operator's own).
  ; perform set_config('pg_trgm.similarity_threshold', '0.3', true); return query
    select i.id, i.title, i.status, similarity(i.title_norm, wanted)
      from ideas i
     where i.box_id = p_box and i.hidden_at is null and i.merged_into is null
       and i.title_norm % wanted and similarity(i.title_norm, wanted)::float8 < 0.6::float8
     order by i.title_norm <-> wanted limit p_limit - found; end
$fn$;
`,
  },
  demineurMigration,
  {
    version: 9,
    name: "sign-in pages: password reset links, the provider's ID token for logout",
    // Reset links are single use: the database keeps only their SHA-256 (password-reset.ts). The
    // ID token of an OIDC sign-in stays with its session, as the id_token_hint of the provider's
    // logout; oidc_logouts holds the state and return path of a logout sent to the provider.
    sql: `
create table password_resets (
  token_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index password_resets_user on password_resets(user_id);
alter table sessions add column oidc_id_token text;
create table oidc_logouts (
  state text primary key,
  return_to text not null,
  expires_at timestamptz not null
);
`,
  },
  adminMigration,
  similarByWords,
  boxNotify,
];

/**
 * The idea box's set: recorded in `schema_migrations` under advisory lock 727274, the table and
 * lock it has always had (ADR 0003: the runner moved to `@communs/server`, the versions did not).
 */
export const ideaBoxMigrations: MigrationSet = {
  table: "schema_migrations",
  lockKey: 727274,
  migrations,
};

/** Applies pending migrations, each in its own transaction, under an advisory lock (safe with several instances). */
export const migrate = (db: Database): Promise<number[]> => runMigrations(db, ideaBoxMigrations);
