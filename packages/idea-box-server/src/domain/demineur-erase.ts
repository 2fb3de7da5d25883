import type { Queryable } from "../db/db";

interface CheckPayload {
  data?: {
    check?: {
      id?: string;
      lead?: { displayName?: string | null };
      decision?: { decidedBy?: string | null } | null;
    };
    answer?: { id?: string; author?: { displayName?: string | null } };
  };
}

/**
 * The Démineur's part of erasing a person (called by `eraseUser`, in its transaction, before the
 * account loses its name): their named and team answers become anonymous, as their ideas do, and
 * the webhook delivery log forgets their name in the payloads of the checks they led or decided
 * and of their answers (matched by the rows' ids, not by the name alone).
 */
export async function eraseDemineurPerson(tx: Queryable, id: string, name: string | null) {
  if (name) {
    const candidates = await tx.query<{ id: string; payload: string }>(
      "select id, payload from webhook_deliveries where event like 'check.%' and strpos(payload, $1) > 0",
      [JSON.stringify(name).slice(1, -1)],
    );
    if (candidates.length > 0) {
      const [led, decided, answers] = await Promise.all([
        tx.query<{ id: string }>("select id from checks where lead_id = $1", [id]),
        tx.query<{ id: string }>("select id from checks where decided_by = $1", [id]),
        tx.query<{ id: string }>("select id from check_answers where author_id = $1", [id]),
      ]);
      const ledIds = new Set(led.map((row) => row.id));
      const decidedIds = new Set(decided.map((row) => row.id));
      const answerIds = new Set(answers.map((row) => row.id));
      for (const delivery of candidates) {
        const payload = JSON.parse(delivery.payload) as CheckPayload;
        const { check, answer } = payload.data ?? {};
        if (check?.id && ledIds.has(check.id) && check.lead?.displayName === name)
          check.lead.displayName = null;
        if (check?.id && decidedIds.has(check.id) && check.decision?.decidedBy === name)
          check.decision.decidedBy = null;
        if (answer?.id && answerIds.has(answer.id) && answer.author?.displayName === name)
          answer.author.displayName = null;
        const redacted = JSON.stringify(payload);
        if (redacted !== delivery.payload)
          await tx.query("update webhook_deliveries set payload = $2 where id = $1", [
            delivery.id,
            redacted,
          ]);
      }
    }
  }
  await tx.query(
    "update check_answers set authorship = 'anonymous', team_name = null where author_id = $1",
    [id],
  );
}
