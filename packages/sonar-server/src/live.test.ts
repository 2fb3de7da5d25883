import { describe, expect, it } from "vitest";
import { exampleAnswers } from "@communs/sonar/examples";
import {
  createSseParser,
  type BoardConnection,
  type SseMessage,
  type WorkshopBoard,
  type WorkshopClient,
} from "@communs/sonar/workshop";
import { createLocalNotifier } from "./notifier";
import { openAnotherPool, setUpTestFile, startInstance, type TestInstance } from "./test/harness";

const file = setUpTestFile((database) => ({ databaseUrl: database.url }));

/** Follows a board; `next(predicate)` waits for the first board (from now on) that matches. */
function follow(client: WorkshopClient, id: string) {
  const boards: WorkshopBoard[] = [];
  const states: BoardConnection[] = [];
  let waiters: { test: (b: WorkshopBoard) => boolean; resolve: (b: WorkshopBoard) => void }[] = [];
  let deleted = false;
  const subscription = client.subscribeBoard(id, {
    onBoard(board) {
      boards.push(board);
      waiters = waiters.filter((waiter) => {
        if (!waiter.test(board)) return true;
        waiter.resolve(board);
        return false;
      });
    },
    onConnection: (state) => states.push(state),
    onDeleted: () => (deleted = true),
  });
  return {
    boards,
    states,
    subscription,
    get deleted() {
      return deleted;
    },
    next(test: (b: WorkshopBoard) => boolean, timeoutMs = 5000) {
      const found = boards.find(test);
      if (found) return Promise.resolve(found);
      return new Promise<WorkshopBoard>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no such board in time")), timeoutMs);
        waiters.push({
          test,
          resolve: (board) => {
            clearTimeout(timer);
            resolve(board);
          },
        });
      });
    },
  };
}

async function answerOnce(target: TestInstance, code: string) {
  const client = await target.client();
  await client.request("join", { params: { code }, body: {} });
  const started = performance.now();
  await client.request("submitResponse", { params: { code }, body: { answers: exampleAnswers } });
  return started;
}

/** Reads raw SSE messages from the events route until `count` arrived. */
async function rawEvents(base: string, id: string, headers: Record<string, string>, count: number) {
  const controller = new AbortController();
  const response = await fetch(`${base}/sonar/workshops/${id}/events`, {
    headers: { "x-test-user": "alice", ...headers },
    signal: controller.signal,
  });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(value);
  }
  controller.abort();
  return messages;
}

describe("the live board", () => {
  it("changes within a second of an answer, without reloading", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Live", edition: "innovation" },
    });
    const board = follow(file.alice, workshop.id);
    await board.next((b) => b.respondents === 0);
    for (let round = 1; round <= 3; round++) {
      const started = await answerOnce(file.instance, workshop.code);
      const seen = await board.next((b) => b.respondents === round);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(seen.summary.respondents).toBe(round);
    }
    expect(board.states).toContain("live");
    board.subscription.close();
  });

  it("resumes with Last-Event-ID: the missed change at once, nothing again if nothing was missed", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Resume", edition: "innovation" },
    });
    const first = await rawEvents(file.instance.url, workshop.id, {}, 2);
    expect(first.map((m) => m.event)).toEqual(["board", "ping"]);
    const seq = Number(first[0]!.id);
    expect(JSON.parse(first[1]!.data)).toMatchObject({ seq });
    expect(first[1]!.retry).toBe(2000);
    // Nothing happened: the board is not sent again, the ping says the seq.
    const same = await rawEvents(
      file.instance.url,
      workshop.id,
      { "last-event-id": String(seq) },
      1,
    );
    expect(same[0]!.event).toBe("ping");
    expect(JSON.parse(same[0]!.data)).toMatchObject({ seq });
    // A participant answered while the board was away: the new board comes first.
    await answerOnce(file.instance, workshop.code);
    const resumed = await rawEvents(
      file.instance.url,
      workshop.id,
      { "last-event-id": String(seq) },
      1,
    );
    expect(resumed[0]!.event).toBe("board");
    expect(Number(resumed[0]!.id)).toBeGreaterThan(seq);
    expect(JSON.parse(resumed[0]!.data)).toMatchObject({ respondents: 1 });
    // The same through the query parameter the client uses (no CORS preflight).
    const byQuery = await fetch(
      `${file.instance.url}/sonar/workshops/${workshop.id}/events?lastEventId=${Number(resumed[0]!.id)}`,
      { headers: { "x-test-user": "alice" } },
    );
    const reader = byQuery.body!.pipeThrough(new TextDecoderStream()).getReader();
    const firstChunk = (await reader.read()).value!;
    expect(firstChunk).toMatch(/^event: ping/);
    await reader.cancel();
  });

  it("is only for the workshop's facilitator", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Private", edition: "innovation" },
    });
    const anonymous = await fetch(`${file.instance.url}/sonar/workshops/${workshop.id}/events`);
    expect(anonymous.status).toBe(401);
    const bob = await fetch(`${file.instance.url}/sonar/workshops/${workshop.id}/events`, {
      headers: { "x-test-user": "bob" },
    });
    expect(bob.status).toBe(404);
  });

  it("follows close, reopen and deletion", async () => {
    const workshop = await file.alice.request("createWorkshop", {
      body: { title: "Status", edition: "innovation" },
    });
    const board = follow(file.alice, workshop.id);
    await board.next((b) => b.status === "open");
    await file.alice.request("closeWorkshop", { params: { id: workshop.id } });
    await board.next((b) => b.status === "closed");
    await file.alice.request("reopenWorkshop", { params: { id: workshop.id } });
    const reopened = await board.next((b) => b.status === "open" && b.seq > 0);
    expect(reopened.seq).toBeGreaterThan(board.boards[0]!.seq);
    await file.alice.request("deleteWorkshop", { params: { id: workshop.id } });
    await expect.poll(() => board.deleted, { timeout: 5000 }).toBe(true);
    expect(board.subscription.state).toBe("closed");
  });
});

describe("several instances on one database", () => {
  it("an answer received by one instance reaches a board connected to another", async () => {
    // PostgreSQL: a second pool and its own LISTEN connection, as another process would have.
    // PGlite (one process holds the database): the in-process notifier, shared.
    const shared = file.database.url ? undefined : createLocalNotifier();
    const otherDb = file.database.url ? await openAnotherPool(file.database.url) : file.database.db;
    const a = await startInstance(file.database.db, {
      databaseUrl: file.database.url,
      notifier: shared,
    });
    const b = await startInstance(otherDb, { databaseUrl: file.database.url, notifier: shared });
    try {
      const facilitator = await a.client("alice");
      const workshop = await facilitator.request("createWorkshop", {
        body: { title: "Two", edition: "innovation" },
      });
      const onA = follow(facilitator, workshop.id);
      const onB = follow(await b.client("alice"), workshop.id);
      await onA.next((x) => x.respondents === 0);
      await onB.next((x) => x.respondents === 0);
      const started = await answerOnce(b, workshop.code);
      await onA.next((x) => x.respondents === 1);
      expect(performance.now() - started).toBeLessThan(1000);
      await answerOnce(a, workshop.code);
      await onB.next((x) => x.respondents === 2);
      onA.subscription.close();
      onB.subscription.close();
    } finally {
      await a.close();
      await b.close();
      if (otherDb !== file.database.db) await otherDb.close();
    }
  });
});
