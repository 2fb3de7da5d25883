import { evaluateCondition, parseCondition, type Condition } from "./expression";
import type {
  Answers,
  AnswerValue,
  Question,
  SonarDefinition,
  Stage,
  Style,
  ResultBand,
} from "./types";

export interface AxisScore {
  axis: string;
  /** 0 (lowest possible given the questions answered) to 1 (highest possible). */
  score: number;
  /** How many answered questions carried weight on this axis. */
  evidence: number;
  /** The result band that applies, if any. */
  band: string | null;
}

export type StyleVerdict =
  /** One style stands clearly out. */
  | "clear"
  /** The nearest style only just wins: shown as a lean inside a hybrid profile. */
  | "close-call"
  /** The axes are too even to name a style. */
  | "balanced"
  /** Two styles or more are exactly as near (e.g. at the exact centre of a 2×2): see `tied`. */
  | "tie"
  /** Too few answers to say anything. */
  | "not-enough-answers";

export interface StylePlacement {
  /** The style given: the nearest one, or the hybrid style for balanced or close profiles. */
  style: string | null;
  /** The nearest non-hybrid style, even when the profile is called hybrid. */
  nearest: string | null;
  runnerUp: string | null;
  /** 0..1: how much nearer the nearest style is than the runner-up (0 for a tie). */
  confidence: number;
  verdict: StyleVerdict;
  /**
   * The styles tied with the nearest one, the nearest included, in definition order; empty
   * without a tie. The nearest of a tie is the first of them (deterministic).
   */
  tied: string[];
}

export interface StagePlacement {
  /** The stage given, combining answers and self-placement. */
  stage: string | null;
  fromAnswers: string | null;
  selfPlaced: string | null;
  /** Stages whose evidence is close to the strongest: stages overlap. */
  alsoActive: string[];
  /** Evidence per stage, 0..1. */
  evidence: Record<string, number>;
}

export interface SonarResult {
  edition: string;
  version: string;
  answered: number;
  skipped: number;
  axes: AxisScore[];
  style: StylePlacement;
  stage: StagePlacement;
  /** Remedies of the placed stage, then signals of the stage after it. */
  nextSteps: { stage: string; kind: "remedy" | "signal"; index: number }[];
  /** Pitfalls of the placed stage. */
  pitfalls: { stage: string; index: number }[];
}

type CompiledDefinition = {
  definition: SonarDefinition;
  conditions: Map<string, Condition | null>;
};

const compiled = new WeakMap<SonarDefinition, CompiledDefinition>();

/** Parses every condition once per definition. Invalid conditions hide nothing (true). */
export function compileDefinition(definition: SonarDefinition): CompiledDefinition {
  let entry = compiled.get(definition);
  if (!entry) {
    const conditions = new Map<string, Condition | null>();
    for (const question of definition.questions) {
      if (!question.when) continue;
      const parsed = parseCondition(question.when);
      conditions.set(question.id, parsed.ok ? parsed.condition : null);
    }
    entry = { definition, conditions };
    compiled.set(definition, entry);
  }
  return entry;
}

/** The questions shown for these answers, in definition order. */
export function visibleQuestions(definition: SonarDefinition, answers: Answers): Question[] {
  const { conditions } = compileDefinition(definition);
  const visible: Question[] = [];
  // Answers to hidden questions are ignored by later conditions too.
  const effective: Answers = {};
  for (const question of definition.questions) {
    const condition = conditions.get(question.id);
    if (condition && !evaluateCondition(condition, effective)) continue;
    visible.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) effective[question.id] = answer;
  }
  return visible;
}

/** Checks an answer against its question; returns an error code or null. */
export function checkAnswer(
  question: Question,
  value: AnswerValue,
): { code: string; params?: Record<string, string | number> } | null {
  const optionIds = "options" in question ? question.options.map((option) => option.id) : [];
  switch (question.kind) {
    case "single":
      return typeof value === "string" && optionIds.includes(value)
        ? null
        : { code: "unknown-option", params: { question: question.id } };
    case "multiple": {
      if (!Array.isArray(value) || value.some((id) => !optionIds.includes(id))) {
        return { code: "unknown-option", params: { question: question.id } };
      }
      if (new Set(value).size !== value.length)
        return { code: "duplicate-choice", params: { question: question.id } };
      if (value.length > question.max)
        return { code: "too-many-choices", params: { question: question.id, max: question.max } };
      if (value.length === 0) return { code: "no-choice", params: { question: question.id } };
      return null;
    }
    case "scale":
      return typeof value === "number" &&
        Number.isInteger(value) &&
        value >= question.min &&
        value <= question.max
        ? null
        : {
            code: "out-of-scale",
            params: { question: question.id, min: question.min, max: question.max },
          };
    case "ranking":
      return Array.isArray(value) &&
        value.length === optionIds.length &&
        new Set(value).size === value.length &&
        value.every((id) => optionIds.includes(id))
        ? null
        : { code: "incomplete-ranking", params: { question: question.id } };
  }
}

function addTo(target: Record<string, number>, key: string, amount: number) {
  target[key] = (target[key] ?? 0) + amount;
}

/** Per question: the axes it weighs on, and the lowest and highest it can add to each. */
interface QuestionRange {
  axes: string[];
  low: number[];
  high: number[];
  /** Weight vector (aligned with `axes`) per option id. */
  weights: Map<string, number[]>;
}

const ranges = new WeakMap<Question, QuestionRange>();

function rangeOf(question: Question): QuestionRange {
  let range = ranges.get(question);
  if (range) return range;
  if (question.kind === "scale") {
    const axes = Object.keys(question.weights);
    const values = axes.map((axis) => question.weights[axis]!);
    range = {
      axes,
      low: values.map((weight) => Math.min(0, weight)),
      high: values.map((weight) => Math.max(0, weight)),
      weights: new Map(),
    };
  } else {
    const axes = [
      ...new Set(question.options.flatMap((option) => Object.keys(option.weights ?? {}))),
    ];
    const weights = new Map(
      question.options.map((option) => [
        option.id,
        axes.map((axis) => option.weights?.[axis] ?? 0),
      ]),
    );
    const low: number[] = [];
    const high: number[] = [];
    axes.forEach((_, index) => {
      const all = question.options.map((option) => weights.get(option.id)![index]!);
      if (question.kind === "single") {
        low.push(Math.min(...all));
        high.push(Math.max(...all));
      } else if (question.kind === "multiple") {
        // At least one and at most `max` options: the extremes pick the most negative or most positive.
        const sorted = [...all].sort((a, b) => a - b);
        let lowest = 0;
        let highest = 0;
        for (let at = 0; at < question.max && at < sorted.length; at++) {
          const smallest = sorted[at]!;
          const largest = sorted[sorted.length - 1 - at]!;
          if (at === 0 || smallest < 0) lowest += smallest;
          if (at === 0 || largest > 0) highest += largest;
        }
        low.push(lowest);
        high.push(highest);
      } else {
        // Best and worst orderings: the largest (smallest) weights ranked first.
        const steps = Math.max(1, all.length - 1);
        const at = (list: number[]) =>
          list.reduce(
            (total, weight, position) => total + weight * ((steps - position) / steps),
            0,
          );
        low.push(at([...all].sort((a, b) => a - b)));
        high.push(at([...all].sort((a, b) => b - a)));
      }
    });
    range = { axes, low, high, weights };
  }
  ranges.set(question, range);
  return range;
}

/** Adds what an answer gives each axis, and the lowest and highest that question could give. */
function contribute(
  question: Question,
  value: AnswerValue,
  totals: Record<string, number>,
  lows: Record<string, number>,
  highs: Record<string, number>,
  evidence: Record<string, number>,
) {
  const range = rangeOf(question);
  const { axes } = range;
  const gained = new Array<number>(axes.length).fill(0);
  if (question.kind === "scale") {
    const ratio =
      question.max === question.min
        ? 0
        : (Number(value) - question.min) / (question.max - question.min);
    for (let index = 0; index < axes.length; index++)
      gained[index] = question.weights[axes[index]!]! * ratio;
  } else if (question.kind === "single") {
    const weights = range.weights.get(value as string);
    if (weights) for (let index = 0; index < axes.length; index++) gained[index] = weights[index]!;
  } else if (question.kind === "multiple") {
    for (const id of value as string[]) {
      const weights = range.weights.get(id);
      if (weights)
        for (let index = 0; index < axes.length; index++) gained[index]! += weights[index]!;
    }
  } else {
    const ranking = value as string[];
    const steps = Math.max(1, ranking.length - 1);
    ranking.forEach((id, position) => {
      const weights = range.weights.get(id);
      if (weights)
        for (let index = 0; index < axes.length; index++)
          gained[index]! += weights[index]! * ((steps - position) / steps);
    });
  }
  for (let index = 0; index < axes.length; index++) {
    const axis = axes[index]!;
    totals[axis] = (totals[axis] ?? 0) + gained[index]!;
    lows[axis] = (lows[axis] ?? 0) + range.low[index]!;
    highs[axis] = (highs[axis] ?? 0) + range.high[index]!;
    if (range.high[index] !== range.low[index]) evidence[axis] = (evidence[axis] ?? 0) + 1;
  }
}

function bandFor(bands: ResultBand[], axis: string, score: number): string | null {
  const band =
    bands.find(
      (candidate) =>
        candidate.axis === axis &&
        score >= candidate.min &&
        (score < candidate.max || (candidate.max >= 1 && score <= 1)),
    ) ??
    bands.find(
      (candidate) =>
        candidate.axis === undefined &&
        score >= candidate.min &&
        (score < candidate.max || (candidate.max >= 1 && score <= 1)),
    );
  return band?.id ?? null;
}

// Distances and scores compared at this precision, so that float noise never breaks a tie
// (0.8 - 0.5 is 0.30000000000000004 but 0.5 - 0.2 is 0.3).
const precision = 1e9;
const settle = (value: number) => Math.round(value * precision) / precision;

/** -1 below the cut, 1 above, 0 on it. */
const sideOf = (value: number, cut: number) => Math.sign(settle(value - cut));

function placeStyle(definition: SonarDefinition, axes: AxisScore[]): StylePlacement {
  const hybrid = definition.styles.find((style) => style.hybrid);
  const candidates = definition.styles.filter((style) => !style.hybrid);
  if (axes.every((axis) => axis.evidence === 0) || candidates.length === 0) {
    return {
      style: null,
      nearest: null,
      runnerUp: null,
      confidence: 0,
      verdict: "not-enough-answers",
      tied: [],
    };
  }
  const rules = definition.scoring;
  const cutOf = (axis: string) => rules.thresholds?.[axis] ?? 0.5;
  const distance = (style: Style) =>
    settle(
      Math.sqrt(
        axes.reduce(
          (total, axis) => total + ((style.profile[axis.axis] ?? 0.5) - axis.score) ** 2,
          0,
        ),
      ),
    );
  // Nearest first; equal distances keep the definition order (Array.prototype.sort is stable).
  const ranked = candidates
    .map((style) => ({ style, distance: distance(style) }))
    .sort((a, b) => a.distance - b.distance);

  let order = ranked;
  let confidence: number;
  if ((rules.placement ?? "nearest") === "thresholds") {
    // A style matches when its profile is on the respondent's side of every cut; a score or a
    // profile value on a cut matches both sides.
    const matches = (style: Style) =>
      axes.every((axis) => {
        const cut = cutOf(axis.axis);
        const side = sideOf(axis.score, cut);
        const wanted = sideOf(style.profile[axis.axis] ?? cut, cut);
        return side === 0 || wanted === 0 || side === wanted;
      });
    const matching = ranked.filter((entry) => matches(entry.style));
    if (matching.length > 0) order = [...matching, ...ranked.filter((e) => !matching.includes(e))];
    // How far the scores are from the nearest cut that decides the style, 0..1.
    const best = order[0]!.style;
    const margins = axes
      .filter((axis) => sideOf(best.profile[axis.axis] ?? cutOf(axis.axis), cutOf(axis.axis)) !== 0)
      .map((axis) => {
        const cut = cutOf(axis.axis);
        const room = axis.score >= cut ? 1 - cut : cut;
        return room > 0 ? Math.abs(axis.score - cut) / room : 1;
      });
    // No style on the respondent's side of every cut: the nearest one, as a lean only.
    confidence = matching.length === 1 ? Math.min(1, ...margins) : 0;
    return finish(order, matching.length > 1 ? matching : [], confidence);
  }
  const nearest = ranked[0]!;
  const runnerUp = ranked[1];
  confidence = runnerUp
    ? (runnerUp.distance - nearest.distance) / Math.max(runnerUp.distance + nearest.distance, 1e-9)
    : 1;
  const tied = ranked.filter((entry) => entry.distance === nearest.distance);
  return finish(order, tied.length > 1 ? tied : [], confidence);

  function finish(
    ordered: { style: Style; distance: number }[],
    tied: { style: Style }[],
    rawConfidence: number,
  ): StylePlacement {
    const tiedIds = new Set(tied.map((entry) => entry.style.id));
    // A tie is settled by the definition order, whatever the distances' float noise.
    const tiedStyles = candidates.filter((entry) => tiedIds.has(entry.id));
    const isTie = tiedStyles.length > 1;
    const nearest = isTie ? tiedStyles[0]! : ordered[0]!.style;
    const runnerUp = isTie ? tiedStyles[1] : ordered[1]?.style;
    const rounded = isTie ? 0 : Math.round(Math.min(1, Math.max(0, rawConfidence)) * 1000) / 1000;
    let verdict: StyleVerdict = "clear";
    if (isTie) verdict = "tie";
    else if (balanced()) verdict = "balanced";
    else if (rounded < rules.minConfidence) verdict = "close-call";
    const style = verdict === "clear" || !hybrid ? nearest.id : hybrid.id;
    return {
      style,
      nearest: nearest.id,
      runnerUp: runnerUp?.id ?? null,
      confidence: rounded,
      verdict,
      tied: isTie ? tiedStyles.map((entry) => entry.id) : [],
    };
  }

  function balanced(): boolean {
    if ((rules.axisRelation ?? "competing") === "independent") {
      // Independent axes: balanced only in the middle of every axis, never in a corner.
      return axes.every(
        (axis) => settle(Math.abs(axis.score - cutOf(axis.axis))) < rules.hybridSpread / 2,
      );
    }
    const scores = axes.map((axis) => axis.score);
    return settle(Math.max(...scores) - Math.min(...scores)) < rules.hybridSpread;
  }
}

function placeStage(
  definition: SonarDefinition,
  visible: Question[],
  answers: Answers,
): StagePlacement {
  const raw: Record<string, number> = {};
  let selfPlaced: string | null = null;
  for (const question of visible) {
    const value = answers[question.id];
    if (value == null || question.kind === "scale") continue;
    const chosen = Array.isArray(value) ? value : [value as string];
    for (const option of question.options) {
      if (!chosen.includes(option.id) || !option.stages) continue;
      if (question.kind === "single" && question.selfPlacement) {
        selfPlaced = Object.keys(option.stages)[0] ?? null;
        continue;
      }
      for (const [stage, weight] of Object.entries(option.stages)) addTo(raw, stage, weight);
    }
  }
  const top = Math.max(0, ...Object.values(raw));
  const evidence: Record<string, number> = {};
  for (const stage of definition.stages)
    evidence[stage.id] = top > 0 ? Math.max(0, raw[stage.id] ?? 0) / top : 0;
  const byOrder = [...definition.stages].sort((a, b) => a.order - b.order);
  const strongest = (scores: Record<string, number>) => {
    let best: Stage | null = null;
    for (const stage of byOrder)
      if ((scores[stage.id] ?? 0) > 0 && (!best || scores[stage.id]! > scores[best.id]!))
        best = stage;
    return best?.id ?? null;
  };
  const fromAnswers = strongest(evidence);
  const combined: Record<string, number> = {};
  const weight = fromAnswers ? definition.scoring.selfPlacementWeight : 1;
  for (const stage of definition.stages) {
    combined[stage.id] =
      (1 - weight) * (evidence[stage.id] ?? 0) + (stage.id === selfPlaced ? weight : 0);
  }
  const stage = strongest(combined);
  const alsoActive = stage
    ? byOrder
        .filter((candidate) => candidate.id !== stage && (evidence[candidate.id] ?? 0) >= 0.75)
        .map((candidate) => candidate.id)
    : [];
  return { stage, fromAnswers, selfPlaced, alsoActive, evidence };
}

/** Scores answers against a definition. Hidden, skipped and invalid answers are left out. */
export function scoreAnswers(definition: SonarDefinition, answers: Answers): SonarResult {
  const visible = visibleQuestions(definition, answers);
  const totals: Record<string, number> = {};
  const lows: Record<string, number> = {};
  const highs: Record<string, number> = {};
  const evidence: Record<string, number> = {};
  let answered = 0;
  let skipped = 0;
  for (const question of visible) {
    const value = answers[question.id];
    if (value === null) skipped++;
    if (value == null || checkAnswer(question, value)) continue;
    answered++;
    contribute(question, value, totals, lows, highs, evidence);
  }
  const axes: AxisScore[] = definition.axes.map((axis) => {
    const range = (highs[axis.id] ?? 0) - (lows[axis.id] ?? 0);
    const raw = range > 0 ? ((totals[axis.id] ?? 0) - (lows[axis.id] ?? 0)) / range : 0.5;
    const score = Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
    return {
      axis: axis.id,
      score,
      evidence: evidence[axis.id] ?? 0,
      band: bandFor(definition.bands, axis.id, score),
    };
  });
  const stage = placeStage(definition, visible, answers);
  const placed = definition.stages.find((candidate) => candidate.id === stage.stage);
  const next = placed
    ? [...definition.stages]
        .sort((a, b) => a.order - b.order)
        .find((candidate) => candidate.order > placed.order)
    : undefined;
  return {
    edition: definition.edition.id,
    version: definition.edition.version,
    answered,
    skipped,
    axes,
    style: placeStyle(definition, axes),
    stage,
    nextSteps: placed
      ? [
          ...placed.remedies.map((_, index) => ({
            stage: placed.id,
            kind: "remedy" as const,
            index,
          })),
          ...(next?.signals ?? []).map((_, index) => ({
            stage: next!.id,
            kind: "signal" as const,
            index,
          })),
        ]
      : [],
    pitfalls: placed ? placed.pitfalls.map((_, index) => ({ stage: placed.id, index })) : [],
  };
}
