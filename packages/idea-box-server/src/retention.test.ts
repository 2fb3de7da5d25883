import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type RetentionSettings } from "./config";
import { purgeExpired } from "./retention";
import { createServer } from "./server";
import {
  openPublicBox,
  openTestDatabase,
  passwordLogin,
  postIdea,
  startHarness,
  testConfig,
  type TestClient,
  type TestHarness,
} from "./test/harness";

const day = 86_400_000;
/** The clock the purges are given: `days` after the real now. */
const later = (days: number) => new Date(Date.now() + days * day);
const box = { box: "retention" };
const all: RetentionSettings = {
  inactiveAccountDays: 400,
  notificationsDays: 90,
  webhookDeliveriesDays: 30,
  moderationDays: 365,
};

describe("retention settings", () => {
  it("have defaults (inactive accounts kept) and 0 keeps the data", () => {
    expect(loadConfig({}).retention).toEqual({
      inactiveAccountDays: null,
      notificationsDays: 90,
      webhookDeliveriesDays: 30,
      moderationDays: 365,
    });
    expect(loadConfig({}).purgeIntervalMs).toBe(3_600_000);
    const set = loadConfig({
      RETENTION_INACTIVE_ACCOUNT_DAYS: "730",
      RETENTION_NOTIFICATIONS_DAYS: "0",
      RETENTION_WEBHOOK_DELIVERIES_DAYS: " 7 ",
      RETENTION_MODERATION_DAYS: "",
      PURGE_INTERVAL_MS: "0",
    });
    expect(set.retention).toEqual({
      inactiveAccountDays: 730,
      notificationsDays: null,
      webhookDeliveriesDays: 7,
      moderationDays: 365,
    });
    expect(set.purgeIntervalMs).toBe(0);
  });

  it("reject what is not a whole number of days, each named", () => {
    let error: unknown;
    try {
      loadConfig({
        RETENTION_INACTIVE_ACCOUNT_DAYS: "-1",
        RETENTION_NOTIFICATIONS_DAYS: "90 days",
        RETENTION_WEBHOOK_DELIVERIES_DAYS: "2.5",
        RETENTION_MODERATION_DAYS: "99999",
        PURGE_INTERVAL_MS: "often",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^Invalid configuration:\n/);
    expect(message).toContain(
      '- RETENTION_INACTIVE_ACCOUNT_DAYS: a whole number of days (0 keeps the data) (got "-1")',
    );
    expect(message).toContain("- RETENTION_NOTIFICATIONS_DAYS: a whole number of days");
    expect(message).toContain("- RETENTION_WEBHOOK_DELIVERIES_DAYS: a whole number of days");
    expect(message).toContain("- RETENTION_MODERATION_DAYS: at most 36500 days");
    expect(message).toContain("- PURGE_INTERVAL_MS:");
  });
});

describe("retention purges and erasure", () => {
  let h: TestHarness;
  let admin: TestClient;
  let author: TestClient;
  let moderator: TestClient;
  let reader: TestClient;

  const idea = (client: TestClient, title: string, authorship = "named") =>
    postIdea(client, box.box, title, { authorship: { mode: authorship } });
  const countOf = async (sql: string, params: unknown[] = []) =>
    Number((await h.db.query<{ n: string }>(`select count(*) as n from ${sql}`, params))[0]!.n);
  const payloads = async () =>
    (await h.db.query<{ payload: string }>("select payload from webhook_deliveries")).map(
      (row) => row.payload,
    );

  beforeAll(async () => {
    h = await startHarness({ webhookAllowedHosts: ["127.0.0.1"] });
    admin = await h.platformAdmin("admin@retention.fr", "Admin Rétention");
    moderator = await h.person("modo@retention.fr", "Modo Rétention");
    reader = await h.person("lecteur@retention.fr", "Lecteur Rétention");
    await openPublicBox(admin, box.box, "Rétention");
    await admin.request("setMember", {
      params: { ...box, userId: moderator.userId! },
      body: { role: "moderator" },
    });
    await admin.request("createWebhook", {
      params: box,
      body: {
        url: "http://127.0.0.1:9/hook",
        events: ["idea.created", "idea.status_changed", "comment.created"],
      },
    });
  }, 300_000);
  afterAll(() => h.close());

  it("erasure takes the person's name out of the webhook delivery log, and only theirs", async () => {
    const person = await h.person("effacee@retention.fr", "Zéphyrine Effacée");
    const named = await idea(person, "Une idée signée à effacer");
    await person.request("createComment", {
      params: { ...box, id: named.id },
      body: { body: "Un commentaire signé de la personne." },
    });
    const others = await idea(reader, "Une idée d'un autre agent");
    await person.request("createComment", {
      params: { ...box, id: others.id },
      body: { body: "Un commentaire sur l'idée d'un autre." },
    });
    expect((await payloads()).filter((p) => p.includes("Zéphyrine Effacée")).length).toBe(3);
    const readerPayloads = (await payloads()).filter((p) => p.includes("Lecteur Rétention"));
    expect(readerPayloads.length).toBeGreaterThan(0);

    // A reset link asked for before the erasure goes with the account.
    await h.db.query(
      `insert into password_resets (token_hash, user_id, expires_at) values ('avant-effacement', $1, now() + interval '1 hour')`,
      [person.userId],
    );
    const erased = await person.raw("/me", {
      method: "DELETE",
      headers: { "x-csrf-token": (await person.request("session", {})).csrfToken! },
    });
    expect(erased.status).toBe(204);
    expect(await countOf("password_resets where user_id = $1", [person.userId])).toBe(0);
    const after = await payloads();
    expect(after.filter((p) => p.includes("Zéphyrine Effacée"))).toEqual([]);
    // Other people's names stay where they were: only the person's own entries are redacted.
    expect(after.filter((p) => p.includes("Lecteur Rétention")).length).toBe(readerPayloads.length);
    // The payloads stay valid JSON, with the author shown as the API now shows them.
    const redacted = after
      .map((p) => JSON.parse(p) as { data: { idea?: { id: string; author: unknown } } })
      .find((p) => p.data.idea?.id === named.id);
    expect(redacted?.data.idea?.author).toMatchObject({ displayName: null });
  });

  it("purges each kind of data after its own number of days, as of the clock it is given", async () => {
    author = await h.person("auteur@retention.fr", "Auteur Rétention");
    const first = await idea(author, "Une idée signalée puis masquée");
    await reader.request("reportIdea", {
      params: { ...box, id: first.id },
      body: { reason: "spam" },
    });
    const open = await idea(author, "Une idée signalée encore ouverte");
    await reader.request("reportIdea", {
      params: { ...box, id: open.id },
      body: { reason: "spam" },
    });
    await moderator.request("hideIdea", {
      params: { ...box, id: first.id },
      body: { reason: "Hors sujet" },
    });
    await moderator.request("block", {
      body: { target: { kind: "user", id: reader.userId! }, reason: "Signalements abusifs" },
      params: box,
    });
    // Deliveries: one delivered, the rest pending (the worker is off in tests).
    await h.db.query(
      "update webhook_deliveries set state = 'delivered' where id = (select id from webhook_deliveries order by created_at limit 1)",
    );
    const pendingDeliveries = await countOf("webhook_deliveries where state = 'pending'");
    await h.db.query(
      `insert into email_notifications (user_id, mode, event, subject, body, state, sent_at)
       values ($1, 'immediate', 'idea.created', 'Envoyé', 'Corps', 'sent', now()),
              ($1, 'immediate', 'idea.created', 'Abandonné', 'Corps', 'failed', null),
              ($1, 'daily', 'idea.created', 'En attente', 'Corps', 'pending', null)`,
      [author.userId],
    );
    await h.db.query(
      `insert into email_verifications (token_hash, user_id, email, expires_at)
       values ('expired-link', $1, 'auteur@retention.fr', now() + interval '48 hours')`,
      [author.userId],
    );
    await h.db.query(
      `insert into password_resets (token_hash, user_id, expires_at)
       values ('reset-link', $1, now() + interval '1 hour')`,
      [author.userId],
    );
    await h.db.query(
      `insert into oidc_states (state, code_verifier, nonce, return_to, expires_at)
       values ('expired-state', 'v', 'n', '/', now() + interval '10 minutes')`,
    );
    const settings = { ...all, inactiveAccountDays: null };

    const tomorrow = await purgeExpired(h.db, settings, later(1));
    expect(tomorrow).toMatchObject({
      emailVerifications: 0,
      passwordResets: 1,
      oidcStates: 1,
      webhookDeliveries: 0,
    });
    expect(await countOf("password_resets")).toBe(0);
    expect(await countOf("oidc_states")).toBe(0);
    const in3days = await purgeExpired(h.db, settings, later(3));
    expect(in3days).toMatchObject({ emailVerifications: 1, notifications: 0 });

    expect(await purgeExpired(h.db, settings, later(29))).toMatchObject({
      webhookDeliveries: 0,
      sessions: 0,
    });
    // Sessions last 30 days; delivered webhook deliveries are kept 30 days here.
    const month = await purgeExpired(h.db, settings, later(31));
    expect(month.webhookDeliveries).toBe(1);
    expect(month.sessions).toBeGreaterThan(0);
    expect(await countOf("sessions")).toBe(0);
    expect(await countOf("webhook_deliveries where state = 'pending'")).toBe(pendingDeliveries);

    expect((await purgeExpired(h.db, settings, later(89))).notifications).toBe(0);
    expect((await purgeExpired(h.db, settings, later(91))).notifications).toBe(2);
    expect(await countOf("email_notifications where user_id = $1", [author.userId])).toBe(1);

    const audit = await countOf("audit_log");
    expect(audit).toBeGreaterThanOrEqual(2);
    expect(await purgeExpired(h.db, settings, later(364))).toMatchObject({
      auditEntries: 0,
      resolvedReports: 0,
    });
    expect(await purgeExpired(h.db, settings, later(366))).toMatchObject({
      auditEntries: audit,
      resolvedReports: 1,
    });
    // The open report and the block in force are kept, whatever their age.
    expect(await countOf("reports where target_id = $1", [open.id])).toBe(1);
    expect(
      await countOf("members where user_id = $1 and blocked_at is not null", [reader.userId]),
    ).toBe(1);
    // Nothing is erased while the inactive-account setting is off.
    expect(await countOf("users where erased_at is not null")).toBe(1);
  });

  it("erases accounts inactive for the set number of days, through the erasure path", async () => {
    const inactive = await h.person("inactif@retention.fr", "Inès Inactive");
    const named = await idea(inactive, "Une idée d'une personne partie");
    const anonymous = await idea(inactive, "Une idée anonyme d'une personne partie", "anonymous");
    const active = await h.person("actif@retention.fr", "Aimé Actif");
    // Activity is recorded when a session is used (at most once an hour).
    await h.db.query("update users set last_seen_at = now() - interval '2 hours' where id = $1", [
      active.userId,
    ]);
    await active.request("session", {});
    const [seen] = await h.db.query<{ recent: boolean }>(
      "select last_seen_at > now() - interval '1 minute' as recent from users where id = $1",
      [active.userId],
    );
    expect(seen!.recent).toBe(true);
    await h.db.query("update users set last_seen_at = $2 where id = $1", [
      active.userId,
      later(300).toISOString(),
    ]);
    await h.db.query("update users set last_seen_at = now() - interval '3 days' where id = $1", [
      admin.userId,
    ]);
    const before = await countOf("users where erased_at is null");

    expect((await purgeExpired(h.db, all, later(399))).erasedAccounts).toBe(0);
    const report = await purgeExpired(h.db, all, later(401));
    // Everyone but the platform admin and the person active at day 300.
    expect(report.erasedAccounts).toBe(before - 2);
    const rows = await h.db.query<{ id: string; email: string | null; erased: boolean }>(
      "select id, email, erased_at is not null as erased from users where id = any($1)",
      [[inactive.userId, active.userId, admin.userId]],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(inactive.userId!)).toMatchObject({ email: null, erased: true });
    expect(byId.get(active.userId!)).toMatchObject({ erased: false });
    expect(byId.get(admin.userId!)).toMatchObject({ erased: false });
    // As after DELETE /me: the ideas stay, anonymous, and the name is gone from every table.
    const page = await h.client().request("getIdea", { params: { ...box, id: named.id } });
    expect(page.author).toMatchObject({ mode: "anonymous", displayName: null });
    expect((await h.client().request("getIdea", { params: { ...box, id: anonymous.id } })).id).toBe(
      anonymous.id,
    );
    expect((await payloads()).some((p) => p.includes("Inès Inactive"))).toBe(false);
    const login = await h.client().raw("/auth/login", passwordLogin("inactif@retention.fr"));
    expect(login.status).toBe(401);
  });
});

describe("the personal data export", () => {
  it("holds the reports filed, e-mails, status changes, moderation and blocks of the person only", async () => {
    const h = await startHarness();
    try {
      const admin = await h.platformAdmin("admin@export.fr", "Admin Export");
      const person = await h.person("personne@export.fr", "Personne Export");
      const reporter = await h.person("signale@export.fr", "Signaleur Export");
      await openPublicBox(admin, box.box, "Export");
      const post = (title: string, authorship: string) =>
        postIdea(person, box.box, title, { authorship: { mode: authorship } });
      const named = await post("Une idée signée exportée", "named");
      const anonymous = await post("Une idée anonyme exportée", "anonymous");
      await reporter.request("reportIdea", {
        params: { ...box, id: named.id },
        body: { reason: "off-topic", details: "Détail du signalement" },
      });
      await person.request("reportIdea", {
        params: { ...box, id: anonymous.id },
        body: { reason: "other", details: "Je signale ma propre idée" },
      });
      await admin.request("hideIdea", {
        params: { ...box, id: named.id },
        body: { reason: "Masquée par l'administration" },
      });
      await admin.request("block", {
        params: box,
        body: { target: { kind: "idea", id: anonymous.id }, reason: "Bloqué via l'idée anonyme" },
      });
      await h.db.query(
        `insert into email_notifications (user_id, mode, event, idea_id, subject, body, state, sent_at)
         values ($1, 'immediate', 'comment.created', $2, 'Nouveau commentaire', 'Texte du courriel', 'sent', now())`,
        [person.userId, named.id],
      );

      const mine = (await (await person.raw("/me/export")).json()) as Record<string, unknown[]>;
      expect(mine.reports).toEqual([
        expect.objectContaining({
          target: { kind: "idea", id: anonymous.id },
          details: "Je signale ma propre idée",
          resolvedAt: null,
        }),
      ]);
      expect(mine.notificationEmails).toEqual([
        expect.objectContaining({ subject: "Nouveau commentaire", body: "Texte du courriel" }),
      ]);
      expect(mine.statusChanges).toHaveLength(2);
      expect(mine.moderation).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: "idea.hidden",
            reason: "Masquée par l'administration",
          }),
          expect.objectContaining({
            action: "user.blocked",
            target: { kind: "idea", id: anonymous.id },
          }),
        ]),
      );
      expect(mine.blocks).toEqual([
        expect.objectContaining({
          through: { kind: "idea", id: anonymous.id },
          reason: "Bloqué via l'idée anonyme",
        }),
      ]);
      // Who else acted is not the person's data: neither the reporter nor the administrator.
      const text = JSON.stringify(mine);
      for (const other of [reporter.userId!, "Signaleur Export", admin.userId!, "Admin Export"])
        expect(text).not.toContain(other);
      // The reporter's export holds their report, not the author's moderation or e-mails.
      const theirs = (await (await reporter.raw("/me/export")).json()) as Record<string, unknown[]>;
      expect(theirs.reports).toEqual([
        expect.objectContaining({ details: "Détail du signalement" }),
      ]);
      expect(theirs.moderation).toEqual([]);
      expect(theirs.notificationEmails).toEqual([]);
      expect(JSON.stringify(theirs)).not.toContain(person.userId!);
    } finally {
      await h.close();
    }
  });
});

describe("the purge schedule", () => {
  it("runs without the webhook worker (WEBHOOK_INTERVAL_MS=0), at start and then on its own timer", async () => {
    const { db, drop } = await openTestDatabase();
    const server = await createServer(
      testConfig({ port: 0, webhookIntervalMs: 0, purgeIntervalMs: 60_000 }),
      { db },
    );
    try {
      await db.query(
        `insert into oidc_states (state, code_verifier, nonce, return_to, expires_at)
         values ('stale', 'v', 'n', '/', now() - interval '1 minute')`,
      );
      await server.listen();
      // The first purge runs as the server starts: poll for it rather than guess a delay.
      const deadline = Date.now() + 10_000;
      while ((await db.query("select 1 from oidc_states")).length > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await db.query("select 1 from oidc_states")).toEqual([]);
    } finally {
      await server.close();
      await drop();
    }
  });
});
