import type { ReportIssue } from "./issues";
import { columnLetter, type CellValue, type SheetTable } from "./sheets";
import { createZipWriter, unzip } from "./zip";

// A small SpreadsheetML (XLSX) writer and reader over the platform's deflate (see zip.ts). The
// writer puts sheets down as bytes and the reader scans strings with indexOf: the previous
// libraries built a DOM-like tree per cell and trimmed text on reading, which lost the spaces
// at the start and end of values.

const encoder = new TextEncoder();
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** XML text: markup escaped, characters XML 1.0 forbids and `_xHHHH_` look-alikes escaped as Excel does. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/**
 * A growing byte buffer. Sheet XML is ASCII (text lives in the shared strings), so cells are
 * written as bytes: no string per cell or row and no encoding pass, which kept the collector busy.
 */
class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private reserve(extra: number) {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  /** Markup, references and numbers: ASCII only. */
  ascii(text: string) {
    this.reserve(text.length);
    for (let index = 0; index < text.length; index += 1)
      this.bytes[this.length++] = text.charCodeAt(index);
  }
  /** A non-negative safe integer in decimal, without making a string of it. */
  integer(value: number) {
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    this.reserve(digits);
    for (let at = this.length + digits - 1, rest = value; at >= this.length; at -= 1) {
      this.bytes[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += digits;
  }
  /** Any text, in UTF-8 (at most three bytes per UTF-16 code unit). */
  text(text: string) {
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }
  take(): Uint8Array {
    const bytes = this.bytes.subarray(0, this.length);
    this.length = 0;
    return bytes;
  }
}

/** Shared strings: each distinct text written once, cells hold its index (as Excel does). */
class SharedStrings {
  readonly list: string[] = [];
  private readonly indexes = new Map<string, number>();
  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }
  write(out: ByteWriter) {
    out.text(
      `${xmlHeader}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">`,
    );
    for (const text of this.list) {
      out.ascii(/^\s|\s$/.test(text) ? '<si><t xml:space="preserve">' : "<si><t>");
      out.text(escapeText(text));
      out.ascii("</t></si>");
    }
    out.ascii("</sst>");
  }
}

/** What follows a cell's row number, by value type: for the bold header row and the others. */
const cellTails = (style: string) => ({
  number: `"${style}><v>`,
  boolean: `"${style} t="b"><v>`,
  string: `"${style} t="s"><v>`,
});
const HEADER_TAILS = cellTails(' s="1"');
const BODY_TAILS = cellTails("");

function writeSheet(out: ByteWriter, table: SheetTable, strings: SharedStrings) {
  let width = table.headers.length;
  for (const row of table.rows) width = Math.max(width, row.length);
  // Every cell names its reference: the standard allows leaving it out, but ExcelJS and other
  // readers need it. `<c r="AB`, then the row number.
  const opens = Array.from({ length: width }, (_, index) => `<c r="${columnLetter(index)}`);
  out.ascii(
    `${xmlHeader}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`,
  );
  const row = (cells: readonly CellValue[], number: number, tails: typeof BODY_TAILS) => {
    out.ascii('<row r="');
    out.integer(number);
    out.ascii('">');
    for (let index = 0; index < cells.length; index += 1) {
      const value = cells[index] ?? null;
      if (value === null) continue;
      out.ascii(opens[index]!);
      out.integer(number);
      if (typeof value === "number") {
        if (!Number.isFinite(value))
          throw new RangeError(
            `Cannot write ${value} in an XLSX file (sheet "${table.name}", cell ${columnLetter(index)}${number})`,
          );
        out.ascii(tails.number);
        if (Number.isSafeInteger(value) && value >= 0) out.integer(value);
        else out.ascii(String(value));
      } else if (typeof value === "boolean") {
        out.ascii(tails.boolean);
        out.integer(value ? 1 : 0);
      } else {
        out.ascii(tails.string);
        out.integer(strings.indexOf(value));
      }
      out.ascii("</v></c>");
    }
    out.ascii("</row>");
  };
  row(table.headers, 1, HEADER_TAILS);
  for (let index = 0; index < table.rows.length; index += 1)
    row(table.rows[index]!, index + 2, BODY_TAILS);
  out.ascii("</sheetData></worksheet>");
}

/**
 * One XLSX workbook with a sheet per table, header row in bold and frozen. Each part is
 * deflated as soon as it is written, into one reused buffer.
 */
export async function sheetsToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const archive = createZipWriter();
  const part = (name: string, xml: string) => archive.add(name, encoder.encode(xmlHeader + xml));
  const each = (item: (index: number) => string) =>
    tables.map((_, index) => item(index + 1)).join("");
  await part(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${each(
      (number) =>
        `<Override PartName="/xl/worksheets/sheet${number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )}</Types>`,
  );
  await part(
    "_rels/.rels",
    `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await part(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${each(
      (number) =>
        `<sheet name="${escapeText(tables[number - 1]!.name)}" sheetId="${number}" r:id="rId${number}"/>`,
    )}</sheets></workbook>`,
  );
  await part(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PACKAGE_REL}">${each(
      (number) =>
        `<Relationship Id="rId${number}" Type="${REL}/worksheet" Target="worksheets/sheet${number}.xml"/>`,
    )}<Relationship Id="rId${tables.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${tables.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  await part(
    "xl/styles.xml",
    `<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
  );
  const strings = new SharedStrings();
  const out = new ByteWriter();
  for (let index = 0; index < tables.length; index += 1) {
    writeSheet(out, tables[index]!, strings);
    await archive.add(`xl/worksheets/sheet${index + 1}.xml`, out.take());
  }
  strings.write(out);
  await archive.add("xl/sharedStrings.xml", out.take());
  return archive.finish();
}

// ---- reading ----------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text back to a string: entities, then Excel's `_xHHHH_` escapes. */
function unescapeText(text: string): string {
  const decoded = text.includes("&")
    ? text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) =>
        name.startsWith("#x")
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name] ?? whole),
      )
    : text;
  return decoded.includes("_x")
    ? decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : decoded;
}

/** The text of a string item: every `<t>` of its runs, phonetic runs (`<rPh>`) left out. */
function textOf(xml: string): string {
  // The usual case, one plain <t>: no regex.
  if (xml.startsWith("<t") && xml.endsWith("</t>") && xml.indexOf("<", 2) === xml.length - 4) {
    const open = xml.indexOf(">");
    if (open > 0 && xml[open - 1] !== "/") return unescapeText(xml.slice(open + 1, -4));
  }
  const runs = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of runs.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += unescapeText(match[1] ?? "");
  return text;
}

const isXmlSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where the values of the attributes `names` are, in the text between an element's name and its
 * `>` (`from` to `to`): start and end of each in `found`, -1 when absent. Double and single
 * quotes are both XML. One pass with no string per attribute: it runs for every cell.
 */
function findAttributes(
  text: string,
  from: number,
  to: number,
  names: readonly string[],
  found: Int32Array,
) {
  found.fill(-1);
  let at = from;
  while (at < to) {
    while (isXmlSpace(text.charCodeAt(at))) at += 1;
    const name = at;
    while (at < to && text.charCodeAt(at) !== 61 && !isXmlSpace(text.charCodeAt(at))) at += 1;
    const length = at - name;
    while (isXmlSpace(text.charCodeAt(at))) at += 1;
    if (text.charCodeAt(at) !== 61) return;
    at += 1;
    while (isXmlSpace(text.charCodeAt(at))) at += 1;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") return;
    const close = text.indexOf(quote, at + 1);
    if (close < 0 || close >= to) return;
    for (let index = 0; index < names.length; index += 1)
      if (names[index]!.length === length && text.startsWith(names[index]!, name)) {
        found[index * 2] = at + 1;
        found[index * 2 + 1] = close;
      }
    at = close + 1;
  }
}

const oneAttribute = new Int32Array(2);

/** An attribute's value, from the text between an element's name and its `>`. */
function attribute(text: string, name: string, from = 0, to = text.length): string | undefined {
  findAttributes(text, from, to, [name], oneAttribute);
  return oneAttribute[0]! < 0 ? undefined : text.slice(oneAttribute[0], oneAttribute[1]);
}

/**
 * Calls `each` for every element `<name …>…</name>` or `<name …/>` of `xml` between `from` and
 * `to`, with the bounds of its attributes and of its content (`start` is -1 for an empty
 * element). indexOf rather than a regular expression, whose match arrays and substrings per
 * row and cell cost more than the reading itself.
 */
function eachElement(
  xml: string,
  name: string,
  from: number,
  to: number,
  each: (attributesStart: number, attributesEnd: number, start: number, end: number) => void,
) {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = xml.indexOf(open, from); at >= 0 && at < to; at = xml.indexOf(open, at)) {
    at += open.length;
    const next = xml.charCodeAt(at);
    if (next !== 62 && next !== 47 && !isXmlSpace(next)) continue;
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0 || tagEnd >= to) return;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      each(at, tagEnd - 1, -1, -1);
      at = tagEnd;
    } else {
      const end = xml.indexOf(close, tagEnd);
      if (end < 0 || end > to) return;
      each(at, tagEnd, tagEnd + 1, end);
      at = end + close.length;
    }
  }
}

/** Why a file cannot be read as a workbook; `XlsxReadError.code`. */
export type XlsxReadErrorCode =
  | "not-zip"
  | "damaged-part"
  | "no-workbook"
  | "missing-part"
  | "no-sheet-part"
  | "row-order"
  | "bad-reference"
  | "cell-order"
  | "cell-type"
  | "shared-string"
  | "not-boolean"
  | "error-value"
  | "not-number";

/**
 * A file that cannot be read as a workbook: says what (`code`, `params`) and where (`sheet`,
 * `cell`). The message is in English, for logs; `issue` is the same problem as a report issue
 * (code `unreadable-xlsx`), which `formatIssue` words in French or English with its place.
 */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  readonly params: Record<string, string | number>;
  readonly sheet: string | undefined;
  readonly cell: string | undefined;
  readonly issue: ReportIssue;
  constructor(
    code: XlsxReadErrorCode,
    message: string,
    params: Record<string, string | number> = {},
    where: { sheet?: string; cell?: string } = {},
  ) {
    const place = [
      where.sheet === undefined ? "" : `sheet "${where.sheet}"`,
      where.cell === undefined ? "" : `cell ${where.cell}`,
    ]
      .filter(Boolean)
      .join(", ");
    super(`Unreadable XLSX file${place ? ` (${place})` : ""}: ${message}`);
    this.name = "XlsxReadError";
    this.code = code;
    this.params = params;
    this.sheet = where.sheet;
    this.cell = where.cell;
    const cell = /^([A-Z]+)(\d+)$/.exec(where.cell ?? "");
    this.issue = {
      code: "unreadable-xlsx",
      pointer: "",
      severity: "error",
      params: {
        ...params,
        reason: code,
        ...(where.sheet === undefined ? {} : { sheet: where.sheet }),
      },
      ...(cell && where.sheet !== undefined
        ? { cell: { sheet: where.sheet, row: Number(cell[2]), column: cell[1]! } }
        : {}),
    };
  }
}

const SPREADSHEET_NAMESPACES = new Set([MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"]);

/**
 * The part with SpreadsheetML elements unprefixed: the OpenXML SDK and others write
 * `<x:worksheet xmlns:x="…main">` and `<x:c>`. Only prefixes bound to SpreadsheetML on the root
 * element are removed, so the rest of the reader matches plain names.
 */
function unprefixed(xml: string): string {
  const rootStart = xml.search(/<[A-Za-z_]/);
  if (rootStart < 0) return xml;
  const head = xml.slice(rootStart, xml.indexOf(">", rootStart) + 1);
  if (!/^<[\w.-]+:/.test(head)) {
    // Default namespace on the root: prefixed SpreadsheetML elements inside are rare but legal.
    if (!head.includes("xmlns:")) return xml;
  }
  let result = xml;
  for (const match of head.matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (SPREADSHEET_NAMESPACES.has(match[2] ?? match[3] ?? "")) {
      const prefix = match[1]!;
      result = result.replaceAll(`<${prefix}:`, "<").replaceAll(`</${prefix}:`, "</");
    }
  return result;
}

/** The value of plain decimal digits in `text` from `start` to `end`, or -1 if they are not that. */
function digitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/** The 0-based column of a cell reference such as `AB12` (in `text` from `start` to `end`), or -1. */
function columnIndex(text: string, start = 0, end = text.length): number {
  let index = 0;
  let at = start;
  for (; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  if (at === start || at - start > 3 || text[at] === "0" || digitsAt(text, at, end) < 1) return -1;
  return index - 1;
}

/** The attributes of a cell that the reader needs, in this order in `findAttributes`' result. */
const CELL_ATTRIBUTES = ["r", "t", "s"];

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Style indexes whose number format is a date, from xl/styles.xml. */
function dateStyles(styles: string | undefined): Set<number> {
  const result = new Set<number>();
  if (!styles) return result;
  const custom = new Map<number, string>();
  for (const match of styles.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attribute(match[1]!, "numFmtId"));
    custom.set(id, unescapeText(attribute(match[1]!, "formatCode") ?? ""));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].forEach((match, index) => {
    const id = Number(attribute(match[1]!, "numFmtId") ?? 0);
    const code = custom.get(id);
    const isDate =
      code !== undefined
        ? /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""))
        : BUILT_IN_DATE_FORMATS.has(id);
    if (isDate) result.add(index);
  });
  return result;
}

/**
 * An Excel date serial as an ISO date (YYYY-MM-DD), with the time (YYYY-MM-DDTHH:MM:SS) when the
 * serial has one. Serials before 1900-03-01 account for Excel's fictitious 1900-02-29.
 */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const epoch = date1904
    ? Date.UTC(1904, 0, 1)
    : serial < 60
      ? Date.UTC(1899, 11, 31)
      : Date.UTC(1899, 11, 30);
  const seconds = Math.round(serial * 86400);
  const iso = new Date(epoch + seconds * 1000).toISOString();
  return seconds % 86400 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A relationship target resolved against the folder of the part that points at it. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${folder}${target}`;
  const parts: string[] = [];
  for (const part of path.split("/"))
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  return parts.join("/");
}

/** The relationships of a part: id → { type, target resolved to a part name }. */
function relationships(xml: string | undefined, folder: string) {
  const result = new Map<string, { type: string; target: string }>();
  for (const match of unprefixed(xml ?? "").matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    if (attribute(match[1]!, "TargetMode") === "External") continue;
    result.set(attribute(match[1]!, "Id") ?? "", {
      type: attribute(match[1]!, "Type") ?? "",
      target: resolveTarget(folder, attribute(match[1]!, "Target") ?? ""),
    });
  }
  return result;
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};
const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** What a cell of each type holds; anything else is an error that names the cell. */
const CELL_TYPES = new Set(["n", "s", "str", "inlineStr", "b", "e", "d"]);

/** Reads an XLSX workbook into tables: text exactly as typed, numbers, booleans, dates as ISO. */
export async function xlsxToSheets(file: ArrayBuffer | Uint8Array | Blob): Promise<SheetTable[]> {
  const bytes =
    file instanceof Uint8Array
      ? file
      : new Uint8Array(file instanceof ArrayBuffer ? file : await file.arrayBuffer());
  let archive: ReturnType<typeof unzip>;
  try {
    archive = unzip(bytes);
  } catch (error) {
    throw new XlsxReadError("not-zip", (error as Error).message);
  }
  const decoder = new TextDecoder();
  const texts = new Map(
    await Promise.all(
      archive.names
        .filter((name) => name.endsWith(".xml") || name.endsWith(".rels"))
        .map(async (name) => {
          try {
            return [name, decoder.decode(await archive.read(name))] as const;
          } catch (error) {
            throw new XlsxReadError(
              "damaged-part",
              `part ${name} cannot be inflated (${(error as Error).message})`,
              { part: name },
            );
          }
        }),
    ),
  );
  const read = (name: string) => {
    const text = texts.get(name);
    return text === undefined ? undefined : unprefixed(text);
  };
  const office = [...relationships(read("_rels/.rels"), "").values()].find((relationship) =>
    relationship.type.endsWith("/officeDocument"),
  );
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbook = read(workbookPart);
  if (!workbook)
    throw new XlsxReadError(
      "no-workbook",
      `no workbook (${workbookPart} is missing): is it really an XLSX spreadsheet?`,
      { part: workbookPart },
    );
  const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook);
  const targets = relationships(read(relsOf(workbookPart)), folderOf(workbookPart));
  const partOfType = (type: string, fallback: string) =>
    [...targets.values()].find((relationship) => relationship.type.endsWith(type))?.target ??
    fallback;
  const shared: string[] = [];
  const strings = read(partOfType("/sharedStrings", "xl/sharedStrings.xml")) ?? "";
  eachElement(strings, "si", 0, strings.length, (_, __, start, end) =>
    shared.push(start < 0 ? "" : textOf(strings.slice(start, end))),
  );
  const dates = dateStyles(read(partOfType("/styles", "xl/styles.xml")));

  const tables: SheetTable[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = unescapeText(attribute(match[1]!, "name") ?? "");
    const id = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1]!);
    const relationship = targets.get(id?.[1] ?? id?.[2] ?? "");
    // Chart sheets and dialog sheets hold no cells.
    if (relationship && !relationship.type.endsWith("/worksheet")) continue;
    const xml = relationship && read(relationship.target);
    if (xml === undefined)
      throw relationship
        ? new XlsxReadError(
            "missing-part",
            `the part ${relationship.target} is missing`,
            { part: relationship.target },
            { sheet: name },
          )
        : new XlsxReadError(
            "no-sheet-part",
            "the workbook does not say where the sheet is",
            {},
            { sheet: name },
          );
    tables.push(readSheet(name, xml, shared, dates, date1904));
  }
  return tables;
}

function readSheet(
  name: string,
  xml: string,
  shared: readonly string[],
  dates: ReadonlySet<number>,
  date1904: boolean,
): SheetTable {
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.lastIndexOf("</sheetData>");
  const grid: CellValue[][] = [];
  let rowNumber = 0;
  let column = -1;
  // Where the current cell's r, t and s attributes are (see findAttributes).
  const found = new Int32Array(6);
  /** An error in the current cell. */
  const fail = (
    code: XlsxReadErrorCode,
    message: string,
    params: Record<string, string | number>,
  ) =>
    new XlsxReadError(code, message, params, {
      sheet: name,
      cell: found[0]! >= 0 ? xml.slice(found[0], found[1]) : `${columnLetter(column)}${rowNumber}`,
    });
  /** A cell's value from its type and text, for every case but the usual ones read in place. */
  const cellValue = (
    type: string,
    raw: string | undefined,
    body: string,
    style: number,
  ): CellValue => {
    if (type === "inlineStr") {
      const inline = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body);
      return inline ? textOf(inline[1]!) : raw === undefined ? null : unescapeText(raw);
    }
    if (raw === undefined || (raw === "" && type !== "str")) return null;
    if (type === "s") {
      const index = Number(raw);
      if (!Number.isInteger(index) || index < 0 || index >= shared.length)
        throw fail(
          "shared-string",
          `shared string ${raw} does not exist (the file has ${shared.length})`,
          { index: raw, count: shared.length },
        );
      return shared[index]!;
    }
    if (type === "str" || type === "d") return unescapeText(raw);
    if (type === "b") {
      if (!/^(0|1|true|false)$/.test(raw))
        throw fail("not-boolean", `"${raw}" is not a boolean`, { value: raw });
      return raw === "1" || raw === "true";
    }
    if (type === "e") {
      const shown = unescapeText(raw);
      throw fail(
        "error-value",
        `the cell shows the error ${shown}: correct the formula or the value`,
        { value: shown },
      );
    }
    const number = Number(raw);
    if (!Number.isFinite(number) || (number === 0 && raw.trim() === ""))
      throw fail("not-number", `"${raw}" is not a number`, { value: raw });
    return dates.has(style) ? serialToIsoDate(number, date1904) : number;
  };
  if (dataStart >= 0 && dataEnd > dataStart)
    eachElement(xml, "row", dataStart, dataEnd, (rowAttributes, rowAttributesEnd, start, end) => {
      const declared = attribute(xml, "r", rowAttributes, rowAttributesEnd);
      const previousRow = rowNumber;
      rowNumber = declared === undefined ? rowNumber + 1 : Number(declared);
      if (!Number.isInteger(rowNumber) || rowNumber <= previousRow)
        throw new XlsxReadError(
          "row-order",
          `row number "${declared}" after row ${previousRow}: rows must be numbered upwards`,
          { row: declared ?? "", previous: previousRow },
          { sheet: name },
        );
      const cells: CellValue[] = [];
      column = -1;
      if (start >= 0)
        eachElement(xml, "c", start, end, (attributes, attributesEnd, bodyStart, bodyEnd) => {
          findAttributes(xml, attributes, attributesEnd, CELL_ATTRIBUTES, found);
          const refStart = found[0]!;
          const typeStart = found[2]!;
          const styleStart = found[4]!;
          const previousColumn = column;
          column = refStart < 0 ? column + 1 : columnIndex(xml, refStart, found[1]);
          if (column < 0) {
            const bad = xml.slice(refStart, found[1]);
            throw new XlsxReadError(
              "bad-reference",
              `"${bad}" is not a cell reference`,
              { ref: bad },
              { sheet: name },
            );
          }
          if (column <= previousColumn) {
            const previous = `${columnLetter(previousColumn)}${rowNumber}`;
            throw fail(
              "cell-order",
              `the cell comes after ${previous} in its row: cells must be in column order`,
              { previous },
            );
          }
          // One-letter types are one-character strings, which V8 does not allocate.
          const type =
            typeStart < 0
              ? "n"
              : found[3]! - typeStart === 1
                ? xml[typeStart]!
                : xml.slice(typeStart, found[3]);
          if (!CELL_TYPES.has(type))
            throw fail("cell-type", `unknown cell type "${type}"`, { type });
          // The usual cell, `<v>…</v>` alone, needs no regular expression; its digits are read
          // in place.
          let raw: string | undefined;
          let digits = -1;
          if (bodyStart >= 0) {
            const close = xml.startsWith("<v>", bodyStart) ? xml.indexOf("</v>", bodyStart) : -1;
            if (close < 0 || close > bodyEnd)
              raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(xml.slice(bodyStart, bodyEnd))?.[1];
            else {
              if (type === "s" || type === "n") digits = digitsAt(xml, bodyStart + 3, close);
              if (digits < 0) raw = xml.slice(bodyStart + 3, close);
            }
          }
          let value: CellValue;
          if (digits >= 0 && type === "s" && digits < shared.length) value = shared[digits]!;
          else if (digits >= 0 && type === "n" && dates.size === 0) value = digits;
          else {
            if (digits >= 0) raw = String(digits);
            value = cellValue(
              type,
              raw,
              bodyStart < 0 ? "" : xml.slice(bodyStart, bodyEnd),
              styleStart < 0 ? 0 : Number(xml.slice(styleStart, found[5])),
            );
          }
          if (value !== null) {
            while (cells.length < column) cells.push(null);
            cells[column] = value;
          }
        });
      found.fill(-1);
      while (grid.length < rowNumber - 1) grid.push([]);
      grid[rowNumber - 1] = cells;
    });
  const [headers = [], ...rows] = grid;
  let width = headers.length;
  for (const row of rows) width = Math.max(width, row.length);
  for (const row of grid) while (row.length < width) row.push(null);
  return {
    name,
    headers: headers.map((header) => (header === null ? "" : String(header))),
    rows,
  };
}
