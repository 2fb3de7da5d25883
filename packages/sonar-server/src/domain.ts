import { createHash, randomBytes, randomInt } from "node:crypto";
import {
  aggregate,
  compare,
  encodeShareCode,
  sanitize,
  scoreAnswers,
  checkAnswer,
  type Answers,
  type SonarDefinition,
  type SonarResult,
  type TeamSummary,
} from "@communs/sonar";
import { validateDefinition } from "@communs/sonar/validate";
import {
  joinCodeAlphabet,
  joinCodeLength,
  participantTokenPattern,
  type JoinInfo,
  type MyResponse,
  type Participation,
  type ResponseRow,
  type Workshop,
  type WorkshopBoard,
  type WorkshopComparison,
  type WorkshopCreate,
  type WorkshopExport,
  type WorkshopFieldIssue,
  type WorkshopStatus,
} from "@communs/sonar/workshop";
import type { Queryable, WorkshopDatabase } from "./db";
import type { WorkshopNotifier } from "./notifier";
import { WorkshopHttpError } from "./problem";
import { shippedEditions } from "./editions";
import type { WorkshopSettings } from "./settings";

export interface DomainDeps {
  db: WorkshopDatabase;
  notifier: WorkshopNotifier;
  settings: WorkshopSettings;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");
const iso = (value: Date | string | null) =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();
const emptySummary = (): TeamSummary => ({
  respondents: 0,
  styles: {},
  stages: {},
  axes: [],
  disagreement: [],
});

interface WorkshopRow {
  id: string;
  code: string;
  facilitator_id: string;
  title: string;
  edition_id: string;
  edition_version: string;
  edition_title: Record<string, string>;
  shipped: boolean;
  locale: string;
  status: WorkshopStatus;
  seq: number | string;
  created_at: Date;
  last_activity_at: Date;
  closed_at: Date | null;
  erased_at: Date | null;
  kept_summary: TeamSummary | null;
  participants: number | string;
  respondents: number | string;
}

const workshopColumns = `w.id, w.code, w.facilitator_id, w.title, w.edition_id, w.edition_version,
  w.edition_title, w.shipped, w.locale, w.status, w.seq, w.created_at, w.last_activity_at,
  w.closed_at, w.erased_at, w.kept_summary,
  (select count(*) from sonar_participants p where p.workshop_id = w.id)::int as participants,
  (select count(*) from sonar_participants p where p.workshop_id = w.id and p.result is not null)::int as respondents`;

export function joinUrl(settings: WorkshopSettings, code: string): string {
  return settings.joinUrl.replaceAll("{code}", encodeURIComponent(code));
}

function toWorkshop(row: WorkshopRow, settings: WorkshopSettings): Workshop {
  const lastActivity = new Date(row.last_activity_at);
  const erasedAt = iso(row.erased_at);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    edition: {
      id: row.edition_id,
      version: row.edition_version,
      title: row.edition_title,
      shipped: row.shipped,
    },
    locale: row.locale,
    joinUrl: joinUrl(settings, row.code),
    participants: Number(row.participants),
    respondents: erasedAt ? (row.kept_summary?.respondents ?? 0) : Number(row.respondents),
    createdAt: iso(row.created_at)!,
    lastActivityAt: lastActivity.toISOString(),
    closedAt: iso(row.closed_at),
    eraseAfter:
      settings.retentionDays === null || erasedAt
        ? null
        : new Date(lastActivity.getTime() + settings.retentionDays * 86_400_000).toISOString(),
    erasedAt,
  };
}

function newCode(): string {
  let code = "";
  for (let index = 0; index < joinCodeLength; index++)
    code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "23505";

/** Loads a workshop of this facilitator; another's or a missing one is 404 alike. */
async function ownWorkshop(q: Queryable, facilitatorId: string, id: string): Promise<WorkshopRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new WorkshopHttpError("not-found");
  const rows = await q.query<WorkshopRow>(
    `select ${workshopColumns} from sonar_workshops w where w.id = $1 and w.facilitator_id = $2`,
    [id, facilitatorId],
  );
  if (!rows[0]) throw new WorkshopHttpError("not-found");
  return rows[0];
}

/** Bumps the workshop's seq (the board's event id) and announces the change. */
async function touch(deps: DomainDeps, tx: Queryable, workshopId: string, activity = true) {
  await tx.query(
    `update sonar_workshops set seq = seq + 1${activity ? ", last_activity_at = now()" : ""} where id = $1`,
    [workshopId],
  );
  await deps.notifier.inTransaction(tx, workshopId);
}

export async function createWorkshop(
  deps: DomainDeps,
  facilitatorId: string,
  input: WorkshopCreate,
): Promise<Workshop> {
  let definition: SonarDefinition;
  let shipped: boolean;
  if ((input.edition === undefined) === (input.definition === undefined)) {
    throw new WorkshopHttpError("validation", {
      detail: "give either `edition` (a shipped edition id) or `definition`, not both",
      errors: [{ pointer: "/body", code: "edition_or_definition" }],
    });
  }
  if (input.edition !== undefined) {
    const found = shippedEditions.get(input.edition);
    if (!found)
      throw new WorkshopHttpError("validation", {
        detail: `unknown edition "${input.edition}"; shipped: ${[...shippedEditions.keys()].join(", ")}`,
        errors: [
          {
            pointer: "/body/edition",
            code: "unknown_edition",
            params: { known: [...shippedEditions.keys()] },
          },
        ],
      });
    definition = found;
    shipped = true;
  } else {
    const validation = validateDefinition(input.definition);
    if (!validation.ok)
      throw new WorkshopHttpError("invalid-definition", {
        detail: `the definition has ${validation.issues.length} problem(s)`,
        issues: validation.issues,
      });
    definition = validation.definition;
    shipped = false;
  }
  const locale =
    input.locale ??
    (definition.edition.locales.includes("fr") ? "fr" : definition.edition.locales[0]!);
  if (!definition.edition.locales.includes(locale))
    throw new WorkshopHttpError("validation", {
      detail: `the edition speaks ${definition.edition.locales.join(", ")}, not ${locale}`,
      errors: [
        {
          pointer: "/body/locale",
          code: "unknown_locale",
          params: { locales: definition.edition.locales },
        },
      ],
    });
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await deps.db.transaction(async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `insert into sonar_workshops (code, facilitator_id, title, edition_id, edition_version,
             edition_title, shipped, definition, locale)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [
            newCode(),
            facilitatorId,
            input.title.trim(),
            definition.edition.id,
            definition.edition.version,
            JSON.stringify(definition.edition.title),
            shipped,
            JSON.stringify(definition),
            locale,
          ],
        );
        return rows[0]!.id;
      });
      return toWorkshop(await ownWorkshop(deps.db, facilitatorId, id), deps.settings);
    } catch (error) {
      // 31^6 ≈ 887 million codes: a collision is rare, several in a row rarer still.
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}

export async function listWorkshops(deps: DomainDeps, facilitatorId: string) {
  const rows = await deps.db.query<WorkshopRow>(
    `select ${workshopColumns} from sonar_workshops w where w.facilitator_id = $1
      order by w.created_at desc, w.id`,
    [facilitatorId],
  );
  return { items: rows.map((row) => toWorkshop(row, deps.settings)) };
}

export async function getWorkshop(deps: DomainDeps, facilitatorId: string, id: string) {
  return toWorkshop(await ownWorkshop(deps.db, facilitatorId, id), deps.settings);
}

export async function setStatus(
  deps: DomainDeps,
  facilitatorId: string,
  id: string,
  status: WorkshopStatus,
): Promise<Workshop> {
  await ownWorkshop(deps.db, facilitatorId, id);
  const changed = await deps.db.transaction(async (tx) => {
    const rows = await tx.query<{ erased_at: Date | null }>(
      `update sonar_workshops set status = $2,
          closed_at = case when $2 = 'closed' then now() else null end
        where id = $1 and status <> $2 returning erased_at`,
      [id, status],
    );
    if (rows[0]?.erased_at && status === "open")
      throw new WorkshopHttpError("responses-erased", {
        detail: "the retention period erased this workshop's responses; create a new workshop",
      });
    if (rows.length > 0) await touch(deps, tx, id);
    return rows.length > 0;
  });
  if (changed) deps.notifier.afterCommit(id);
  return getWorkshop(deps, facilitatorId, id);
}

/**
 * Erases a person as facilitator: their workshops and, with them, every response (the
 * participants' rows go by cascade), inside the host's erasure transaction. `notifier` tells
 * connected boards (in the transaction on PostgreSQL); returns the ids for its after-commit step.
 */
export async function eraseFacilitator(
  tx: Queryable,
  facilitatorId: string,
  notifier: WorkshopNotifier | null = null,
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    "delete from sonar_workshops where facilitator_id = $1 returning id",
    [facilitatorId],
  );
  for (const { id } of rows) await notifier?.inTransaction(tx, id);
  return rows.map((row) => row.id);
}

export async function deleteWorkshop(deps: DomainDeps, facilitatorId: string, id: string) {
  await ownWorkshop(deps.db, facilitatorId, id);
  await deps.db.transaction(async (tx) => {
    await tx.query("delete from sonar_workshops where id = $1", [id]);
    await deps.notifier.inTransaction(tx, id);
  });
  deps.notifier.afterCommit(id);
}

/** The board of a workshop, read in one snapshot so its seq matches its counts. */
export async function readBoard(
  deps: DomainDeps,
  workshopId: string,
): Promise<WorkshopBoard | null> {
  return deps.db.transaction(async (tx) => {
    if (deps.db.kind === "postgres")
      await tx.query("set transaction isolation level repeatable read");
    const rows = await tx.query<WorkshopRow>(
      `select ${workshopColumns} from sonar_workshops w where w.id = $1`,
      [workshopId],
    );
    const row = rows[0];
    if (!row) return null;
    const participants = await tx.query<{ nickname: string | null; result: SonarResult | null }>(
      "select nickname, result from sonar_participants where workshop_id = $1",
      [workshopId],
    );
    const results = participants.flatMap((p) => (p.result ? [p.result] : []));
    const nicknames = participants
      .flatMap((p) => (p.nickname ? [p.nickname] : []))
      .sort((a, b) => a.localeCompare(b, row.locale));
    const summary = row.erased_at ? (row.kept_summary ?? emptySummary()) : aggregate(results);
    return {
      workshopId: row.id,
      code: row.code,
      title: row.title,
      status: row.status,
      seq: Number(row.seq),
      participants: participants.length,
      respondents: summary.respondents,
      nicknames,
      summary,
      updatedAt: new Date(row.last_activity_at).toISOString(),
      erasedAt: iso(row.erased_at),
    };
  });
}

export async function getBoard(deps: DomainDeps, facilitatorId: string, id: string) {
  await ownWorkshop(deps.db, facilitatorId, id);
  const board = await readBoard(deps, id);
  if (!board) throw new WorkshopHttpError("not-found");
  return board;
}

/** Only the seq: what a board's keep-alive compares with the last board it sent. */
export async function currentSeq(db: Queryable, workshopId: string): Promise<number | null> {
  const rows = await db.query<{ seq: number | string }>(
    "select seq from sonar_workshops where id = $1",
    [workshopId],
  );
  return rows[0] ? Number(rows[0].seq) : null;
}

export async function exportWorkshop(
  deps: DomainDeps,
  facilitatorId: string,
  id: string,
): Promise<WorkshopExport> {
  const row = await ownWorkshop(deps.db, facilitatorId, id);
  const definitionRows = await deps.db.query<{ definition: SonarDefinition }>(
    "select definition from sonar_workshops where id = $1",
    [id],
  );
  const responses = await deps.db.query<{ id: string; answers: Answers; result: SonarResult }>(
    // Random ids: the order says nothing of who joined or answered first.
    "select id, answers, result from sonar_participants where workshop_id = $1 and result is not null order by id",
    [id],
  );
  const rows: ResponseRow[] = responses.map((r) => ({
    id: r.id,
    answers: r.answers,
    result: r.result,
  }));
  return {
    workshop: toWorkshop(row, deps.settings),
    definition: definitionRows[0]!.definition,
    summary: row.erased_at
      ? (row.kept_summary ?? emptySummary())
      : aggregate(rows.map((r) => r.result)),
    responses: rows,
    exportedAt: new Date().toISOString(),
  };
}

export async function compareWorkshops(
  deps: DomainDeps,
  facilitatorId: string,
  id: string,
  otherId: string,
): Promise<WorkshopComparison> {
  const [a, b] = await Promise.all([
    exportWorkshop(deps, facilitatorId, id),
    exportWorkshop(deps, facilitatorId, otherId),
  ]);
  if (a.workshop.edition.id !== b.workshop.edition.id)
    throw new WorkshopHttpError("validation", {
      detail: `the workshops use different editions (${a.workshop.edition.id}, ${b.workshop.edition.id}): their axes cannot be compared`,
      errors: [{ pointer: "/params/other", code: "different_edition" }],
    });
  const [before, after] = a.workshop.createdAt <= b.workshop.createdAt ? [a, b] : [b, a];
  const side = (x: WorkshopExport) => ({
    id: x.workshop.id,
    title: x.workshop.title,
    createdAt: x.workshop.createdAt,
    summary: x.summary,
  });
  return {
    before: side(before),
    after: side(after),
    comparison: compare(before.summary, after.summary),
  };
}

// ---------------------------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------------------------

interface JoinRow {
  id: string;
  title: string;
  status: WorkshopStatus;
  locale: string;
  erased_at: Date | null;
  code: string;
}

async function workshopByCode(q: Queryable, code: string): Promise<JoinRow> {
  const rows = await q.query<JoinRow>(
    "select id, code, title, status, locale, erased_at from sonar_workshops where code = $1",
    [code],
  );
  if (!rows[0]) throw new WorkshopHttpError("not-found", { detail: "no workshop has this code" });
  return rows[0];
}

export async function joinInfo(deps: DomainDeps, code: string): Promise<JoinInfo> {
  const rows = await deps.db.query<JoinRow & { definition: SonarDefinition }>(
    "select id, code, title, status, locale, erased_at, definition from sonar_workshops where code = $1",
    [code],
  );
  const row = rows[0];
  if (!row) throw new WorkshopHttpError("not-found", { detail: "no workshop has this code" });
  return {
    code: row.code,
    title: row.title,
    status: row.status,
    locale: row.locale,
    definition: row.definition,
  };
}

const newToken = () => `sp_${randomBytes(24).toString("base64url")}`;

interface ParticipantRow {
  id: string;
  workshop_id: string;
  nickname: string | null;
  answers: Answers;
  result: SonarResult | null;
  answered_at: Date | null;
}

async function participantByToken(
  q: Queryable,
  workshopId: string,
  token: string,
): Promise<ParticipantRow | null> {
  if (!token.startsWith("sp_") || token.length > 64) return null;
  const rows = await q.query<ParticipantRow>(
    `select id, workshop_id, nickname, answers, result, answered_at from sonar_participants
      where token_hash = $1 and workshop_id = $2`,
    [sha256(token), workshopId],
  );
  return rows[0] ?? null;
}

export async function join(
  deps: DomainDeps,
  code: string,
  input: { nickname?: string; participantToken?: string },
): Promise<Participation> {
  const workshop = await workshopByCode(deps.db, code);
  const resume = async (token: string): Promise<Participation | null> => {
    const found = await participantByToken(deps.db, workshop.id, token);
    return found
      ? {
          participantToken: token,
          nickname: found.nickname,
          resumed: true,
          status: workshop.status,
          answers: found.answers,
        }
      : null;
  };
  if (input.participantToken) {
    const resumed = await resume(input.participantToken);
    if (resumed) return resumed;
  }
  if (workshop.status !== "open")
    throw new WorkshopHttpError("workshop-closed", { detail: "the workshop is closed" });
  // A well-formed token the client made is adopted: a retried join names the same participant.
  const token =
    input.participantToken && participantTokenPattern.test(input.participantToken)
      ? input.participantToken
      : newToken();
  const nickname = input.nickname ?? null;
  try {
    await insertParticipant(deps, workshop.id, token, nickname);
  } catch (error) {
    // The same token joined at the same moment (a retry crossing the first attempt): one participant.
    if (isUniqueViolation(error)) {
      const resumed = await resume(token);
      if (resumed) return resumed;
    }
    throw error;
  }
  deps.notifier.afterCommit(workshop.id);
  return { participantToken: token, nickname, resumed: false, status: "open", answers: {} };
}

async function insertParticipant(
  deps: DomainDeps,
  workshopId: string,
  token: string,
  nickname: string | null,
) {
  const workshop = { id: workshopId };
  await deps.db.transaction(async (tx) => {
    // Locks the workshop row: the count below holds until commit.
    const locked = await tx.query<{ status: WorkshopStatus }>(
      "select status from sonar_workshops where id = $1 for update",
      [workshop.id],
    );
    if (locked[0]?.status !== "open")
      throw new WorkshopHttpError("workshop-closed", { detail: "the workshop is closed" });
    const count = await tx.query<{ n: number }>(
      "select count(*)::int as n from sonar_participants where workshop_id = $1",
      [workshop.id],
    );
    if (count[0]!.n >= deps.settings.maxParticipants)
      throw new WorkshopHttpError("workshop-full", {
        detail: `the workshop has reached ${deps.settings.maxParticipants} participants`,
      });
    await tx.query(
      "insert into sonar_participants (workshop_id, token_hash, nickname) values ($1, $2, $3)",
      [workshop.id, sha256(token), nickname],
    );
    await touch(deps, tx, workshop.id);
  });
}

/** The participant named by a Bearer token for this code (401 otherwise: nothing leaks). */
export async function authenticateParticipant(
  deps: DomainDeps,
  code: string,
  token: string | null,
): Promise<{ workshop: JoinRow; participant: ParticipantRow }> {
  if (!token)
    throw new WorkshopHttpError("unauthenticated", {
      detail: "send the participant token as `authorization: Bearer <participantToken>`",
    });
  const workshop = await workshopByCode(deps.db, code);
  const participant = await participantByToken(deps.db, workshop.id, token);
  if (!participant)
    throw new WorkshopHttpError("unauthenticated", {
      detail: "unknown participant token for this workshop (join again)",
    });
  return { workshop, participant };
}

async function definitionOf(q: Queryable, workshopId: string): Promise<SonarDefinition> {
  const rows = await q.query<{ definition: SonarDefinition }>(
    "select definition from sonar_workshops where id = $1",
    [workshopId],
  );
  return rows[0]!.definition;
}

function myResponse(
  definition: SonarDefinition,
  status: WorkshopStatus,
  p: ParticipantRow,
): MyResponse {
  return {
    answers: p.answers,
    nickname: p.nickname,
    result: p.result,
    shareCode: p.result ? encodeShareCode(definition, p.answers) : null,
    status,
    updatedAt: iso(p.answered_at),
  };
}

export async function getMyResponse(
  deps: DomainDeps,
  code: string,
  token: string | null,
): Promise<MyResponse> {
  const { workshop, participant } = await authenticateParticipant(deps, code, token);
  return myResponse(await definitionOf(deps.db, workshop.id), workshop.status, participant);
}

/** Checks every answer against the definition; every wrong one is reported with its pointer. */
export function checkAnswers(definition: SonarDefinition, answers: Answers): WorkshopFieldIssue[] {
  const byId = new Map(definition.questions.map((question) => [question.id, question]));
  const errors: WorkshopFieldIssue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const pointer = `/body/answers/${id.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const question = byId.get(id);
    if (!question) {
      errors.push({ pointer, code: "unknown_question" });
      continue;
    }
    if (value === null) continue;
    const problem = checkAnswer(question, value);
    if (problem)
      errors.push({
        pointer,
        code: problem.code,
        ...(problem.params ? { params: problem.params } : {}),
      });
  }
  return errors;
}

export async function submitResponse(
  deps: DomainDeps,
  code: string,
  token: string | null,
  input: { answers: Answers; nickname?: string | null },
): Promise<MyResponse> {
  const { workshop } = await authenticateParticipant(deps, code, token);
  const definition = await definitionOf(deps.db, workshop.id);
  const errors = checkAnswers(definition, input.answers);
  if (errors.length > 0) throw new WorkshopHttpError("validation", { errors });
  const answers = sanitize(definition, input.answers);
  const result = scoreAnswers(definition, answers);
  // An answer set with nothing answered does not make a respondent.
  const counted = result.answered > 0 ? result : null;
  const saved = await deps.db.transaction(async (tx) => {
    const open = await tx.query<{ status: WorkshopStatus }>(
      "update sonar_workshops set seq = seq + 1, last_activity_at = now() where id = $1 and status = 'open' returning status",
      [workshop.id],
    );
    if (open.length === 0)
      throw new WorkshopHttpError("workshop-closed", {
        detail: "the workshop is closed: answers are no longer taken",
      });
    const rows = await tx.query<ParticipantRow>(
      `update sonar_participants set answers = $3, result = $4,
          answered_at = now()${input.nickname !== undefined ? ", nickname = $5" : ""}
        where token_hash = $1 and workshop_id = $2
        returning id, workshop_id, nickname, answers, result, answered_at`,
      [
        sha256(token!),
        workshop.id,
        JSON.stringify(answers),
        counted === null ? null : JSON.stringify(counted),
        ...(input.nickname !== undefined ? [input.nickname] : []),
      ],
    );
    // Withdrawn meanwhile (another tab): nothing to save into.
    if (!rows[0])
      throw new WorkshopHttpError("unauthenticated", { detail: "the participant withdrew" });
    await deps.notifier.inTransaction(tx, workshop.id);
    return rows[0];
  });
  deps.notifier.afterCommit(workshop.id);
  return myResponse(definition, "open", saved);
}

export async function withdrawResponse(deps: DomainDeps, code: string, token: string | null) {
  const { workshop, participant } = await authenticateParticipant(deps, code, token);
  await deps.db.transaction(async (tx) => {
    await tx.query("delete from sonar_participants where id = $1", [participant.id]);
    await touch(deps, tx, workshop.id, false);
  });
  deps.notifier.afterCommit(workshop.id);
}

// ---------------------------------------------------------------------------------------------
// Retention
// ---------------------------------------------------------------------------------------------

/**
 * Erases the responses (and participants) of workshops idle for longer than the retention
 * period; keeps the workshop, closed, with the team summary at that moment (no individual data).
 * Returns the ids of the workshops erased.
 */
export async function eraseExpiredResponses(
  deps: DomainDeps,
  now: Date = new Date(),
): Promise<string[]> {
  if (deps.settings.retentionDays === null) return [];
  const cutoff = new Date(now.getTime() - deps.settings.retentionDays * 86_400_000);
  const due = await deps.db.query<{ id: string }>(
    "select id from sonar_workshops where erased_at is null and last_activity_at < $1 order by id",
    [cutoff.toISOString()],
  );
  const erased: string[] = [];
  for (const { id } of due) {
    const done = await deps.db.transaction(async (tx) => {
      const locked = await tx.query(
        "select 1 from sonar_workshops where id = $1 and erased_at is null and last_activity_at < $2 for update",
        [id, cutoff.toISOString()],
      );
      if (locked.length === 0) return false; // answered meanwhile, or erased by another instance
      const results = await tx.query<{ result: SonarResult }>(
        "select result from sonar_participants where workshop_id = $1 and result is not null",
        [id],
      );
      await tx.query(
        `update sonar_workshops set erased_at = now(), status = 'closed',
            closed_at = coalesce(closed_at, now()), kept_summary = $2 where id = $1`,
        [id, JSON.stringify(aggregate(results.map((r) => r.result)))],
      );
      await tx.query("delete from sonar_participants where workshop_id = $1", [id]);
      await touch(deps, tx, id, false);
      return true;
    });
    if (done) {
      deps.notifier.afterCommit(id);
      erased.push(id);
    }
  }
  return erased;
}
