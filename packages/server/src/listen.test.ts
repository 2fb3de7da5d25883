// NOTIFY reaches the listeners of every instance; a broken PostgreSQL listening connection says
// so (`down`) and listens again (`up`) by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type Database, type ListenHandlers } from "./database";
import { openTestDatabase, type TestDatabase } from "./testing";

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
});
afterAll(() => test.dispose());

/** A listener that records what it is told, and waits for it. */
function recorder() {
  const events: string[] = [];
  const waiters: (() => void)[] = [];
  const push = (event: string) => {
    events.push(event);
    for (const wake of waiters.splice(0)) wake();
  };
  const handlers: ListenHandlers = {
    message: (payload) => push(`message:${payload}`),
    up: () => push("up"),
    down: () => push("down"),
  };
  const until = async (event: string, count = 1) => {
    const deadline = Date.now() + 15_000;
    while (events.filter((e) => e === event).length < count) {
      if (Date.now() > deadline) throw new Error(`no ${event} (had ${events.join(", ")})`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
  };
  return { events, handlers, until };
}

describe("listen", () => {
  it("hears NOTIFY after the notifying transaction commits, not before, and stops", async () => {
    const heard = recorder();
    const stop = await test.db.listen!("marks_changed", heard.handlers);
    await heard.until("up");
    await test.db.transaction(async (tx) => {
      await tx.query("select pg_notify('marks_changed', 'première')");
      expect(heard.events).not.toContain("message:première");
    });
    await heard.until("message:première");
    await test.db
      .transaction(async (tx) => {
        await tx.query("select pg_notify('marks_changed', 'annulée')");
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await test.db.query("select pg_notify('other_channel', 'ailleurs')");
    await test.db.query("select pg_notify('marks_changed', 'seconde')");
    await heard.until("message:seconde");
    expect(heard.events).toEqual(["up", "message:première", "message:seconde"]);
    await stop();
    await test.db.query("select pg_notify('marks_changed', 'après')");
    await test.db.query("select 1");
    expect(heard.events).not.toContain("message:après");
  });

  it("refuses a channel name that is not a plain identifier", async () => {
    await expect(test.db.listen!("marks; drop table x", recorder().handlers)).rejects.toThrow(
      "bad channel name",
    );
  });

  it.skipIf(!test?.url && !process.env.DATABASE_URL)(
    "PostgreSQL: another instance hears it; a killed listening connection goes down, then up again",
    async () => {
      const other: Database = await openPostgres(test.url!, 2);
      try {
        const heard = recorder();
        await other.listen!("marks_changed", heard.handlers);
        await heard.until("up");
        await test.db.query("select pg_notify('marks_changed', 'de A')");
        await heard.until("message:de A");
        const killed = await test.db.query<{ n: number }>(
          `select count(pg_terminate_backend(pid)) as n from pg_stat_activity
            where datname = current_database() and query ilike 'listen%'`,
        );
        expect(killed[0]!.n).toBe(1);
        await heard.until("down");
        await heard.until("up", 2);
        await test.db.query("select pg_notify('marks_changed', 'après la coupure')");
        await heard.until("message:après la coupure");
        expect(heard.events).toEqual([
          "up",
          "message:de A",
          "down",
          "up",
          "message:après la coupure",
        ]);
      } finally {
        await other.close();
      }
    },
  );
});
