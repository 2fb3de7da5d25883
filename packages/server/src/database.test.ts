import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "./database";
import { DataFolderLockedError } from "./data-lock";
import { openTestDatabase } from "./testing";

const folder = mkdtempSync(path.join(tmpdir(), "communs-server-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the database", () => {
  it("returns counts as numbers and rolls a failed transaction back (PGlite or PostgreSQL)", async () => {
    const { db, drop } = await openTestDatabase();
    try {
      await db.query("create table marks (id int)");
      await expect(
        db.transaction(async (tx) => {
          await tx.query("insert into marks values (1)");
          throw new Error("half-way");
        }),
      ).rejects.toThrow("half-way");
      await db.transaction((tx) => tx.query("insert into marks values (2), (3)"));
      expect(await db.query("select count(*) as n from marks")).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
      await drop();
    }
  });

  it("locks a PGlite data folder for one server at a time, until it closes", async () => {
    const first = await openPglite({ dataDir: folder });
    const second = openPglite({ dataDir: folder });
    await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(second).rejects.toThrow(`${folder} is in use by another Communs server`);
    await first.close();
    const again = await openPglite({ dataDir: folder });
    await again.close();
  });
});
