// E-mail notifications end to end: the server's own nodemailer transport (from SMTP_URL) talks
// SMTP to a real SMTP server (smtp-server) listening on 127.0.0.1, which records each message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { startHarness, type TestClient, type TestHarness } from "./test/harness";
import { sendDueNotifications, type MailTransport } from "./notifications";
import { quotedPrintable, startTestSmtp, type ReceivedMail, type TestSmtp } from "./test/smtp";

let h: TestHarness;
let smtp: TestSmtp;
let transport: MailTransport;
let received: ReceivedMail[] = [];
const box = { box: "mairie-mail" };
let admin: TestClient;
let author: TestClient;
let instant: TestClient;
let daily: TestClient;
let silent: TestClient;

const subjectOf = (message: ReceivedMail) => {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(message.raw)?.[1] ?? "";
  // RFC 2047 encoded words (nodemailer encodes non-ASCII subjects).
  return line
    .replace(/\r?\n[ \t]/g, "")
    .replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : quotedPrintable(text.replace(/_/g, " ")),
    );
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  received = smtp.received;
  h = await startHarness({ smtpUrl: smtp.url, smtpFrom: "idees@test.fr" });
  transport = nodemailer.createTransport(smtp.url) as MailTransport;
  admin = await h.platformAdmin("admin-mail@test.fr", "Admin Courriel");
  author = await h.person("autrice@test.fr", "Autrice");
  instant = await h.person("instant@test.fr", "Suit De Près");
  daily = await h.person("quotidien@test.fr", "Lit Le Soir");
  silent = await h.person("silence@test.fr", "Ne Veut Rien");
  await admin.request("createBox", {
    body: { slug: "mairie-mail", name: "Mairie courriel", visibility: "public" },
  });
  await instant.request("updateProfile", { body: { digest: "immediate" } });
  await daily.request("updateProfile", { body: { digest: "daily" } });
  await silent.request("updateProfile", { body: { digest: "off" } });
  // Registration sent each person an address-verification link; count notifications only.
  received.length = 0;
}, 300_000);
afterAll(async () => {
  await h.close();
  await smtp.stop();
});

const send = (now?: Date) =>
  sendDueNotifications(h.db, transport, {
    from: "idees@test.fr",
    publicUrl: h.server.config.publicUrl,
    sessionSecret: h.server.config.sessionSecret,
    ...(now ? { now } : {}),
  });

/** A header of a received message, unfolded (RFC 5322: the line breaks go, the spaces stay). */
const headerOf = (message: ReceivedMail, name: string) =>
  new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, "mi")
    .exec(message.raw)?.[1]
    ?.replace(/\r?\n/g, "")
    .trim() ?? null;

describe("e-mail notifications to followers", () => {
  it("sends at once to those who chose it, gathers a day for the daily digest, and none to others", async () => {
    const idea = await author.request("createIdea", {
      params: box,
      body: {
        title: "Des bancs devant la médiathèque",
        problem: "Les personnes âgées attendent debout l’ouverture.",
        scope: "public-service",
      },
    });
    for (const follower of [instant, daily, silent])
      await follower.request("follow", { params: { ...box, id: idea.id } });

    await admin.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "under_review", response: "Le service des bâtiments regarde les devis." },
    });
    // The follower who comments is not told of their own comment.
    await instant.request("createComment", {
      params: { ...box, id: idea.id },
      body: { body: "Oui, et un abri pour la pluie." },
    });

    expect(await send()).toBe(1);
    expect(received).toHaveLength(1);
    const first = received[0]!;
    expect(first.to).toEqual(["instant@test.fr"]);
    expect(first.from).toBe("idees@test.fr");
    expect(subjectOf(first)).toBe(
      "[Boîte à idées] « Des bancs devant la médiathèque » : À l’étude",
    );
    expect(quotedPrintable(first.raw)).toContain("Le service des bâtiments regarde les devis.");
    expect(quotedPrintable(first.raw)).toContain(
      'The idea "Des bancs devant la médiathèque" you follow in "Mairie courriel"',
    );

    // Nothing else is due: the daily digest waits until its oldest item is a day old.
    expect(await send()).toBe(0);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await send(tomorrow)).toBe(1);
    expect(received).toHaveLength(2);
    const digest = received[1]!;
    expect(digest.to).toEqual(["quotidien@test.fr"]);
    expect(subjectOf(digest)).toContain("2 nouvelles sur les idées que vous suivez");
    expect(quotedPrintable(digest.raw)).toContain("Oui, et un abri pour la pluie.");
    expect(quotedPrintable(digest.raw)).toContain("À l’étude");
    // Sent once: nothing left, for anyone (the author and "off" never get mail).
    expect(await send(tomorrow)).toBe(0);
    expect(received.flatMap((message) => message.to)).not.toContain("silence@test.fr");
    expect(received.flatMap((message) => message.to)).not.toContain("autrice@test.fr");
  });

  it("keeps a notification when the SMTP server is down and sends it once it is back", async () => {
    const idea = await author.request("createIdea", {
      params: box,
      body: {
        title: "Un casier pour les colis des agents",
        problem: "Les colis s’entassent à l’accueil.",
        scope: "daily-work",
      },
    });
    await instant.request("follow", { params: { ...box, id: idea.id } });
    await admin.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "accepted", response: "Un casier sera posé au rez-de-chaussée." },
    });
    await smtp.stop();
    const before = received.length;
    expect(await send()).toBe(1);
    const [failed] = await h.db.query<{ state: string; attempts: number; last_error: string }>(
      "select state, attempts, last_error from email_notifications where subject like '%casier%'",
    );
    expect(failed).toMatchObject({ state: "pending", attempts: 1 });
    expect(failed!.last_error).toBeTruthy();

    await smtp.restart();
    // Retried after its backoff, not before.
    expect(await send()).toBe(0);
    expect(await send(new Date(Date.now() + 5 * 60 * 1000))).toBe(1);
    expect(received.length).toBe(before + 1);
    expect(subjectOf(received.at(-1)!)).toContain("Un casier pour les colis des agents");
    const [sent] = await h.db.query<{ state: string; attempts: number }>(
      "select state, attempts from email_notifications where subject like '%casier%'",
    );
    expect(sent).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("sends nothing that was waiting to a person who has since turned e-mail off", async () => {
    const idea = await author.request("createIdea", {
      params: box,
      body: {
        title: "Une fontaine à eau au deuxième étage",
        problem: "Il faut descendre deux étages pour remplir une gourde.",
        scope: "daily-work",
      },
    });
    await daily.request("follow", { params: { ...box, id: idea.id } });
    await admin.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "under_review" },
    });
    await daily.request("updateProfile", { body: { digest: "off" } });
    expect(await send(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000))).toBe(0);
  });

  it("links to the idea and unsubscribes in one click (RFC 8058), without a session", async () => {
    const follower = await h.person("desabonne@test.fr", "Se Désabonne");
    await follower.request("updateProfile", { body: { digest: "immediate" } });
    const idea = await author.request("createIdea", {
      params: box,
      body: {
        title: "Un local à vélos fermé",
        problem: "Les vélos des agents dorment sous la pluie.",
        scope: "daily-work",
      },
    });
    await follower.request("follow", { params: { ...box, id: idea.id } });
    await admin.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "under_review" },
    });
    received.length = 0;
    expect(await send()).toBe(1);
    const message = received[0]!;
    const text = quotedPrintable(message.raw);
    const ideaUrl = `http://idees.test/boxes/mairie-mail/ideas/${idea.id}`;
    expect(text).toContain(`Voir l’idée : ${ideaUrl}`);
    expect(text).toContain(`See the idea: ${ideaUrl}`);
    expect(headerOf(message, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const listUnsubscribe = headerOf(message, "List-Unsubscribe")!;
    const url = /^<(http:\/\/idees\.test\/email\/unsubscribe\?token=[\w.-]+)>$/.exec(
      listUnsubscribe,
    )?.[1];
    expect(url, listUnsubscribe).toBeDefined();
    expect(text).toContain(`Ne plus recevoir ces courriels : ${url}`);
    const path = url!.slice("http://idees.test".length);
    const digest = async () =>
      (
        await h.db.query<{ digest: string }>("select digest from users where id = $1", [
          follower.userId,
        ])
      )[0]!.digest;

    // A GET (a person, a link scanner) only shows the button.
    const page = await h.client().raw(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<form method="post" action="${url}">`);
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await digest()).toBe("immediate");

    // A forged token is refused, saying so; the person is still subscribed.
    const [userId, signature] = path.split("token=")[1]!.split(".");
    for (const forged of [
      `${userId}.${signature!.slice(0, -2)}AA`,
      `${author.userId}.${signature}`,
      "not-a-token",
    ]) {
      const refused = await h.client().raw(`/email/unsubscribe?token=${forged}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(refused.status).toBe(422);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(await refused.json()).toMatchObject({
        code: "validation",
        detail: "the unsubscribe token was altered or not made by this server",
        errors: [{ pointer: "/query/token", code: "invalid_token" }],
      });
    }
    expect(await digest()).toBe("immediate");

    // The mail client's POST: no cookie, no CSRF token, no Origin.
    const done = await h.client().raw(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("You will no longer receive e-mails");
    expect(await digest()).toBe("off");
    expect((await follower.request("session")).user?.digest).toBe("off");

    // Nothing more reaches them.
    await admin.request("changeStatus", {
      params: { ...box, id: idea.id },
      body: { status: "accepted", response: "Le local sera fermé à clé." },
    });
    expect(await send()).toBe(0);
  });

  it("rejects an SMTP_URL that is not smtp:// or smtps://, saying which variable", async () => {
    const { loadConfig } = await import("./config");
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.fr" })).toThrow(/SMTP_URL/);
  });
});
