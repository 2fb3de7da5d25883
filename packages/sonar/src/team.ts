import type { SonarResult } from "./scoring";

export interface AxisSpread {
  axis: string;
  mean: number;
  /** Population standard deviation. */
  spread: number;
  min: number;
  max: number;
}

export interface TeamSummary {
  respondents: number;
  /** How many respondents got each style (hybrid included), and how many got none. */
  styles: Record<string, number>;
  stages: Record<string, number>;
  axes: AxisSpread[];
  /** Axes sorted from the widest spread: where the team disagrees most first. */
  disagreement: string[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const NONE = "none";

/** Distribution of styles and stages, mean and spread per axis, and where the team disagrees most. */
export function aggregate(results: readonly SonarResult[]): TeamSummary {
  const styles: Record<string, number> = {};
  const stages: Record<string, number> = {};
  const ids: string[] = [];
  const slots = new Map<string, number>();
  // Sums in integer thousandths (scores carry three decimals): exact, so order never matters.
  let sums = new Float64Array(8);
  let squares = new Float64Array(8);
  let mins = new Float64Array(8).fill(Infinity);
  let maxes = new Float64Array(8).fill(-Infinity);
  let counts = new Float64Array(8);
  const slotOf = (axis: string, position: number): number => {
    if (ids[position] === axis) return position;
    let slot = slots.get(axis);
    if (slot === undefined) {
      slot = ids.length;
      ids.push(axis);
      slots.set(axis, slot);
      if (slot >= sums.length) {
        const grow = (array: Float64Array, fill: number) => {
          const next = new Float64Array(array.length * 2).fill(fill);
          next.set(array);
          return next;
        };
        sums = grow(sums, 0);
        squares = grow(squares, 0);
        counts = grow(counts, 0);
        mins = grow(mins, Infinity);
        maxes = grow(maxes, -Infinity);
      }
    }
    return slot;
  };
  for (const result of results) {
    const style = result.style.style ?? NONE;
    styles[style] = (styles[style] ?? 0) + 1;
    const stage = result.stage.stage ?? NONE;
    stages[stage] = (stages[stage] ?? 0) + 1;
    const axes = result.axes;
    for (let position = 0; position < axes.length; position++) {
      const { axis, score } = axes[position]!;
      const slot = slotOf(axis, position);
      const units = Math.round(score * 1000);
      sums[slot]! += units;
      squares[slot]! += units * units;
      counts[slot]! += 1;
      if (score < mins[slot]!) mins[slot] = score;
      if (score > maxes[slot]!) maxes[slot] = score;
    }
  }
  const axes: AxisSpread[] = ids
    .map((axis, slot) => {
      const mean = sums[slot]! / counts[slot]!;
      const variance = Math.max(0, squares[slot]! / counts[slot]! - mean * mean);
      return {
        axis,
        mean: round(mean / 1000),
        spread: round(Math.sqrt(variance) / 1000),
        min: mins[slot]!,
        max: maxes[slot]!,
      };
    })
    .sort((a, b) => (a.axis < b.axis ? -1 : a.axis > b.axis ? 1 : 0));
  const disagreement = [...axes]
    .sort((a, b) => b.spread - a.spread || (a.axis < b.axis ? -1 : 1))
    .map((axis) => axis.axis);
  return { respondents: results.length, styles, stages, axes, disagreement };
}

export interface Comparison {
  axes: { axis: string; before: number; after: number; change: number }[];
  styles: { style: string; before: number; after: number; change: number }[];
  stages: { stage: string; before: number; after: number; change: number }[];
  /** The axis that moved most, if any moved. */
  largestChange: string | null;
}

const asSummary = (input: SonarResult | TeamSummary): TeamSummary =>
  "respondents" in input ? input : aggregate([input]);

/** The change between two dates, for one respondent (two results) or a team (two summaries). */
export function compare(
  before: SonarResult | TeamSummary,
  after: SonarResult | TeamSummary,
): Comparison {
  const a = asSummary(before);
  const b = asSummary(after);
  const share = (counts: Record<string, number>, key: string, total: number) =>
    total > 0 ? (counts[key] ?? 0) / total : 0;
  const keys = (x: Record<string, number>, y: Record<string, number>) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const axisIds = [...new Set([...a.axes, ...b.axes].map((axis) => axis.axis))].sort();
  const axes = axisIds.map((axis) => {
    const from = a.axes.find((entry) => entry.axis === axis)?.mean ?? 0;
    const to = b.axes.find((entry) => entry.axis === axis)?.mean ?? 0;
    return { axis, before: from, after: to, change: round(to - from) };
  });
  const distribution = <K extends "style" | "stage">(
    name: K,
    x: Record<string, number>,
    y: Record<string, number>,
  ) =>
    keys(x, y).map((key) => {
      const from = round(share(x, key, a.respondents));
      const to = round(share(y, key, b.respondents));
      return { [name]: key, before: from, after: to, change: round(to - from) } as Record<
        K,
        string
      > & { before: number; after: number; change: number };
    });
  const moved = [...axes].sort((x, y) => Math.abs(y.change) - Math.abs(x.change))[0];
  return {
    axes,
    styles: distribution("style", a.styles, b.styles),
    stages: distribution("stage", a.stages, b.stages),
    largestChange: moved && moved.change !== 0 ? moved.axis : null,
  };
}
