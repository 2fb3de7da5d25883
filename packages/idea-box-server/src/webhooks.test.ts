// Webhook signatures as the Standard Webhooks specification defines them, checked by a verifier
// written from the specification (https://www.standardwebhooks.com/) on a real HTTP receiver.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type TestClient, type TestHarness } from "./test/harness";
import { deliverDue } from "./webhooks";

/**
 * The specification's verification: the secret is `whsec_` + base64 key; the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`; `webhook-signature` lists space-separated
 * `v1,<base64 HMAC-SHA256>`; a timestamp more than five minutes off is refused (replays).
 */
function verifyStandardWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signatures !== "string")
    return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let h: TestHarness;
let admin: TestClient;
let receiver: Server;
let port = 0;
const received: Received[] = [];
let answer = 204;
const box = { box: "signatures" };

beforeAll(async () => {
  h = await startHarness({ webhookAllowedHosts: ["127.0.0.1"] });
  admin = await h.platformAdmin("admin@signatures.fr");
  await admin.request("createBox", {
    body: { slug: "signatures", name: "Signatures", visibility: "public" },
  });
  receiver = createHttpServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answer;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  port = (receiver.address() as { port: number }).port;
}, 300_000);
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await h.close();
});

const deliver = () => deliverDue(h.db, { allowedHosts: ["127.0.0.1"] });
const newIdea = (title: string) =>
  admin.request("createIdea", {
    params: box,
    body: { title, problem: "Un problème à signer.", scope: "daily-work" },
  });

describe("webhook signatures (Standard Webhooks)", () => {
  let secret: string;

  it("gives a whsec_ secret and signs each delivery as the specification says", async () => {
    const hook = await admin.request("createWebhook", {
      params: box,
      body: { url: `http://127.0.0.1:${port}/hook`, events: ["idea.created"] },
    });
    secret = hook.secret!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    await newIdea("Une idée signée");
    expect(await deliver()).toBe(1);
    const last = received.at(-1)!;
    expect(verifyStandardWebhook(secret, last.headers, last.body)).toBe(true);
    expect(last.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    // The verifier bites: another body, another secret, an old timestamp are refused.
    expect(verifyStandardWebhook(secret, last.headers, `${last.body} `)).toBe(false);
    expect(verifyStandardWebhook(`whsec_${"A".repeat(32)}`, last.headers, last.body)).toBe(false);
    expect(
      verifyStandardWebhook(secret, last.headers, last.body, Math.floor(Date.now() / 1000) + 600),
    ).toBe(false);
  });

  it("keeps the webhook-id of a delivery across retries, with a fresh timestamp", async () => {
    answer = 500;
    await newIdea("Une idée livrée deux fois");
    expect(await deliver()).toBe(1);
    const first = received.at(-1)!;
    answer = 204;
    await h.db.query(
      "update webhook_deliveries set next_attempt_at = now() where state = 'pending'",
    );
    expect(await deliver()).toBe(1);
    const second = received.at(-1)!;
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(verifyStandardWebhook(secret, second.headers, second.body)).toBe(true);
    const [delivery] = await h.db.query<{ id: string }>(
      "select id from webhook_deliveries order by created_at desc limit 1",
    );
    expect(second.headers["webhook-id"]).toBe(delivery!.id);
  });

  it("still sends the deprecated X-Communs-Signature beside them", async () => {
    const last = received.at(-1)!;
    const signature = String(last.headers["x-communs-signature"]);
    const [t, v1] = signature.split(",").map((part) => part.split("=")[1]);
    expect(t).toBe(last.headers["webhook-timestamp"]);
    expect(createHmac("sha256", secret).update(`${t}.${last.body}`).digest("hex")).toBe(v1);
  });

  it("signs a webhook made before, whose secret has no prefix, as whsec_ + base64 of it", async () => {
    const older = "Qm9uam91ci1sZS1tb25kZS0xMjM0NTY";
    await h.db.query("update webhooks set secret = $1", [older]);
    await newIdea("Une idée pour un ancien webhook");
    expect(await deliver()).toBe(1);
    const last = received.at(-1)!;
    const standardForm = `whsec_${Buffer.from(older, "utf8").toString("base64")}`;
    expect(verifyStandardWebhook(standardForm, last.headers, last.body)).toBe(true);
    const [t, v1] = String(last.headers["x-communs-signature"])
      .split(",")
      .map((part) => part.split("=")[1]);
    expect(createHmac("sha256", older).update(`${t}.${last.body}`).digest("hex")).toBe(v1);
  });
});
