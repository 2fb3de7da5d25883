import jsonSchema from "../schema/report.schema.json";
import type { CellLocation, IssueParams, ReportIssue } from "./issues";
import { escapePointerToken, resolvePointer, unescapePointerToken } from "@communs/i18n";
import type { ReportLocale } from "./format-issue";
import type { ReportInput } from "./schema";
import { pathOfTitle, titleOf } from "./sheet-titles";
import { validateReport } from "./validate";

export type CellValue = string | number | boolean | null;

/** One table of the spreadsheet view: a name, a header row and data rows. */
export interface SheetTable {
  name: string;
  headers: string[];
  rows: CellValue[][];
}

export interface ToSheetsOptions {
  /** Language of the column titles; `fromSheets` reads either. */
  locale?: ReportLocale;
}

export interface FromSheetsResult {
  ok: boolean;
  /** The validated report, when `ok`. */
  report?: ReturnType<typeof validateReport>["report"];
  /** What was read, even when invalid, so nothing already typed is lost. */
  data: Record<string, unknown>;
  issues: ReportIssue[];
  warnings: ReportIssue[];
}

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const ROOT_SHEET = "report";
const MAX_SHEET_NAME = 31;

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function sheetNameOf(arrayPath: string[]): string {
  let parts = arrayPath;
  while (parts.join(".").length > MAX_SHEET_NAME && parts.length > 1) parts = parts.slice(1);
  return parts.join(".").slice(0, MAX_SHEET_NAME);
}

/**
 * Flattens a report into tables: a `report` sheet of single fields (pointer, label, value) and
 * one sheet per repeated structure, whose rows name their parent by JSON pointer.
 */
export function toSheets(report: ReportInput | Plain, options: ToSheetsOptions = {}): SheetTable[] {
  const locale = options.locale ?? "fr";
  const root: SheetTable = {
    name: ROOT_SHEET,
    headers: [titleOf("field", locale), titleOf("label", locale), titleOf("value", locale)],
    rows: [],
  };
  const sheets = new Map<string, { table: SheetTable; columns: Map<string, number> }>();

  const sheetFor = (arrayPath: string[]) => {
    const key = arrayPath.join(".");
    let sheet = sheets.get(key);
    if (!sheet) {
      sheet = {
        table: { name: sheetNameOf(arrayPath), headers: [titleOf("parent", locale)], rows: [] },
        columns: new Map(),
      };
      sheets.set(key, sheet);
    }
    return sheet;
  };

  const visitArray = (items: unknown[], parentPointer: string, arrayPath: string[]) => {
    const sheet = sheetFor(arrayPath);
    const prefix = `${parentPointer}/${escapePointerToken(arrayPath.at(-1)!)}/`;
    items.forEach((item, index) => {
      const pointer = `${prefix}${index}`;
      const row: CellValue[] = [parentPointer];
      const put = (fieldPath: string, value: CellValue) => {
        let column = sheet.columns.get(fieldPath);
        if (column === undefined) {
          column = sheet.table.headers.length;
          sheet.columns.set(fieldPath, column);
          sheet.table.headers.push(titleOf(fieldPath, locale));
        }
        row[column] = value;
      };
      if (isObject(item)) flattenObject(item, pointer, arrayPath, [], put);
      else put("value", item as CellValue);
      sheet.table.rows.push(row);
    });
  };

  const flattenObject = (
    object: Plain,
    pointer: string,
    arrayPath: string[],
    fieldPath: string[],
    put: ((path: string, value: CellValue) => void) | undefined,
  ) => {
    for (const key in object) {
      const value = object[key];
      if (value === undefined) continue;
      if (typeof value !== "object" || value === null) {
        if (put) put(fieldPath.length ? `${fieldPath.join("/")}/${key}` : key, value as CellValue);
        else {
          const childPointer = `${pointer}/${escapePointerToken(key)}`;
          root.rows.push([
            childPointer,
            titleOf(childPointer.slice(1), locale),
            value as CellValue,
          ]);
        }
        continue;
      }
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      if (Array.isArray(value))
        visitArray(
          value,
          fieldPath.length ? `${pointer}/${fieldPath.map(escapePointerToken).join("/")}` : pointer,
          [...arrayPath, ...fieldPath, key],
        );
      else if (put) flattenObject(value as Plain, pointer, arrayPath, [...fieldPath, key], put);
      else flattenObject(value as Plain, childPointer, [...arrayPath, key], [], undefined);
    }
  };

  flattenObject(report as Plain, "", [], [], undefined);
  const tables = [root, ...[...sheets.values()].map(({ table }) => table)];
  for (const table of tables)
    for (const row of table.rows)
      for (let index = 0; index < table.headers.length; index += 1) row[index] ??= null;
  return tables;
}

// ---- reading back -------------------------------------------------------------------------

type SchemaNode = Record<string, unknown>;
const definitions = (jsonSchema as unknown as { $defs: Record<string, SchemaNode> }).$defs;
const rootNode: SchemaNode = { $ref: (jsonSchema as unknown as { $ref: string }).$ref };

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let guard = 0; current && typeof current.$ref === "string" && guard < 10; guard += 1)
    current = definitions[current.$ref.replace("#/$defs/", "")];
  if (current && Array.isArray(current.anyOf))
    return deref((current.anyOf as SchemaNode[]).find((option) => option.type !== "null"));
  return current;
}

const nodeCache = new Map<string, SchemaNode | undefined>();

/** The schema node at a pointer (array indexes step into `items`), cached by shape. */
const shapeOf = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, "/0");

function nodeAt(pointer: string): SchemaNode | undefined {
  return nodeAtShape(shapeOf(pointer));
}

/** `nodeAt` for a pointer whose indexes are already 0: no regular expression per row. */
function nodeAtShape(shape: string): SchemaNode | undefined {
  if (nodeCache.has(shape)) return nodeCache.get(shape);
  const node = walkSchema(shape);
  nodeCache.set(shape, node);
  return node;
}

function walkSchema(pointer: string): SchemaNode | undefined {
  let node = deref(rootNode);
  if (pointer === "") return node;
  for (const token of pointer.slice(1).split("/")) {
    if (!node) return undefined;
    if (node.type === "array") node = deref(node.items as SchemaNode);
    else
      node = deref(
        (node.properties as Record<string, SchemaNode> | undefined)?.[unescapePointerToken(token)],
      );
  }
  return node;
}

function convertCell(
  raw: CellValue,
  node: SchemaNode | undefined,
): { value: unknown; expected?: string } {
  const type = node?.type;
  if (type === "number" || type === "integer") {
    if (typeof raw === "number") return { value: raw };
    const number = Number(String(raw).trim().replace(/\s/g, "").replace(",", "."));
    return Number.isFinite(number) && String(raw).trim() !== ""
      ? { value: number }
      : { value: raw, expected: type };
  }
  if (type === "boolean") {
    if (typeof raw === "boolean") return { value: raw };
    const text = String(raw).trim().toLowerCase();
    if (["true", "vrai", "oui", "yes", "1"].includes(text)) return { value: true };
    if (["false", "faux", "non", "no", "0"].includes(text)) return { value: false };
    return { value: raw, expected: "boolean" };
  }
  return { value: typeof raw === "string" ? raw : String(raw) };
}

function setAt(target: Plain, path: readonly string[], value: unknown) {
  let current = target;
  for (let index = 0; index < path.length - 1; index += 1) {
    const key = path[index]!;
    if (!isObject(current[key])) current[key] = {};
    current = current[key] as Plain;
  }
  current[path[path.length - 1]!] = value;
}

/** The object at a pointer, creating the objects on the way when the schema says they are objects
 * (a parent that holds only lists has no row of its own). Array items are never invented. */
function ensureObjectAt(data: Plain, pointer: string): unknown {
  const resolution = resolvePointer(data, pointer);
  if (resolution.found) return resolution.value;
  if (pointer === "") return undefined;
  let current: unknown = data;
  let prefix = "";
  for (const raw of pointer.slice(1).split("/")) {
    prefix += `/${raw}`;
    const token = unescapePointerToken(raw);
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isObject(current)) {
      if (current[token] === undefined && nodeAt(prefix)?.type === "object") current[token] = {};
      current = current[token];
    } else return undefined;
  }
  return current;
}

// Blank cells typed by hand (a space) count as empty; only texts that start with white space
// (a control character, a space or a character past U+007F) need the trim, so the usual cell
// costs no new string and no regular expression.
const isEmpty = (value: CellValue | undefined) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" &&
    (value.length === 0 ||
      ((value.charCodeAt(0) <= 32 || value.charCodeAt(0) > 126) && value.trim() === "")));

/**
 * Reads tables made by `toSheets` (or typed by hand from its template) back into a report and
 * validates it. Every problem points at a sheet, a row and a column.
 */
export function fromSheets(tables: readonly SheetTable[]): FromSheetsResult {
  const data: Plain = {};
  const sheetIssues: ReportIssue[] = [];
  const cells = new Map<string, CellLocation>();
  // Where each item came from; turned into a map only when an issue needs locating.
  interface RowOrigin {
    pointer: string;
    table: SheetTable;
    row: number;
    columns: (string | undefined)[];
  }
  const rowOrigins: RowOrigin[] = [];
  let rowsByPointer: Map<string, RowOrigin> | undefined;
  const problem = (
    cell: CellLocation,
    code: ReportIssue["code"],
    params: IssueParams,
    pointer = "",
    severity: "error" | "warning" = "error",
  ) => sheetIssues.push({ pointer, code, severity, params, cell });

  const root = tables.find((table) => table.name === ROOT_SHEET);
  root?.rows.forEach((row, rowIndex) => {
    const [pointer, , raw] = row;
    const cell = { sheet: ROOT_SHEET, row: rowIndex + 2, column: "C", header: root.headers[2] };
    if (isEmpty(pointer) || isEmpty(raw)) return;
    const node = nodeAt(String(pointer));
    if (!node)
      return problem({ ...cell, column: "A", header: root.headers[0] }, "unknown-column", {
        header: String(pointer),
      });
    const { value, expected } = convertCell(raw!, node);
    if (expected) problem(cell, "invalid-cell", { value: String(raw), expected }, String(pointer));
    setAt(data, String(pointer).slice(1).split("/").map(unescapePointerToken), value);
    cells.set(String(pointer), cell);
  });

  const depthOf = (table: SheetTable) => {
    const first = table.rows.find((row) => !isEmpty(row[0]))?.[0];
    return first === undefined || first === null ? 0 : String(first).split("/").length;
  };
  const others = tables
    .filter((table) => table.name !== ROOT_SHEET)
    .sort((a, b) => depthOf(a) - depthOf(b));
  for (const table of others) {
    const key = table.name.split(".").at(-1)!;
    const columns = table.headers.map((header, index) => {
      if (index === 0) return undefined;
      const path = pathOfTitle(String(header ?? ""));
      if (path === undefined && !isEmpty(header))
        problem(
          { sheet: table.name, row: 1, column: columnLetter(index), header },
          "unknown-column",
          { header },
        );
      return path;
    });
    const splitPaths = columns.map((path) => path?.split("/"));
    // The schema nodes of the item and of its columns, once per shape of parent pointer (not
    // once per cell); rows of one parent follow each other, so the last parent is kept at hand.
    const byParentShape = new Map<
      string,
      { shape: string; item: SchemaNode | undefined; nodes: (SchemaNode | undefined)[] }
    >();
    let lastPointer: string | undefined;
    let last: { parent: unknown; schema: ReturnType<typeof byParentShape.get> } | undefined;
    const escapedKey = escapePointerToken(key);
    const cellAt = (rowIndex: number, index: number) => ({
      sheet: table.name,
      row: rowIndex + 2,
      column: columnLetter(index),
      header: table.headers[index],
    });
    table.rows.forEach((row, rowIndex) => {
      if (row.every(isEmpty)) return;
      const parentPointer = isEmpty(row[0]) ? "" : String(row[0]);
      if (parentPointer !== lastPointer) {
        const parentShape = shapeOf(parentPointer);
        let schema = byParentShape.get(parentShape);
        if (!schema) {
          const shape = `${parentShape}/${escapedKey}/0`;
          const item = nodeAtShape(shape);
          const scalar = item?.type !== "object";
          schema = {
            shape,
            item,
            nodes: columns.map((path) =>
              path === undefined ? undefined : scalar ? item : nodeAt(`${shape}/${path}`),
            ),
          };
          byParentShape.set(parentShape, schema);
        }
        lastPointer = parentPointer;
        // Found from the root once per parent: a map of every item by pointer cost more to fill.
        last = { parent: ensureObjectAt(data, parentPointer), schema };
      }
      const parent = last!.parent;
      const { item: itemNode, nodes } = last!.schema!;
      if (!isObject(parent))
        return problem(cellAt(rowIndex, 0), "unknown-parent", { parent: parentPointer });
      if (!itemNode)
        return problem({ ...cellAt(rowIndex, 0), header: table.name }, "unknown-sheet", {
          sheet: table.name,
        });
      if (!Array.isArray(parent[key])) parent[key] = [];
      const list = parent[key] as unknown[];
      const pointer = `${parentPointer}/${escapedKey}/${list.length}`;
      rowOrigins.push({ pointer, table, row: rowIndex + 2, columns });
      const scalar = itemNode.type !== "object";
      const item: Plain = {};
      let scalarValue: unknown;
      for (let index = 1; index < columns.length; index += 1) {
        const path = columns[index];
        const raw = row[index];
        if (path === undefined || isEmpty(raw)) continue;
        const node = nodes[index];
        if (!node) {
          problem({ ...cellAt(rowIndex, index), row: 1 }, "unknown-column", {
            header: table.headers[index] ?? path,
          });
          continue;
        }
        let value: unknown = raw;
        // Text in a text column, the usual case, needs no conversion.
        if (typeof raw !== "string" || node.type !== "string") {
          const converted = convertCell(raw!, node);
          value = converted.value;
          if (converted.expected)
            problem(
              cellAt(rowIndex, index),
              "invalid-cell",
              { value: String(raw), expected: converted.expected },
              scalar ? pointer : `${pointer}/${path}`,
            );
        }
        if (scalar) scalarValue = value;
        else setAt(item, splitPaths[index]!, value);
      }
      const value = scalar ? scalarValue : item;
      list.push(value);
    });
  }

  const seenCells = new Set<string>();
  const uniqueSheetIssues = sheetIssues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.cell?.sheet}\u0000${issue.cell?.column}\u0000${issue.cell?.row}`;
    if (seenCells.has(key)) return false;
    seenCells.add(key);
    return true;
  });
  const result = validateReport(data);
  // The cell of an issue: the row of the nearest item above its pointer, and the column of
  // the rest of the pointer when the row has one.
  const locate = (issue: ReportIssue): ReportIssue => {
    if (issue.cell) return issue;
    for (let pointer = issue.pointer; ; pointer = pointer.slice(0, pointer.lastIndexOf("/"))) {
      const cell = cells.get(pointer);
      if (cell) return { ...issue, cell };
      rowsByPointer ??= new Map(rowOrigins.map((origin) => [origin.pointer, origin]));
      const row = rowsByPointer.get(pointer);
      if (row) {
        const rest = issue.pointer.slice(pointer.length + 1);
        let index = rest === "" ? -1 : row.columns.indexOf(rest);
        for (let path = rest; index < 0 && path.includes("/");)
          index = row.columns.indexOf((path = path.slice(0, path.lastIndexOf("/"))));
        return {
          ...issue,
          cell: {
            sheet: row.table.name,
            row: row.row,
            column: columnLetter(Math.max(index, 0)),
            header: row.table.headers[Math.max(index, 0)],
          },
        };
      }
      if (pointer === "") return issue;
    }
  };
  const issues = [
    ...uniqueSheetIssues.filter((issue) => issue.severity === "error"),
    ...result.issues.map(locate),
  ];
  const warnings = [
    ...uniqueSheetIssues.filter((issue) => issue.severity === "warning"),
    ...result.warnings.map(locate),
  ];
  const ok = result.ok && issues.length === 0;
  return { ok, report: ok ? result.report : undefined, data, issues, warnings };
}
