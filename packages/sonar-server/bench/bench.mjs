#!/usr/bin/env node
// `npm run bench -w @communs/sonar-server` (after `npm run build`): 200 simulated participants
// join and answer within 60 s against two server instances on one PostgreSQL, with a board
// connected to each; then the same with instance B killed (kill -9) halfway, its participants
// retrying on A. Prints answers lost and board update delays (p50/p95). A benchmark, not a test.
// DATABASE_URL: use that PostgreSQL; otherwise a throwaway cluster (machine binaries) is started.
// BENCH_PARTICIPANTS, BENCH_SECONDS: change the load.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createWorkshopClient, newParticipantToken } from "@communs/sonar/workshop";
import { innovation } from "@communs/sonar/editions/innovation";
import { generatedTeam } from "@communs/sonar/examples";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const participants = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const cluster = path.join(dir, "../idea-box-server/scripts/pg-cluster.sh");

const env = { ...process.env };
let ownCluster = false;
if (!env.DATABASE_URL) {
  env.PGBASE = `/tmp/communs-pg-sonar-bench-${process.pid}`;
  const line = execFileSync("bash", [cluster, "start"], { env, encoding: "utf8" }).trim();
  env.DATABASE_URL = line.split("=").slice(1).join("=");
  ownCluster = true;
}
const children = new Set();
const stopCluster = () => {
  for (const child of children) child.kill("SIGKILL");
  if (ownCluster) execFileSync("bash", [cluster, "stop"], { env, stdio: "ignore" });
};
process.on("exit", stopCluster);
process.on("SIGINT", () => process.exit(130));

function startInstance(name) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, "bench/instance.mjs")], {
      env: { ...env, SONAR_JOIN_RATE_PER_ADDRESS: "100000" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.add(child);
    child.on("exit", () => children.delete(child));
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text) => {
      const match = /LISTENING (\S+)/.exec(text);
      if (match) resolve({ name, url: match[1], child });
    });
    child.on("error", reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const team = generatedTeam(innovation, participants, 11).answers;

/** Answers in three saves, as a participant changing and completing them along the quiz. */
function saves(answers) {
  const ids = Object.keys(answers);
  const part = (share) =>
    Object.fromEntries(ids.slice(0, Math.ceil(ids.length * share)).map((id) => [id, answers[id]]));
  return [part(0.3), part(0.7), answers];
}

async function scenario(title, { killAt }) {
  const a = await startInstance("A");
  const b = await startInstance("B");
  const instances = [a, b];
  const alive = new Set(instances);
  const facilitator = (instance) =>
    createWorkshopClient({
      baseUrl: instance.url,
      headers: { "x-bench-user": "facilitator" },
      retries: 0,
    });
  const workshop = await facilitator(a).request("createWorkshop", {
    body: { title, edition: "innovation" },
  });
  // Each board: when did it first show each nickname (a save sets a fresh one, atomically).
  const boards = instances.map((instance) => {
    const firstSeen = new Map();
    let last = null;
    const subscription = facilitator(instance).subscribeBoard(workshop.id, {
      onBoard(board) {
        const now = performance.now();
        last = board;
        for (const nickname of board.nicknames)
          if (!firstSeen.has(nickname)) firstSeen.set(nickname, now);
      },
    });
    return {
      instance,
      firstSeen,
      subscription,
      get last() {
        return last;
      },
    };
  });
  await sleep(500);

  const acknowledged = []; // { nickname, at, instance }
  const finals = new Map(); // participant index → { token, answers }
  let failed = 0;
  let retries = 0;
  const retryReasons = {};
  const started = performance.now();

  // Each participant starts on its instance and moves to the other one when a call fails
  // (connection refused or reset: the instance is gone), retrying the same request.
  const current = new Map();
  async function call(index, fn) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const target = instances[current.get(index) ?? index % 2];
      try {
        return { result: await fn(target), target };
      } catch (error) {
        if (error?.status && error.status < 500 && error.code !== "rate-limited") throw error;
        retries++;
        const reason = error?.code ?? error?.message ?? String(error);
        retryReasons[reason] = (retryReasons[reason] ?? 0) + 1;
        current.set(index, 1 - instances.indexOf(target));
        await sleep(100 + attempt * 100);
      }
    }
    throw new Error("gave up");
  }

  async function participant(index) {
    await sleep(Math.random() * (seconds - 20) * 1000);
    // Made here and kept, as a browser keeps it: a retried join names the same participant.
    const token = newParticipantToken();
    const clientFor = (target) => {
      const client = createWorkshopClient({ baseUrl: target.url, retries: 0, timeoutMs: 5000 });
      client.participantToken = token;
      return client;
    };
    try {
      await call(index, async (target) => {
        await clientFor(target).request("join", {
          params: { code: workshop.code },
          body: { participantToken: token },
        });
      });
      const steps = saves(team[index]);
      for (const [step, answers] of steps.entries()) {
        await sleep(2000 + Math.random() * 4000);
        const nickname = `p${index}-${step}`;
        const { target } = await call(index, (t) =>
          clientFor(t).request("submitResponse", {
            params: { code: workshop.code },
            body: { answers, nickname },
          }),
        );
        acknowledged.push({ nickname, at: performance.now(), instance: target.name });
        finals.set(index, { token, answers });
      }
    } catch (error) {
      failed++;
      console.error(`participant ${index}: ${error.message}`);
    }
  }

  let killedAt = null;
  const killer = killAt
    ? (async () => {
        await sleep(killAt * 1000);
        b.child.kill("SIGKILL");
        alive.delete(b);
        killedAt = performance.now();
      })()
    : Promise.resolve();
  await Promise.all([
    ...Array.from({ length: participants }, (_, index) => participant(index)),
    killer,
  ]);
  const duration = (performance.now() - started) / 1000;
  await sleep(1500);

  // Lost: a participant whose stored answers are not the last ones the server acknowledged.
  let lost = 0;
  for (const [index, { token, answers }] of finals) {
    const { result } = await call(index, (t) => {
      const client = createWorkshopClient({ baseUrl: t.url, retries: 0 });
      client.participantToken = token;
      return client.request("getMyResponse", { params: { code: workshop.code } });
    });
    const stored = result.answers;
    if (
      JSON.stringify(
        Object.keys(answers)
          .sort()
          .map((k) => [k, answers[k]]),
      ) !==
      JSON.stringify(
        Object.keys(stored)
          .sort()
          .map((k) => [k, stored[k]]),
      )
    )
      lost++;
  }
  const board = await facilitator(a).request("getBoard", { params: { id: workshop.id } });

  const report = {
    scenario: title,
    participants,
    seconds: Math.round(duration),
    saves: acknowledged.length,
    failedParticipants: failed,
    retries,
    retryReasons,
    answersLost: lost + (participants - failed - finals.size),
    respondentsOnBoard: board.respondents,
  };
  for (const entry of boards) {
    const delays = [];
    let missing = 0;
    for (const ack of acknowledged) {
      if (killedAt !== null && entry.instance === b && ack.at >= killedAt) continue; // board B is gone
      const seen = entry.firstSeen.get(ack.nickname);
      if (seen === undefined) {
        // A later save of the same participant replaced this nickname before a board read it.
        const [who, step] = ack.nickname.split("-");
        const later = [...entry.firstSeen.keys()].some(
          (n) => n.startsWith(`${who}-`) && Number(n.split("-")[1]) > Number(step),
        );
        if (!later) missing++;
        continue;
      }
      delays.push(Math.max(0, seen - ack.at));
    }
    report[`board${entry.instance.name}`] = {
      measured: delays.length,
      p50ms: Math.round(percentile(delays, 50)),
      p95ms: Math.round(percentile(delays, 95)),
      maxMs: Math.round(Math.max(...delays)),
      neverShown: missing,
    };
    entry.subscription.close();
  }
  for (const instance of alive) instance.child.kill("SIGTERM");
  await sleep(300);
  return report;
}

const results = [];
results.push(await scenario("two instances", { killAt: null }));
results.push(await scenario("two instances, B killed (kill -9) halfway", { killAt: seconds / 2 }));
for (const result of results) console.log(JSON.stringify(result, null, 2));
process.exit(0);
