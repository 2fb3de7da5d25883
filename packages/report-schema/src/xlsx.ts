import { unzip, zip } from "./zip";

const encoder = new TextEncoder();
const strToU8 = (text: string) => encoder.encode(text);
import { columnLetter, type CellValue, type SheetTable } from "./sheets";

// A small SpreadsheetML (XLSX) writer and reader over the platform's deflate (see zip.ts). Both are one pass over
// strings: the previous libraries built a DOM-like tree per cell and trimmed text on reading,
// which lost the spaces at the start and end of values.

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
  toXml(): string {
    const parts = [
      `${xmlHeader}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">`,
    ];
    for (const text of this.list)
      parts.push(
        /^\s|\s$/.test(text)
          ? `<si><t xml:space="preserve">${escapeText(text)}</t></si>`
          : `<si><t>${escapeText(text)}</t></si>`,
      );
    parts.push("</sst>");
    return parts.join("");
  }
}

function sheetXml(table: SheetTable, strings: SharedStrings): string {
  let width = table.headers.length;
  for (const row of table.rows) width = Math.max(width, row.length);
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index));
  const parts = [
    `${xmlHeader}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`,
  ];
  const row = (cells: readonly CellValue[], number: number, style: string) => {
    let xml = `<row r="${number}">`;
    // Every cell names its reference: the standard allows leaving it out, but ExcelJS and
    // other readers need it.
    for (let index = 0; index < cells.length; index += 1) {
      const value = cells[index] ?? null;
      if (value === null) continue;
      const ref = `${letters[index]}${number}`;
      if (typeof value === "number") {
        if (!Number.isFinite(value))
          throw new RangeError(
            `Cannot write ${value} in an XLSX file (sheet "${table.name}", cell ${ref})`,
          );
        xml += `<c r="${ref}"${style}><v>${value}</v></c>`;
      } else if (typeof value === "boolean")
        xml += `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}"${style} t="s"><v>${strings.indexOf(value)}</v></c>`;
    }
    parts.push(`${xml}</row>`);
  };
  row(table.headers, 1, ' s="1"');
  table.rows.forEach((cells, index) => row(cells, index + 2, ""));
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** One XLSX workbook with a sheet per table, header row in bold and frozen. */
export async function sheetsToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${tables
        .map(
          (_, index) =>
            `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `${xmlHeader}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `${xmlHeader}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${tables
        .map(
          (table, index) =>
            `<sheet name="${escapeText(table.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${xmlHeader}<Relationships xmlns="${PACKAGE_REL}">${tables
        .map(
          (_, index) =>
            `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rId${tables.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${tables.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `${xmlHeader}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    ),
  };
  const strings = new SharedStrings();
  tables.forEach((table, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(table, strings));
  });
  files["xl/sharedStrings.xml"] = strToU8(strings.toXml());
  return zip(files);
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

const isXmlSpace = (char: string | undefined) =>
  char === " " || char === "\t" || char === "\n" || char === "\r";

/**
 * An attribute's value, in double or single quotes (both are XML), from the text between an
 * element's name and its `>`. A scan rather than a regular expression: it runs for every cell.
 */
function attribute(attributes: string, name: string): string | undefined {
  for (let at = attributes.indexOf(name); at >= 0; at = attributes.indexOf(name, at + 1)) {
    if (at > 0 && !isXmlSpace(attributes[at - 1])) continue;
    let index = at + name.length;
    while (isXmlSpace(attributes[index])) index += 1;
    if (attributes[index] !== "=") continue;
    index += 1;
    while (isXmlSpace(attributes[index])) index += 1;
    const quote = attributes[index];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, index + 1);
    return close < 0 ? undefined : attributes.slice(index + 1, close);
  }
  return undefined;
}

/** A file that cannot be read as a workbook: says what and where (part, sheet, cell). */
export class XlsxReadError extends Error {
  readonly sheet: string | undefined;
  readonly cell: string | undefined;
  constructor(message: string, where: { sheet?: string; cell?: string } = {}) {
    const place = [
      where.sheet === undefined ? "" : `sheet "${where.sheet}"`,
      where.cell === undefined ? "" : `cell ${where.cell}`,
    ]
      .filter(Boolean)
      .join(", ");
    super(`Unreadable XLSX file${place ? ` (${place})` : ""}: ${message}`);
    this.name = "XlsxReadError";
    this.sheet = where.sheet;
    this.cell = where.cell;
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

/** The 0-based column of a cell reference such as `AB12`, or -1 if it is not one. */
function columnIndex(ref: string): number {
  let index = 0;
  let letters = 0;
  for (; letters < ref.length; letters += 1) {
    const code = ref.charCodeAt(letters);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  if (letters === 0 || letters > 3 || !/^[1-9]\d*$/.test(ref.slice(letters))) return -1;
  return index - 1;
}

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
    throw new XlsxReadError((error as Error).message);
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
              `part ${name} cannot be inflated (${(error as Error).message})`,
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
      `no workbook (${workbookPart} is missing): is it really an XLSX spreadsheet?`,
    );
  const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook);
  const targets = relationships(read(relsOf(workbookPart)), folderOf(workbookPart));
  const partOfType = (type: string, fallback: string) =>
    [...targets.values()].find((relationship) => relationship.type.endsWith(type))?.target ??
    fallback;
  const shared = [
    ...(read(partOfType("/sharedStrings", "xl/sharedStrings.xml")) ?? "").matchAll(
      /<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g,
    ),
  ].map((match) => textOf(match[1] ?? ""));
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
      throw new XlsxReadError(
        relationship
          ? `the part ${relationship.target} is missing`
          : "the workbook does not say where the sheet is",
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
  const data = dataStart >= 0 && dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : "";
  const grid: CellValue[][] = [];
  let rowNumber = 0;
  for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const declared = attribute(row[1]!, "r");
    const previousRow = rowNumber;
    rowNumber = declared === undefined ? rowNumber + 1 : Number(declared);
    if (!Number.isInteger(rowNumber) || rowNumber <= previousRow)
      throw new XlsxReadError(
        `row number "${declared}" after row ${previousRow}: rows must be numbered upwards`,
        { sheet: name },
      );
    const cells: CellValue[] = [];
    let column = -1;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const ref = attributes.includes("r") ? attribute(attributes, "r") : undefined;
      const previousColumn = column;
      column = ref === undefined ? column + 1 : columnIndex(ref);
      const where = { sheet: name, cell: ref ?? `${columnLetter(column)}${rowNumber}` };
      if (column < 0) throw new XlsxReadError(`"${ref}" is not a cell reference`, where);
      if (column <= previousColumn)
        throw new XlsxReadError(
          `the cell comes after ${columnLetter(previousColumn)}${rowNumber} in its row: cells must be in column order`,
          where,
        );
      const body = cell[2] ?? "";
      const type = attributes.includes("t") ? (attribute(attributes, "t") ?? "n") : "n";
      if (!CELL_TYPES.has(type)) throw new XlsxReadError(`unknown cell type "${type}"`, where);
      const raw = body.startsWith("<v>")
        ? body.slice(3, body.indexOf("</v>"))
        : /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: CellValue;
      if (type === "inlineStr") {
        const inline = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body);
        value = inline ? textOf(inline[1]!) : raw === undefined ? null : unescapeText(raw);
      } else if (raw === undefined || (raw === "" && type !== "str")) value = null;
      else if (type === "s") {
        const index = Number(raw);
        if (!Number.isInteger(index) || index < 0 || index >= shared.length)
          throw new XlsxReadError(
            `shared string ${raw} does not exist (the file has ${shared.length})`,
            where,
          );
        value = shared[index]!;
      } else if (type === "str" || type === "d") value = unescapeText(raw);
      else if (type === "b") {
        if (!/^(0|1|true|false)$/.test(raw))
          throw new XlsxReadError(`"${raw}" is not a boolean`, where);
        value = raw === "1" || raw === "true";
      } else if (type === "e")
        throw new XlsxReadError(
          `the cell shows the error ${unescapeText(raw)}: correct the formula or the value`,
          where,
        );
      else {
        const number = raw.trim() === "" ? NaN : Number(raw);
        if (!Number.isFinite(number)) throw new XlsxReadError(`"${raw}" is not a number`, where);
        const style = attributes.includes("s") ? Number(attribute(attributes, "s") ?? 0) : 0;
        value = dates.has(style) ? serialToIsoDate(number, date1904) : number;
      }
      if (value !== null) {
        while (cells.length < column) cells.push(null);
        cells[column] = value;
      }
    }
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = cells;
  }
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
