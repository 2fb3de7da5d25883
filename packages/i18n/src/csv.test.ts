import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvBom, csvCell, csvRow, toCsv } from "./csv";

// A minimal RFC 4180 reader, to check that what is written reads back cell for cell.
function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark so that Excel keeps the accents", () => {
    const csv = toCsv([["Étape", "Œuvre"]]);
    expect(csv.startsWith(csvBom)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(toCsv([["a"]], { bom: false })).toBe("a\r\n");
  });

  it("writes a header and CRLF-terminated rows", () => {
    expect(
      toCsv(
        [
          [1, "a"],
          [2, null],
        ],
        { header: ["id", "titre"], bom: false },
      ),
    ).toBe("id,titre\r\n1,a\r\n2,\r\n");
  });

  it("quotes separators, quotes and line breaks, semicolons included for a French Excel", () => {
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("a\tb", "\t")).toBe('"a\tb"');
    expect(csvRow(["a b", "c"], ";")).toBe("a b;c");
  });

  it.each(["=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")'])(
    "neutralises a formula: %j",
    (text) => {
      const cell = csvCell(text);
      expect(parseCsv(`${cell}\r\n`)[0]![0]).toBe(`'${text}`);
    },
  );

  it("writes numbers as numbers: a negative number is not a formula", () => {
    expect(csvRow([-3, -0.5, 12n, "-3"])).toBe("-3,-0.5,12,'-3");
  });

  it("writes dates in ISO 8601 and booleans as words", () => {
    expect(csvRow([new Date(Date.UTC(2026, 0, 2)), true, undefined])).toBe(
      "2026-01-02T00:00:00.000Z,true,",
    );
  });

  it("reads back every cell of any table (formulas prefixed, nothing lost)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        fc.constantFrom(",", ";", "\t" as const),
        (rows, separator) => {
          const parsed = parseCsv(toCsv(rows, { bom: false, separator }), separator);
          const expected = rows.map((row) =>
            row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
          );
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});
