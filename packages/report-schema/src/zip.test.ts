import { crc32 } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import report2018 from "../data/la-27e-region-2018.json";
import { toSheets } from "./sheets";

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** zip.ts and xlsx.ts as a browser loads them: no node:zlib, CompressionStream only. */
async function withoutNodeZlib() {
  vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
  vi.resetModules();
  const [zip, xlsx] = await Promise.all([import("./zip"), import("./xlsx")]);
  vi.restoreAllMocks();
  vi.resetModules();
  const [nodeZip, nodeXlsx] = await Promise.all([import("./zip"), import("./xlsx")]);
  return { zip, xlsx, nodeZip, nodeXlsx };
}

describe("ZIP over the platform's deflate", () => {
  it("writes and reads the same archives with CompressionStream as with node:zlib", async () => {
    const { zip, nodeZip } = await withoutNodeZlib();
    const data = new TextEncoder().encode(
      "The quick brown fox jumps over the lazy dog ".repeat(50),
    );
    const browserMade = await zip.zip({ "a.txt": data });
    const nodeMade = await nodeZip.zip({ "a.txt": data });
    // Two deflaters at two levels: the archives differ…
    expect(browserMade).not.toEqual(nodeMade);
    // …with the same CRC-32 and size, and each side reads the other's.
    for (const bytes of [browserMade, nodeMade]) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      expect(view.getUint32(14, true)).toBe(crc32(data));
      expect(view.getUint32(22, true)).toBe(data.length);
      expect(await zip.unzip(bytes).read("a.txt")).toEqual(data);
      expect(await nodeZip.unzip(bytes).read("a.txt")).toEqual(data);
    }
  });

  it("brings a workbook written without node:zlib back through the reader with it, and back", async () => {
    const { xlsx, nodeXlsx } = await withoutNodeZlib();
    const tables = toSheets(report2018);
    expect(await nodeXlsx.xlsxToSheets(await xlsx.sheetsToXlsx(tables))).toEqual(tables);
    expect(await xlsx.xlsxToSheets(await nodeXlsx.sheetsToXlsx(tables))).toEqual(tables);
  });
});
