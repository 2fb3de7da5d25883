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
import { ideaProblem, ideaTitle, prng } from "./corpus";
import {
  ideaColumns,
  ideaJoins,
  ideaPageSql,
  searchExpression,
  titleNormExpression,
} from "../domain/idea-rows";

const scale = Number(process.env.BENCH_SCALE ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ideas = Math.round(100_000 * scale);
const supportsPerIdea = 10;
const commentsTotal = Math.round(300_000 * scale);
const cli = process.argv[2]!;

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
    const scope = (
      await tx.query<{ id: string }>("select id from scopes where box_id = $1 limit 1", [boxId])
    )[0]!.id;
    const author = (
      await tx.query<{ id: string }>("select id from users order by email limit 1")
    )[0]!.id;
    // Titles and problems from the seeded corpus, in batches (one statement per batch).
    const random = prng(17);
    for (let first = 0; first < ideas; first += 5_000) {
      const count = Math.min(5_000, ideas - first);
      const titles = Array.from({ length: count }, () => ideaTitle(random));
      const problems = Array.from({ length: count }, () => ideaProblem(random));
      await tx.query(
        `insert into ideas (box_id, author_id, authorship, title, problem, solution, scope_id, status, title_norm, search, created_at)
         select $1, $2, 'named', t.title, t.problem, '', $3, 'submitted',
                ${titleNormExpression("t.title")}, ${searchExpression("t.title", "t.problem", "''")},
                now() - ($4 + t.n) * interval '1 minute'
           from unnest($5::text[], $6::text[]) with ordinality t(title, problem, n)`,
        [boxId, author, scope, first, titles, problems],
      );
    }
    await tx.query(
      `insert into supports (idea_id, user_id)
       select i.id, u.id from ideas i cross join users u where i.box_id = $1`,
      [boxId],
    );
    // Comments on the first ideas in turn: the ideas are numbered once and joined on the number
    // (a lateral "offset … limit 1" per comment ran for more than 15 minutes at full scale).
    await tx.query(
      `with numbered as (
         select id, row_number() over (order by created_at desc, id) - 1 as n from ideas where box_id = $1)
       insert into comments (idea_id, author_id, body)
       select numbered.id, $2, 'Commentaire ' || g
         from generate_series(1, $3) g join numbered on numbered.n = g % $4`,
      [boxId, author, commentsTotal, Math.min(ideas, 1000)],
    );
    // Skewed support counts, as real boxes have: the counter drives the "most supported" list.
    await tx.query(
      "update ideas set support_count = (hashtext(id::text) & 1023) where box_id = $1",
      [boxId],
    );
    await tx.query(
      `update ideas set comment_count = c.n
         from (select idea_id, count(*) as n from comments group by idea_id) c where c.idea_id = ideas.id`,
    );
  });
  // Vacuumed as well: an autovacuum of the fresh tables would otherwise run during the measures.
  await db.query("vacuum analyze");
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
      path: "/boxes/bench/ideas?q=accueil%20telephonique&sort=relevance",
      // What the API runs for a first page: the ideas with both words in their title, counted.
      sql: listSql(
        "and to_tsvector('french', i.title_norm) @@ words",
        "ts_rank(i.search, words) desc, i.created_at desc, i.id desc",
      )
        .replace(ideaColumns, `${ideaColumns}, count(*) over () as tier_total`)
        .replace(
          ideaJoins,
          `${ideaJoins} cross join websearch_to_tsquery('french', unaccent($3)) as words`,
        ),
      params: [null, box, "accueil telephonique"],
    },
    {
      name: "similar ideas",
      path: "/boxes/bench/similar?title=ameliorer%20l%27accueil%20telephonique%20a%20la%20mairie",
      sql: "select id, title, status, similarity from similar_ideas($1, $2, 5)",
      params: [box, "ameliorer l'accueil telephonique a la mairie"],
    },
    {
      name: "idea page",
      path: `/boxes/bench/ideas/${idea}`,
      sql: ideaPageSql("i.id = $2 and i.box_id = $3"),
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
  // On PostgreSQL the API server starts first: its modules are loaded before the long seeding
  // (workspace packages being rebuilt meanwhile cannot make it fail at the end).
  const early =
    kind === "postgres" ? await startServer({ DATABASE_URL: process.env.DATABASE_URL! }) : null;
  console.log(
    `\n== ${kind}: seeding ${ideas} ideas, ${ideas * supportsPerIdea} supports, ${commentsTotal} comments…`,
  );
  const seedSeconds = await seedBench(db);
  console.log(`   seeded in ${seedSeconds.toFixed(1)} s`);
  const list = await scenarios(db);
  const directResults = [];
  for (const scenario of list) directResults.push(await direct(db, scenario));
  await db.close(); // PGlite: one process at a time on a data folder
  const server = early ?? (await startServer({ IDEA_BOX_DATA_DIR: dataDir!, DATABASE_URL: "" })); // not the PostgreSQL run's URL
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
if (process.env.BENCH_PGLITE !== "0") await run("pglite");
if (process.env.DATABASE_URL) await run("postgres");
else console.log("\n(PostgreSQL skipped: no DATABASE_URL and no cluster)");
