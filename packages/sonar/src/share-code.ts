import { sanitize } from "./create-sonar";
import type { Answers, PreviousVersion, QuestionKind, SonarDefinition } from "./types";

/**
 * Share codes: `edition~version~payload~checksum`, URL-safe, no server needed.
 * The payload lists, for each question of the version's layout, one varint: 0 unanswered,
 * 1 skipped, otherwise 2 + option index (single), 2 + bitmask (multiple), 2 + value − min
 * (scale), or 2 followed by the ranked option indexes (ranking).
 */
type Layout = PreviousVersion["layout"];

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: number[]): string {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = bytes.length - index >= 3 ? 4 : bytes.length - index + 1;
    for (let char = 0; char < chars; char++) text += alphabet[(chunk >> (18 - 6 * char)) & 63];
  }
  return text;
}

function fromBase64Url(text: string): number[] | null {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 4) {
    const group = text.slice(index, index + 4);
    if (group.length === 1) return null;
    let chunk = 0;
    for (let char = 0; char < 4; char++) {
      const value = char < group.length ? alphabet.indexOf(group[char]!) : 0;
      if (value < 0) return null;
      chunk = (chunk << 6) | value;
    }
    for (let byte = 0; byte < group.length - 1; byte++)
      bytes.push((chunk >> (16 - 8 * byte)) & 255);
  }
  return bytes;
}

function writeVarint(bytes: number[], value: number) {
  let rest = value;
  while (rest >= 128) {
    bytes.push((rest % 128) | 128);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
}

/** FNV-1a, 32 bits, written as 6 base-36 characters: catches typos and truncated links. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 6).toString(36).padStart(6, "0");
}

/** The layout of the definition's current version. */
export function layoutOf(definition: SonarDefinition): Layout {
  return definition.questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    ...("options" in question
      ? { options: question.options.map((option) => option.id) }
      : { min: question.min }),
  }));
}

/** Encodes answers into a short URL-safe code. Answers that do not fit the definition are left out. */
export function encodeShareCode(definition: SonarDefinition, answers: Answers): string {
  const clean = sanitize(definition, answers);
  const bytes: number[] = [];
  for (const entry of layoutOf(definition)) {
    const value = clean[entry.id];
    const options = entry.options ?? [];
    if (value === undefined) writeVarint(bytes, 0);
    else if (value === null) writeVarint(bytes, 1);
    else if (entry.kind === "single") writeVarint(bytes, 2 + options.indexOf(value as string));
    else if (entry.kind === "multiple") {
      writeVarint(
        bytes,
        2 + (value as string[]).reduce((mask, id) => mask + 2 ** options.indexOf(id), 0),
      );
    } else if (entry.kind === "scale") writeVarint(bytes, 2 + (value as number) - (entry.min ?? 0));
    else {
      writeVarint(bytes, 2);
      for (const id of value as string[]) writeVarint(bytes, options.indexOf(id));
    }
  }
  while (bytes.at(-1) === 0) bytes.pop();
  const body = `${definition.edition.id}~${definition.edition.version}~${toBase64Url(bytes)}`;
  return `${body}~${checksum(body)}`;
}

export type DecodeResult =
  | {
      ok: true;
      answers: Answers;
      /** The version the code was made with, when it differs from the definition's. */
      migratedFrom: string | null;
      /** Questions whose old answers could not be carried over. */
      dropped: string[];
    }
  | { ok: false; error: { code: string; params?: Record<string, string | number> } };

function decodePayload(layout: Layout, bytes: number[]): Answers | null {
  const answers: Answers = {};
  let position = 0;
  const readVarint = (): number | null => {
    let value = 0;
    let factor = 1;
    for (;;) {
      if (position >= bytes.length) return null;
      const byte = bytes[position++]!;
      value += (byte & 127) * factor;
      if (byte < 128) return value;
      factor *= 128;
      if (factor > 2 ** 49) return null;
    }
  };
  for (const entry of layout) {
    if (position >= bytes.length) break;
    const marker = readVarint();
    if (marker === null) return null;
    if (marker === 0) continue;
    if (marker === 1) {
      answers[entry.id] = null;
      continue;
    }
    const options = entry.options ?? [];
    const kind: QuestionKind = entry.kind;
    if (kind === "single") {
      const id = options[marker - 2];
      if (id === undefined) return null;
      answers[entry.id] = id;
    } else if (kind === "multiple") {
      let mask = marker - 2;
      const chosen: string[] = [];
      for (let index = 0; mask > 0; index++, mask = Math.floor(mask / 2)) {
        if (mask % 2 === 1) {
          if (options[index] === undefined) return null;
          chosen.push(options[index]!);
        }
      }
      answers[entry.id] = chosen;
    } else if (kind === "scale") answers[entry.id] = marker - 2 + (entry.min ?? 0);
    else {
      const ranking: string[] = [];
      for (let index = 0; index < options.length; index++) {
        const at = readVarint();
        if (at === null || options[at] === undefined) return null;
        ranking.push(options[at]!);
      }
      answers[entry.id] = ranking;
    }
  }
  return position === bytes.length ? answers : null;
}

/** Decodes a share code for this definition, migrating codes from earlier versions it knows. */
export function decodeShareCode(definition: SonarDefinition, code: string): DecodeResult {
  const parts = code.trim().split("~");
  if (parts.length !== 4) return { ok: false, error: { code: "malformed-code" } };
  const [edition, version, payload, sum] = parts as [string, string, string, string];
  if (checksum(`${edition}~${version}~${payload}`) !== sum)
    return { ok: false, error: { code: "checksum-mismatch" } };
  if (edition !== definition.edition.id) {
    return {
      ok: false,
      error: { code: "wrong-edition", params: { expected: definition.edition.id, found: edition } },
    };
  }
  const current = definition.edition.version;
  const previous =
    version === current
      ? undefined
      : definition.previousVersions?.find((entry) => entry.version === version);
  if (version !== current && !previous) {
    const known = [
      current,
      ...(definition.previousVersions ?? []).map((entry) => entry.version),
    ].join(", ");
    return {
      ok: false,
      error: { code: "unknown-version", params: { found: version, current, known } },
    };
  }
  const bytes = fromBase64Url(payload);
  const decoded = bytes && decodePayload(previous ? previous.layout : layoutOf(definition), bytes);
  if (!decoded) return { ok: false, error: { code: "malformed-code" } };
  const renamed: Answers = {};
  for (const [id, value] of Object.entries(decoded))
    renamed[previous?.renamedQuestions?.[id] ?? id] = value;
  const answers = sanitize(definition, renamed);
  const dropped = Object.keys(renamed).filter((id) => !(id in answers));
  return { ok: true, answers, migratedFrom: previous ? version : null, dropped };
}
