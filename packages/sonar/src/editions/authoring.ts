// Helpers for writing an edition in TypeScript: they only save typing, the type checker checks
// the shape as you write, and `npm run build` writes the edition's JSON from the result.
import type {
  AxisWeights,
  Concept,
  LocalizedText,
  PolicyCycleStep,
  QuestionOption,
  Stage,
} from "../types";

/** A text in both languages: `t("Découverte", "Discovery")`. */
export const t = (fr: string, en: string): LocalizedText => ({ fr, en });

/** A list of texts from `[fr, en]` pairs. */
export const texts = (...pairs: readonly (readonly [fr: string, en: string])[]): LocalizedText[] =>
  pairs.map(([fr, en]) => t(fr, en));

/** An answer option, with its weights on the axes and its evidence for stages when it has some. */
export function option(
  id: string,
  fr: string,
  en: string,
  weights?: AxisWeights,
  stages?: Record<string, number>,
): QuestionOption {
  return {
    id,
    label: t(fr, en),
    ...(weights ? { weights } : {}),
    ...(stages ? { stages } : {}),
  };
}

/** The options of a self-placement question: one per stage, id `self-<stage>`. */
export const selfPlacementOptions = (
  stages: readonly (readonly [stage: string, fr: string, en: string])[],
): QuestionOption[] =>
  stages.map(([stage, fr, en]) => option(`self-${stage}`, fr, en, undefined, { [stage]: 1 }));

type Pairs = readonly (readonly [fr: string, en: string])[];

export function stage(
  id: string,
  order: number,
  label: readonly [fr: string, en: string],
  summary: readonly [fr: string, en: string],
  lists: { signals: Pairs; pitfalls: Pairs; remedies: Pairs },
): Stage {
  return {
    id,
    order,
    label: t(...label),
    summary: t(...summary),
    signals: texts(...lists.signals),
    pitfalls: texts(...lists.pitfalls),
    remedies: texts(...lists.remedies),
  };
}

export function concept(
  id: string,
  family: string,
  label: readonly [fr: string, en: string],
  text: readonly [fr: string, en: string],
): Concept {
  return { id, family, label: t(...label), text: t(...text) };
}

export function policyStep(
  id: string,
  order: number,
  position: PolicyCycleStep["position"],
  label: readonly [fr: string, en: string],
  text: readonly [fr: string, en: string],
): PolicyCycleStep {
  return { id, order, position, label: t(...label), text: t(...text) };
}
