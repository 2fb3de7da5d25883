import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box";
import { openPostgres } from "@communs/server";
import { buildCli, killHard, startChild, type Child } from "./test/child-server";
import { openTestDatabase } from "./test/harness";
import { mailText, startTestSmtp, type TestSmtp } from "./test/smtp";
import { demoPassword } from "./seed";

/**
 * Scale-out: two server processes on one PostgreSQL database, the same SESSION_SECRET, nothing
 * sticky in front. Writers alternate instances; instance A is killed with SIGKILL under load and
 * a writer whose request fails writes again on the other one. Then every acknowledged write
 * reads back through B, the sessions signed in on A still work on B, and each notification
 * e-mail of an acknowledged comment reaches the SMTP server exactly once while B and a fresh
 * instance C send the queue side by side (rows are claimed with SKIP LOCKED). A sends nothing
 * itself (WEBHOOK_INTERVAL_MS=0): a worker killed after an SMTP server accepted a message but
 * before marking it sent would send it again once its lease ends (at least once, by design).
 * PostgreSQL only (`npm run test:pg`): PGlite is one process's database.
 */
const clusterUrl = process.env.DATABASE_URL;
const box = "ville-exemple";
const sessionSecret = "scale-out-session-secret-0123456789abcdef";

/** A writer: one person's session (cookie and CSRF token) that may talk to any instance. */
interface Writer {
  client: IdeaBoxClient;
  /** The instance the next request goes to. */
  target: string;
  /** Whether the last request failed without an answer (instance gone). */
  unreachable: boolean;
}

function writer(url: string): Writer {
  let cookie = "";
  const state = { target: url, unreachable: false } as Writer;
  state.client = createIdeaBoxClient({
    baseUrl: "http://scale-out.invalid",
    retries: 0,
    timeoutMs: 20_000,
    fetch: (async (input: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      const address = String(input).replace("http://scale-out.invalid", state.target);
      state.unreachable = false;
      try {
        const response = await fetch(address, { ...init, headers });
        const set = response.headers.get("set-cookie");
        if (set) cookie = set.split(";")[0]!;
        return response;
      } catch (error) {
        state.unreachable = true;
        throw error;
      }
    }) as typeof fetch,
  });
  return state;
}

async function signedIn(url: string, email: string) {
  const w = writer(url);
  await w.client.request("login", { body: { email, password: demoPassword } });
  return w;
}

/** Polls `done` until it holds, failing with `what` after `ms`. */
async function until(what: string, done: () => Promise<boolean> | boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`scale-out: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.skipIf(!clusterUrl)(
  `scale-out${clusterUrl ? "" : " (skipped: PostgreSQL only, run npm run test:pg)"}`,
  () => {
    let cli: string;
    let databaseUrl: string;
    let drop: () => Promise<void> = async () => undefined;
    let smtp: TestSmtp;
    const children: Child[] = [];

    beforeAll(async () => {
      cli = await buildCli();
      const test = await openTestDatabase();
      databaseUrl = test.url!;
      await test.db.close();
      drop = test.drop;
      smtp = await startTestSmtp();
    }, 300_000);

    afterAll(async () => {
      for (const child of children) await killHard(child);
      await smtp?.stop();
      await drop();
    });

    const start = async (args: string[], workerIntervalMs: number) => {
      const child = await startChild(cli, ["start", ...args], {
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: sessionSecret,
        SMTP_URL: smtp.url,
        RATE_LIMIT_PER_PERSON: "1000000",
        RATE_LIMIT_PER_ADDRESS: "1000000",
        WEBHOOK_INTERVAL_MS: String(workerIntervalMs),
      });
      children.push(child);
      return child;
    };

    it("loses no acknowledged write, keeps sessions and sends each notification once when an instance is killed", async () => {
      // A migrates and seeds first; B then finds the database ready.
      const a = await start(["--seed-if-empty"], 0);
      const b = await start([], 25);
      const other = (url: string) => (url === a.url ? b.url : a.url);

      const authors = [
        await signedIn(a.url, "agent@exemple.fr"),
        await signedIn(a.url, "agent@exemple.fr"),
      ];
      const commenters = [
        await signedIn(a.url, "agente@exemple.fr"),
        await signedIn(a.url, "agente@exemple.fr"),
      ];
      // The authors follow their ideas and want each comment's e-mail at once.
      await authors[0]!.client.request("updateProfile", { body: { digest: "immediate" } });

      const ideas: string[] = [];
      const supports: string[] = [];
      const comments: { id: string; idea: string; marker: string }[] = [];
      const acknowledged = () => ideas.length + supports.length + comments.length;
      let retried = 0;
      let stop = false;
      let n = 0;

      /** Runs one write on the writer's next instance; unanswered, again on the other one. */
      const write = async <T>(w: Writer, attempt: (marker: string) => Promise<T>) => {
        for (let tries = 0; ; tries++) {
          const marker = `scale-out-${n++}`;
          const current = w.target;
          w.target = other(current); // nothing sticky: the next request goes to the other one
          try {
            return { marker, value: await attempt(marker) };
          } catch (error) {
            if (!w.unreachable || tries >= 4) throw error;
            retried++;
            w.target = other(current);
          }
        }
      };

      const authorLoop = async (w: Writer) => {
        while (!stop) {
          const { value } = await write(w, (marker) =>
            w.client.request("createIdea", {
              params: { box },
              body: {
                title: `Idée ${marker} pendant la montée en charge`,
                problem: "Écrite pendant le test à deux instances.",
                scope: "daily-work",
              },
            }),
          );
          ideas.push(value.id);
        }
      };
      let nextIdea = 0;
      const commenterLoop = async (w: Writer) => {
        while (!stop) {
          const idea = ideas[nextIdea];
          if (!idea) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            continue;
          }
          nextIdea++;
          const supported = await write(w, () =>
            w.client.request("support", { params: { box, id: idea } }),
          );
          expect(supported.value.supportedByMe).toBe(true);
          supports.push(idea);
          const { marker, value } = await write(w, (marker) =>
            w.client.request("createComment", {
              params: { box, id: idea },
              body: { body: `Commentaire ${marker} : oui, chez nous aussi.` },
            }),
          );
          comments.push({ id: value.id, idea, marker });
        }
      };
      const loops = Promise.all([...authors.map(authorLoop), ...commenters.map(commenterLoop)]);
      const failed = loops.then(
        () => undefined,
        (error: unknown) => error,
      );

      await until("40 writes before the kill", () => acknowledged() >= 40);
      await killHard(a);
      const atKill = acknowledged();
      await until("40 writes after the kill", () => acknowledged() >= atKill + 40);
      stop = true;
      expect(await failed).toBeUndefined();
      expect(retried).toBeGreaterThan(0);
      expect(comments.length).toBeGreaterThan(10);

      // Every acknowledged write reads back through B, with the sessions signed in on A.
      const reader = authors[0]!;
      const commenter = commenters[0]!;
      reader.target = b.url;
      commenter.target = b.url;
      expect((await reader.client.request("session")).user?.email).toBe("agent@exemple.fr");
      expect((await commenter.client.request("session")).user?.email).toBe("agente@exemple.fr");
      const missing: string[] = [];
      for (const id of ideas) {
        const page = await commenter.client.request("getIdea", { params: { box, id } });
        if (supports.includes(id) && !page.supportedByMe) missing.push(`support of ${id}`);
      }
      for (const idea of new Set(comments.map((c) => c.idea))) {
        const list = await commenter.client.request("listComments", { params: { box, id: idea } });
        const ids = new Set(list.items.map((c) => c.id));
        for (const c of comments) if (c.idea === idea && !ids.has(c.id)) missing.push(c.id);
      }
      expect(missing).toEqual([]);

      // A fresh instance sends the queue alongside B; each comment's e-mail arrives once.
      const c = await start([], 25);
      expect(c.url).not.toBe(b.url);
      const queue = await openPostgres(databaseUrl, 1);
      try {
        await until("the notification queue to empty", async () => {
          const [row] = await queue.query<{ waiting: number }>(
            "select count(*)::int as waiting from email_notifications where state = 'pending'",
          );
          return row!.waiting === 0;
        });
        const [failedRows] = await queue.query<{ n: number }>(
          "select count(*)::int as n from email_notifications where state <> 'sent'",
        );
        expect(failedRows!.n).toBe(0);
      } finally {
        await queue.close();
      }
      // Each e-mail quotes its comment twice (French, then English): one marker per e-mail.
      const markers = smtp.received.flatMap((mail) => [
        ...new Set(
          [...mailText(mail).matchAll(/Commentaire (scale-out-\d+) :/g)].map((m) => m[1]!),
        ),
      ]);
      const counts = new Map<string, number>();
      for (const marker of markers) counts.set(marker, (counts.get(marker) ?? 0) + 1);
      expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
      expect(comments.filter((c) => counts.get(c.marker) !== 1).map((c) => c.marker)).toEqual([]);
      expect(smtp.received.every((mail) => mail.to.join() === "agent@exemple.fr")).toBe(true);
    }, 120_000);
  },
);
