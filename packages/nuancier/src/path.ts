import type { NuanceKind, NuancierData, NuancierIssue, TrainingFormat } from "./model";
import { nuanceKinds } from "./constants";

export interface PathConstraints {
  /** "as-selected" keeps the person's order; "progressive" goes being → doing → acting. */
  order?: "as-selected" | "progressive";
  /** Who the path is for: nuances meant for others are kept but flagged. */
  audience?: string;
  /** Contact-time budget in hours for the whole path. */
  maxHours?: number;
  /** Number of learners; formats whose group size does not fit are avoided. */
  groupSize?: number;
  preferredFormats?: readonly string[];
  excludedFormats?: readonly string[];
}

/** Why a step is where it is and has the format it has. */
export type PathReason =
  | { code: "order-as-selected"; params: { position: number } }
  | { code: "order-progressive"; params: { kind: NuanceKind } }
  | { code: "format-preferred"; params: { formatId: string } }
  | { code: "format-fits-budget"; params: { formatId: string; remainingHours: number } }
  | { code: "format-fits-group"; params: { formatId: string; groupSize: number } }
  | { code: "format-varies"; params: { formatId: string } }
  | { code: "format-shortest"; params: { formatId: string } }
  | { code: "audience-outside"; params: { audience: string } };

export interface PathStep {
  position: number;
  nuanceId: string;
  sectorId: string;
  kind: NuanceKind;
  formatId: string;
  hours: { min: number; max: number };
  reasons: PathReason[];
}

export interface TrainingPath {
  steps: PathStep[];
  totalHours: { min: number; max: number };
  /** Nuances left out and budget overruns, each with its path into the selection. */
  issues: NuancierIssue[];
  constraints: PathConstraints;
}

const kindRank = (kind: NuanceKind) => nuanceKinds.indexOf(kind);

/**
 * Turns chosen nuances into an ordered training path: one format per nuance, chosen for the
 * constraints, with the total duration and the reasons for each step's place and format.
 */
export function buildPath(
  data: NuancierData,
  selection: readonly string[],
  constraints: PathConstraints = {},
): TrainingPath {
  const issues: NuancierIssue[] = [];
  const nuances = new Map(data.nuances.map((nuance) => [nuance.id, nuance]));
  const formats = new Map(data.formats.map((format) => [format.id, format]));
  const seen = new Set<string>();
  const chosen = selection.flatMap((id, index) => {
    const nuance = nuances.get(id);
    if (!nuance) {
      issues.push({ pointer: `/selection/${index}`, code: "unknown-nuance", params: { id } });
      return [];
    }
    if (seen.has(id)) {
      issues.push({ pointer: `/selection/${index}`, code: "duplicate-nuance", params: { id } });
      return [];
    }
    seen.add(id);
    return [{ nuance, index }];
  });
  if (constraints.order === "progressive") {
    chosen.sort((a, b) => kindRank(a.nuance.kind) - kindRank(b.nuance.kind));
  }

  const used = new Set<string>();
  const steps: PathStep[] = [];
  let spent = 0;
  for (const { nuance, index } of chosen) {
    const candidates = nuance.formats
      .map((id) => formats.get(id))
      .filter((format): format is TrainingFormat => !!format)
      .filter((format) => !constraints.excludedFormats?.includes(format.id));
    if (candidates.length === 0) {
      issues.push({
        pointer: `/selection/${index}`,
        code: "no-suitable-format",
        params: { id: nuance.id },
      });
      continue;
    }
    const remaining = constraints.maxHours === undefined ? Infinity : constraints.maxHours - spent;
    const format = pickFormat(candidates, constraints, remaining, used);
    const reasons: PathReason[] = [
      constraints.order === "progressive"
        ? { code: "order-progressive", params: { kind: nuance.kind } }
        : { code: "order-as-selected", params: { position: index + 1 } },
      ...formatReasons(format, candidates, constraints, remaining, used),
    ];
    if (constraints.audience && !nuance.audiences.includes(constraints.audience)) {
      reasons.push({ code: "audience-outside", params: { audience: constraints.audience } });
    }
    used.add(format.id);
    spent += format.hours.min;
    steps.push({
      position: steps.length + 1,
      nuanceId: nuance.id,
      sectorId: nuance.sectorId,
      kind: nuance.kind,
      formatId: format.id,
      hours: { ...format.hours },
      reasons,
    });
  }
  const totalHours = steps.reduce(
    (total, step) => ({ min: total.min + step.hours.min, max: total.max + step.hours.max }),
    { min: 0, max: 0 },
  );
  if (constraints.maxHours !== undefined && totalHours.min > constraints.maxHours) {
    issues.push({
      pointer: "/constraints/maxHours",
      code: "over-budget",
      params: { hours: totalHours.min, maxHours: constraints.maxHours },
    });
  }
  return { steps, totalHours, issues, constraints };
}

const fitsGroup = (format: TrainingFormat, size: number | undefined) =>
  size === undefined || (format.groupSize.min <= size && size <= format.groupSize.max);

/** Ranks formats: preferred, then group size, then budget, then variety, then shortest. */
function pickFormat(
  candidates: TrainingFormat[],
  constraints: PathConstraints,
  remaining: number,
  used: Set<string>,
): TrainingFormat {
  const preferred = constraints.preferredFormats ?? [];
  const rank = (format: TrainingFormat): number[] => {
    const preference = preferred.indexOf(format.id);
    return [
      preference === -1 ? preferred.length : preference,
      fitsGroup(format, constraints.groupSize) ? 0 : 1,
      format.hours.min <= remaining ? 0 : 1,
      used.has(format.id) ? 1 : 0,
      format.hours.min,
    ];
  };
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  return [...candidates].sort((a, b) => compare(rank(a), rank(b)))[0]!;
}

function formatReasons(
  format: TrainingFormat,
  candidates: TrainingFormat[],
  constraints: PathConstraints,
  remaining: number,
  used: Set<string>,
): PathReason[] {
  const formatId = format.id;
  if (constraints.preferredFormats?.includes(formatId)) {
    return [{ code: "format-preferred", params: { formatId } }];
  }
  const reasons: PathReason[] = [];
  if (constraints.groupSize !== undefined && fitsGroup(format, constraints.groupSize)) {
    reasons.push({
      code: "format-fits-group",
      params: { formatId, groupSize: constraints.groupSize },
    });
  }
  if (Number.isFinite(remaining) && format.hours.min <= remaining) {
    reasons.push({ code: "format-fits-budget", params: { formatId, remainingHours: remaining } });
  }
  if (candidates.length > 1 && used.size > 0 && !used.has(formatId)) {
    reasons.push({ code: "format-varies", params: { formatId } });
  }
  if (reasons.length === 0) reasons.push({ code: "format-shortest", params: { formatId } });
  return reasons;
}
