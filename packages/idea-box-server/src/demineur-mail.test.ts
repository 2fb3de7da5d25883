import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { startHarness, type TestClient, type TestHarness } from "./test/harness";
import { mailText, startTestSmtp, type TestSmtp } from "./test/smtp";
import { sendDueNotifications, type MailTransport } from "./notifications";
import { answerBody, checkBody } from "./test/demineur-fixtures";

/** The Démineur's e-mails (a real SMTP server) and webhook payloads (the outbox rows). */
const box = "demineur-mail";
let h: TestHarness;
let smtp: TestSmtp;
let transport: MailTransport;
let lead: TestClient;
let voirie: TestClient;
let accueil: TestClient;
let offline: TestClient;

const send = () =>
  sendDueNotifications(h.db, transport, {
    from: "idees@test.fr",
    publicUrl: h.server.config.publicUrl,
    sessionSecret: h.server.config.sessionSecret,
  });
const to = (email: string) => smtp.received.filter((mail) => mail.to.includes(email)).map(mailText);

beforeAll(async () => {
  smtp = await startTestSmtp();
  h = await startHarness({
    smtpUrl: smtp.url,
    smtpFrom: "idees@test.fr",
    webhookAllowedHosts: ["127.0.0.1"],
  });
  transport = nodemailer.createTransport(smtp.url) as MailTransport;
  const admin = await h.platformAdmin("admin@demineur-mail.fr", "Admin");
  lead = await h.person("lead@demineur-mail.fr", "Nora Cheffe");
  voirie = await h.person("voirie@demineur-mail.fr", "Yann Voirie");
  accueil = await h.person("accueil@demineur-mail.fr", "Secret Accueil");
  offline = await h.person("off@demineur-mail.fr", "Sans Courriel");
  await admin.request("createBox", { body: { slug: box, name: "Mairie", visibility: "members" } });
  for (const slug of ["voirie", "accueil", "finances"])
    await admin.request("createService", { params: { box }, body: { slug, label: slug } });
  for (const [client, role, service] of [
    [lead, "lead", "voirie"],
    [voirie, "agent", "voirie"],
    [accueil, "agent", "accueil"],
    [offline, "agent", "voirie"],
  ] as const) {
    await admin.request("setMember", {
      params: { box, userId: client.userId! },
      body: { role, service },
    });
    if (client !== offline)
      await client.request("updateProfile", { body: { digest: "immediate" } });
  }
  await admin.request("createWebhook", {
    params: { box },
    body: {
      url: "http://127.0.0.1:9/hook",
      events: ["check.opened", "check.answered", "check.decided"],
    },
  });
  smtp.received.length = 0;
}, 300_000);
afterAll(async () => {
  await h.close();
  await smtp.stop();
});

describe("the Démineur's e-mails and webhooks", () => {
  it("sends the check to the members of its services, in French then English, with its link", async () => {
    const check = await lead.request("createCheck", {
      params: { box },
      body: checkBody(1, ["voirie"]),
    });
    while ((await send()) > 0);
    const [mail, ...more] = to("voirie@demineur-mail.fr");
    expect(more).toEqual([]);
    expect(mail).toContain(`http://idees.test/boxes/${box}/checks/${check.id}`);
    expect(mail!.indexOf("vous consulte")).toBeLessThan(mail!.indexOf("asks for your view"));
    expect(mail).toContain("Nora Cheffe");
    // Not the lead, not another service, not whoever turned e-mails off.
    expect(to("lead@demineur-mail.fr")).toEqual([]);
    expect(to("accueil@demineur-mail.fr")).toEqual([]);
    expect(to("off@demineur-mail.fr")).toEqual([]);
  });

  it("tells those consulted the decision, and names no anonymous answerer anywhere", async () => {
    const check = await lead.request("createCheck", {
      params: { box },
      body: checkBody(2, ["voirie"]),
    });
    const anonymous = await accueil.request("answerCheck", {
      params: { box, id: check.id },
      body: answerBody("anonymous"),
    });
    await lead.request("decideCheck", {
      params: { box, id: check.id },
      body: { verdict: "stop", reason: "Un outil fait déjà cela." },
    });
    smtp.received.length = 0;
    while ((await send()) > 0);
    // Still none for the lead; the anonymous answerer (accueil) and the service (voirie) hear.
    expect(to("lead@demineur-mail.fr")).toEqual([]);
    for (const email of ["accueil@demineur-mail.fr", "voirie@demineur-mail.fr"]) {
      const mails = to(email).filter((text) => text.includes("a reçu sa décision"));
      expect(mails, email).toHaveLength(1);
      expect(mails[0]).toContain("On arrête");
      expect(mails[0]).toContain("Un outil fait déjà cela.");
      expect(mails[0]).toContain(`/checks/${check.id}`);
    }
    const payloads = await h.db.query<{ event: string; payload: string }>(
      "select event, payload from webhook_deliveries order by created_at",
    );
    expect(payloads.map((p) => p.event)).toEqual(
      expect.arrayContaining(["check.opened", "check.answered", "check.decided"]),
    );
    const answered = payloads.find((p) => p.payload.includes(anonymous.id))!;
    expect(answered.event).toBe("check.answered");
    for (const { payload } of payloads) {
      expect(payload).not.toContain("Secret Accueil");
      expect(payload).not.toContain(accueil.userId!);
      // Viewer-less: nobody's "mine" in a payload.
      expect(payload).not.toContain('"mine":true');
    }
    for (const mail of smtp.received.map(mailText)) expect(mail).not.toContain("Secret Accueil");
  });
});
