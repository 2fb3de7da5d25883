/**
 * Benchmark: seeds 100,000 ideas, 1,000,000 supports and 300,000 comments (× BENCH_SCALE),
 * then measures the API (autocannon, server in a child process on 127.0.0.1) beside the same
 * SQL run directly on the database (the physical limit), printed as a ratio.
 * PGlite always; PostgreSQL too when DATABASE_URL is set (scripts/bench.mjs starts a cluster).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openPglite, openPostgres, type Database } from "../db/db";
import { migrate } from "../db/migrations";
import { insertBox } from "../domain/boxes";
import { ideaColumns, ideaJoins, searchExpression, titleNormExpression } from "../domain/idea-rows";

const scale = Number(process.env.BENCH_SCALE ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ideas = Math.round(100_000 * scale);
const supportsPerIdea = 10;
const commentsTotal = Math.round(300_000 * scale);
const cli = process.argv[2]!;

const words = [
  "réunion",
  "accueil",
  "équipe",
  "formulaire",
  "véhicule",
  "cantine",
  "médiathèque",
  "horaires",
  "propreté",
  "numérique",
  "formation",
  "courrier",
  "téléphone",
  "archives",
  "parking",
  "jardin",
  "école",
  "piscine",
  "budget",
  "annuaire",
];

async function seedBench(db: Database) {
  await migrate(db);
  const started = performance.now();
  await db.transaction(async (tx) => {
    const boxId = await insertBox(
      tx,
      { slug: "bench", name: "Boîte de mesure", description: "", visibility: "public", themes: [] },
      null,
    );
    await tx.query(
      `insert into users (email, display_name) select 'u' || g || '@bench.fr', 'Agent ' || g from generate_series(1, $1) g`,
      [supportsPerIdea],
    );
    const wordArray = `array[${words.map((w) => `'${w}'`).join(",")}]`;
    await tx.query(
      `insert into ideas (box_id, author_id, authorship, title, problem, solution, scope_id, status, title_norm, search, created_at)
       select $1, (select id from users order by email limit 1), 'named', t.title, t.problem, '', (select id from scopes where box_id = $1 limit 1), 'submitted',
              ${titleNormExpression("t.title")}, ${searchExpression("t.title", "t.problem", "''")}, now() - g * interval '1 minute'
         from generate_series(1, $2) g,
         lateral (select 'Améliorer ' || (${wordArray})[1 + g % 20] || ' et ' || (${wordArray})[1 + (g / 20) % 20] || ' n°' || g as title,
                         'Le problème de ' || (${wordArray})[1 + (g / 7) % 20] || ' touche le service ' || g as problem) t`,
      [boxId, ideas],
    );
    await tx.query(
      `insert into supports (idea_id, user_id)
       select i.id, u.id from ideas i cross join users u where i.box_id = $1`,
      [boxId],
    );
    await tx.query(
      `insert into comments (idea_id, author_id, body)
       select i.id, (select id from users order by email limit 1), 'Commentaire ' || g
         from generate_series(1, $2) g join lateral (select id from ideas where box_id = $1 offset (g % $3) limit 1) i on true`,
      [boxId, commentsTotal, Math.min(ideas, 1000)],
    );
    // Skewed support counts, as real boxes have: the counter drives the "most supported" list.
    await tx.query(
      `update ideas set support_count = (hashtext(id::text) & 1023), comment_count = (select count(*) from comments c where c.idea_id = ideas.id)
        where box_id = $1`,
      [boxId],
    );
  });
  await db.query("analyze");
  return (performance.now() - started) / 1000;
}

interface Scenario {
  name: string;
  path: string;
  sql: string;
  params: unknown[];
}

async function scenarios(db: Database): Promise<Scenario[]> {
  const box = (await db.query<{ id: string }>("select id from boxes where slug = 'bench'"))[0]!.id;
  const idea = (
    await db.query<{ id: string }>(
      "select id from ideas where box_id = $1 order by support_count desc limit 1 offset 10",
      [box],
    )
  )[0]!.id;
  const listSql = (extraWhere: string, order: string) =>
    `select ${ideaColumns} ${ideaJoins} where i.box_id = $2 and i.merged_into is null and (i.hidden_at is null or i.author_id = $1::uuid) ${extraWhere} order by ${order} limit 21 offset 0`;
  return [
    {
      name: "most-supported list",
      path: "/boxes/bench/ideas?sort=supported",
      sql: listSql("", "i.support_count desc, i.id desc"),
      params: [null, box],
    },
    {
      name: "search",
      path: "/boxes/bench/ideas?q=reunion%20equipe&sort=relevance",
      sql: listSql(
        "and i.search @@ websearch_to_tsquery('french', unaccent($3))",
        "ts_rank(i.search, websearch_to_tsquery('french', unaccent($3))) desc, i.created_at desc, i.id desc",
      ),
      params: [null, box, "reunion equipe"],
    },
    {
      name: "similar ideas",
      path: "/boxes/bench/similar?title=ameliorer%20la%20cantine%20et%20le%20parking",
      sql: `select i.id, i.title, i.status, similarity(i.title_norm, ${titleNormExpression("$2")}) as similarity from ideas i
             where i.box_id = $1 and i.hidden_at is null and i.merged_into is null and i.title_norm % ${titleNormExpression("$2")}
             order by i.title_norm <-> ${titleNormExpression("$2")} limit 5`,
      params: [box, "ameliorer la cantine et le parking"],
    },
    {
      name: "idea page",
      path: `/boxes/bench/ideas/${idea}`,
      sql: `select ${ideaColumns} ${ideaJoins} where i.id = $2 and i.box_id = $3`,
      params: [null, idea, box],
    },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function direct(db: Database, scenario: Scenario) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await db.query(scenario.sql, scenario.params);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

function startServer(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "start"], {
      env: { ...process.env, LOG_LEVEL: "error", PORT: "0", HOST: "127.0.0.1", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Idea box API on (http:\/\/\S+)/.exec(out);
      if (match)
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise((done) => {
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

async function run(kind: "pglite" | "postgres") {
  const dataDir =
    kind === "pglite" ? mkdtempSync(path.join(tmpdir(), "idea-box-bench-")) : undefined;
  const db =
    kind === "pglite"
      ? await openPglite(dataDir)
      : await openPostgres(process.env.DATABASE_URL!, connections + 2);
  console.log(
    `\n== ${kind}: seeding ${ideas} ideas, ${ideas * supportsPerIdea} supports, ${commentsTotal} comments…`,
  );
  const seedSeconds = await seedBench(db);
  console.log(`   seeded in ${seedSeconds.toFixed(1)} s`);
  const list = await scenarios(db);
  const directResults = [];
  for (const scenario of list) directResults.push(await direct(db, scenario));
  await db.close(); // PGlite: one process at a time on a data folder
  const server = await startServer(
    kind === "pglite"
      ? { IDEA_BOX_DATA_DIR: dataDir!, DATABASE_URL: "" } // not the PostgreSQL run's URL
      : { DATABASE_URL: process.env.DATABASE_URL! },
  );
  console.log(
    `   ${"scenario".padEnd(22)} ${"API rps".padStart(8)} ${"SQL rps".padStart(8)} ${"ratio".padStart(8)} ${"API p50".padStart(8)} ${"API p99".padStart(8)} ${"SQL p50".padStart(8)} ${"SQL p99".padStart(8)} (ms; ${connections} connections, ${seconds} s each)`,
  );
  for (const [index, scenario] of list.entries()) {
    // Warm-up: one request, which must succeed, before measuring.
    const warm = await fetch(server.url + scenario.path);
    if (!warm.ok) throw new Error(`${scenario.name}: ${warm.status} ${await warm.text()}`);
    await warm.arrayBuffer();
    const result = await autocannon({
      url: server.url + scenario.path,
      connections,
      duration: seconds,
    });
    const sql = directResults[index]!;
    if (result.non2xx > 0) {
      const sample = await fetch(server.url + scenario.path);
      console.log(
        `   sample answer after the run: ${sample.status} ${(await sample.text()).slice(0, 200)}`,
      );
    }
    const ratio = result.requests.average / sql.rps;
    console.log(
      `   ${scenario.name.padEnd(22)} ${fmt(result.requests.average, 0)} ${fmt(sql.rps, 0)} ${fmt(ratio, 2)} ${fmt(result.latency.p50)} ${fmt(result.latency.p99)} ${fmt(sql.p50)} ${fmt(sql.p99)}` +
        (result.non2xx || result.errors
          ? `  (${result.non2xx} non-2xx, ${result.errors} errors)`
          : "") +
        (scenario.name === "similar ideas"
          ? `  API p97.5 ${result.latency.p97_5} ms (goal p95 ≤ 20 ms)`
          : ""),
    );
  }
  await server.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `Idea box benchmark (scale ${scale}; goals on PostgreSQL: ratio ≥ 0.5, p99 ≤ 50 ms, similar ideas p95 ≤ 20 ms)`,
);
await run("pglite");
if (process.env.DATABASE_URL) await run("postgres");
else console.log("\n(PostgreSQL skipped: no DATABASE_URL and no cluster)");
