import type { Migration } from "@communs/server";

/**
 * Migration 8: the Démineur (issue 16). Services of a box and the member's service; pre-project
 * checks with their services and questions; answers (one per person and check, authorship as
 * ideas: the author's id is kept for "mine", editing and erasure, never shown for an anonymous
 * or team answer), their supports and comments. A check's `search` is built like an idea's (title
 * A, problem B, intended solution C) so that `similarToCheck` finds ideas and checks by the same
 * French stems through GIN indexes; `title_norm` serves the trigram similarity that ranks them.
 * The `lead` role needs no change: `members.role` is free text.
 */
export const demineurMigration: Migration = {
  version: 8,
  name: "Démineur: services, pre-project checks, answers, their supports and comments",
  sql: `
create table services (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  slug text not null,
  label text not null,
  unique (box_id, slug)
);
alter table members add column service_id uuid references services(id) on delete set null;

create table checks (
  id uuid primary key default gen_random_uuid(),
  box_id uuid not null references boxes(id) on delete cascade,
  lead_id uuid references users(id) on delete set null,
  title text not null,
  problem text not null,
  intended_solution text not null default '',
  concerned text not null default '',
  decision_date date not null,
  closes_at timestamptz not null,
  idea_id uuid references ideas(id) on delete set null,
  verdict text,
  reason text,
  merge_with text,
  decided_at timestamptz,
  decided_by uuid references users(id) on delete set null,
  answer_count integer not null default 0,
  title_norm text not null,
  search tsvector not null,
  created_at timestamptz not null default now()
);
create index checks_box on checks(box_id, created_at desc, id desc);
create index checks_lead on checks(lead_id);
create index checks_search on checks using gin(search);

create table check_services (
  check_id uuid not null references checks(id) on delete cascade,
  service_id uuid not null references services(id) on delete cascade,
  primary key (check_id, service_id)
);
create table check_questions (
  id uuid primary key default gen_random_uuid(),
  check_id uuid not null references checks(id) on delete cascade,
  position integer not null,
  text text not null
);
create index check_questions_check on check_questions(check_id, position);

create table check_answers (
  id uuid primary key default gen_random_uuid(),
  check_id uuid not null references checks(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  authorship text not null,
  team_name text,
  service_id uuid references services(id) on delete set null,
  exists_answer text not null,
  exists_where text not null default '',
  ground_today text not null default '',
  would_use text not null,
  frequency text,
  risks jsonb not null default '[]',
  question_answers jsonb not null default '[]',
  support_count integer not null default 0,
  comment_count integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (check_id, author_id)
);
create index check_answers_author on check_answers(author_id);

create table answer_supports (
  answer_id uuid not null references check_answers(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (answer_id, user_id)
);
create index answer_supports_user on answer_supports(user_id);

create table answer_comments (
  id uuid primary key default gen_random_uuid(),
  answer_id uuid not null references check_answers(id) on delete cascade,
  parent_id uuid references answer_comments(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  body text not null,
  created_at timestamptz not null default now()
);
create index answer_comments_answer on answer_comments(answer_id, created_at);
create index answer_comments_author on answer_comments(author_id);
`,
};
