import { describe, expect, it } from "vitest";
import { captureCli } from "./cli-capture.js";

describe("captureCli", () => {
  it("collects both streams, passes the rest of io through and returns the exit code", async () => {
    const seen = [];
    const result = await captureCli(
      async (argv, io) => {
        seen.push(io.cwd, io.env);
        io.out(`args: ${argv.join(" ")}`);
        io.out("second line");
        io.err("a warning");
        return 2;
      },
      ["validate", "x.json"],
      { cwd: "/tmp/work" },
    );
    expect(result).toEqual({
      code: 2,
      out: "args: validate x.json\nsecond line",
      err: "a warning",
    });
    expect(seen).toEqual(["/tmp/work", {}]);
  });
});
