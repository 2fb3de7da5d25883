import structure from "../generated/structure-validator.js";

/**
 * A node of the report's structure: the JSON Schema of the zod schema reduced to the keywords
 * below (generated/structure-validator.js, written by scripts/write-schema.mjs, which refuses any
 * other keyword). Checked here without zod: 2 kB of data and this file instead of zod's 60 kB.
 */
export interface StructureNode {
  $ref?: string;
  $defs?: Record<string, StructureNode>;
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, StructureNode>;
  required?: readonly string[];
  additionalProperties?: false;
  items?: StructureNode;
  default?: unknown;
  format?: "uri";
}

/** What a check returns for a value zod would refuse. */
const INVALID: unique symbol = Symbol("invalid");
/** A value checked, with defaults filled in (copying only the objects that change), or INVALID. */
type Check = (value: unknown) => unknown;
interface Compiled {
  check: Check;
  /** The default used when the value is absent. */
  fallback?: { value: unknown };
}

const defs = (structure as StructureNode).$defs ?? {};
const resolve = (node: StructureNode): StructureNode => {
  while (node.$ref) node = defs[node.$ref.replace("#/$defs/", "")] ?? {};
  return node;
};

/**
 * z.url({ protocol: /^https?$/ }) accepts what starts with http(s)://, parses as a URL, and
 * has no surrounding white space or tab/line break (which zod would strip from its output).
 */
const urlShape = /^https?:\/\/\S*$/i;
function isUrl(value: string): boolean {
  if (!urlShape.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const compiled = new Map<StructureNode, Compiled>();

function compile(node: StructureNode): Compiled {
  const known = compiled.get(node);
  if (known) return known;
  // Registered before its children, so that a recursive structure would reuse it.
  const entry: Compiled = { check: (value) => entry.check(value) };
  compiled.set(node, entry);
  const inner = node.$ref ? compile(defs[node.$ref.replace("#/$defs/", "")] ?? {}) : undefined;
  if ("default" in node) entry.fallback = { value: node.default };
  else if (inner?.fallback) entry.fallback = inner.fallback;
  entry.check = inner ? inner.check : checkOf(node);
  return entry;
}

function checkOf(node: StructureNode): Check {
  switch (node.type) {
    case "object":
      return objectCheck(node);
    case "array": {
      const item = compile(node.items ?? {}).check;
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        let out: unknown[] = value;
        for (let index = 0; index < value.length; index += 1) {
          const before: unknown = value[index];
          const after = item(before);
          if (after === INVALID) return INVALID;
          if (after !== before) {
            if (out === value) out = value.slice();
            out[index] = after;
          }
        }
        return out;
      };
    }
    case "string": {
      const { pattern, minLength = 0, format } = node;
      const allowed = node.enum;
      const regex = pattern === undefined ? undefined : new RegExp(pattern);
      return (value) =>
        typeof value === "string" &&
        value.length >= minLength &&
        (!regex || regex.test(value)) &&
        (!allowed || allowed.includes(value)) &&
        (format !== "uri" || isUrl(value))
          ? value
          : INVALID;
    }
    case "number":
    case "integer": {
      const { minimum = -Infinity, maximum = Infinity } = node;
      const integer = node.type === "integer";
      return (value) =>
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value)) &&
        value >= minimum &&
        value <= maximum
          ? value
          : INVALID;
    }
    case "boolean":
      return (value) => (typeof value === "boolean" ? value : INVALID);
    default:
      if (node.enum) {
        const allowed = node.enum;
        return (value) => (allowed.includes(value) ? value : INVALID);
      }
      return (value) => value;
  }
}

function objectCheck(node: StructureNode): Check {
  const names = Object.keys(node.properties ?? {});
  const fields = names.map((name) => ({ name, ...compile(node.properties![name]!) }));
  const required = new Set(node.required);
  const known = new Set(names);
  const closed = node.additionalProperties === false;
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return INVALID;
    const object = value as Record<string, unknown>;
    if (closed) for (const key in object) if (!known.has(key)) return INVALID;
    let out = object;
    for (let index = 0; index < fields.length; index += 1) {
      const { name, check, fallback } = fields[index]!;
      const before = object[name];
      let after: unknown = before;
      if (before === undefined) {
        if (required.has(name)) return INVALID;
        // A fresh list each time: reports never share a default array.
        if (fallback) after = Array.isArray(fallback.value) ? [] : fallback.value;
      } else {
        after = check(before);
        if (after === INVALID) return INVALID;
      }
      if (after !== before) {
        if (out === object) out = { ...object };
        out[name] = after;
      }
    }
    return out;
  };
}

let root: Check | undefined;

/**
 * Checks a report's structure without zod. Returns the report with its defaults filled in
 * (sharing the unchanged objects with the input) when zod would accept it with the same
 * output, or undefined when zod must say what is wrong.
 */
export function checkStructure(input: unknown): unknown {
  root ??= compile(structure as StructureNode).check;
  const out = root(input);
  return out === INVALID ? undefined : out;
}

/** Whether the structure has a place for this pointer (array indexes step into items). */
export function structureKnowsPointer(tokens: readonly string[]): boolean {
  let node = resolve(structure as StructureNode);
  for (const token of tokens) {
    const next =
      node.type === "array" && /^\d+$/.test(token)
        ? node.items
        : node.type === "object" && node.properties && Object.hasOwn(node.properties, token)
          ? node.properties[token]
          : undefined;
    if (!next) return false;
    node = resolve(next);
  }
  return true;
}
