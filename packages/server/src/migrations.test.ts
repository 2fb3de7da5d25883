import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations, type MigrationSet } from "./migrations";
import { openTestDatabase, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.dispose());

/** A tool's set: `<tool>_schema_migrations`, its own lock, migrations numbered from 1. */
const setOf = (tool: string, lockKey: number, ...sql: string[]): MigrationSet => ({
  table: `${tool}_schema_migrations`,
  lockKey,
  migrations: sql.map((text, index) => ({
    version: index + 1,
    name: `${tool} ${index + 1}`,
    sql: text,
  })),
});

const notes = setOf(
  "notes",
  1001,
  "create table notes (id int primary key);\n",
  "alter table notes add column title text;\ncreate index notes_title on notes (title);\n",
);

describe("runMigrations", () => {
  it("applies each pending migration once, in order, and records it in the set's table", async () => {
    const { db } = database;
    expect(await runMigrations(db, notes)).toEqual([1, 2]);
    expect(await runMigrations(db, notes)).toEqual([]);
    await db.query("insert into notes (id, title) values (1, 'a')");
    const rows = await db.query<{ version: number; name: string }>(
      "select version, name from notes_schema_migrations order by version",
    );
    expect(rows).toEqual([
      { version: 1, name: "notes 1" },
      { version: 2, name: "notes 2" },
    ]);
  });

  it("keeps each set's versions apart: another tool's version 1 is still pending", async () => {
    const other = setOf("other", 1002, "create table other_rows (id int);");
    expect(await runMigrations(database.db, other)).toEqual([1]);
  });

  it("applies nothing of a migration that fails, and leaves the earlier ones applied", async () => {
    const broken = setOf(
      "broken",
      1003,
      "create table fine_rows (id int);",
      "create table half_rows (id int);\ninsert into missing_table values (1);\n",
    );
    await expect(runMigrations(database.db, broken)).rejects.toThrow(/missing_table/);
    const tables = await database.db.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_name in ('fine_rows', 'half_rows')",
    );
    expect(tables.map((t) => t.name)).toEqual(["fine_rows"]);
  });

  it("refuses a table name that could carry SQL", async () => {
    await expect(
      runMigrations(database.db, { ...notes, table: "x; drop table notes" }),
    ).rejects.toThrow(/runMigrations: migrations table name "x; drop table notes"/);
  });
});
