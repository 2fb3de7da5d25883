import type { Issue } from "@communs/i18n";

/** A text in every locale of the edition, e.g. `{ fr: "Découverte", en: "Discovery" }`. */
export type LocalizedText = Record<string, string>;

export type SonarLocale = "fr" | "en";

/** Weights of an option on the axes of the edition, e.g. `{ entrepreneurial: 2 }`. */
export type AxisWeights = Record<string, number>;

export interface Axis {
  id: string;
  label: LocalizedText;
  /** What a low and a high score mean, for the table alternative to the radar. */
  low: LocalizedText;
  high: LocalizedText;
}

export interface QuestionOption {
  id: string;
  label: LocalizedText;
  weights?: AxisWeights;
  /** Evidence for stages, e.g. `{ test: 1 }` (placement from answers). */
  stages?: Record<string, number>;
}

interface QuestionBase {
  id: string;
  prompt: LocalizedText;
  help?: LocalizedText;
  /** A condition in the Sonar expression language, e.g. `role = "elected" and not answered(q2)`. */
  when?: string;
}

export interface SingleQuestion extends QuestionBase {
  kind: "single";
  options: QuestionOption[];
  /** This question is the respondent's own placement on the stages: each option names a stage. */
  selfPlacement?: boolean;
}

export interface MultipleQuestion extends QuestionBase {
  kind: "multiple";
  options: QuestionOption[];
  /** The most options one may tick. */
  max: number;
}

export interface ScaleQuestion extends QuestionBase {
  kind: "scale";
  min: number;
  max: number;
  minLabel: LocalizedText;
  maxLabel: LocalizedText;
  /** Weights applied in full at `max`, not at all at `min`. */
  weights: AxisWeights;
}

export interface RankingQuestion extends QuestionBase {
  kind: "ranking";
  /** The first-ranked option counts fully, the last not at all. */
  options: QuestionOption[];
}

export type Question = SingleQuestion | MultipleQuestion | ScaleQuestion | RankingQuestion;
export type QuestionKind = Question["kind"];

export interface Style {
  id: string;
  label: LocalizedText;
  summary: LocalizedText;
  strength: LocalizedText;
  weakSpot: LocalizedText;
  /** Expected score (0..1) on each axis. Ignored for the hybrid style. */
  profile: Record<string, number>;
  /** The style given to balanced profiles instead of forcing one. */
  hybrid?: boolean;
}

export interface Stage {
  id: string;
  order: number;
  label: LocalizedText;
  summary: LocalizedText;
  signals: LocalizedText[];
  pitfalls: LocalizedText[];
  remedies: LocalizedText[];
}

export interface ConceptFamily {
  id: string;
  label: LocalizedText;
}

export interface Concept {
  id: string;
  family: string;
  label: LocalizedText;
  text: LocalizedText;
}

export interface PolicyCycleStep {
  id: string;
  order: number;
  position: "upstream" | "downstream";
  label: LocalizedText;
  text: LocalizedText;
}

export interface ResultBand {
  id: string;
  /** The band applies to this axis, or to every axis when left out. */
  axis?: string;
  /** Inclusive lower bound, exclusive upper bound (1 is included in the last band). */
  min: number;
  max: number;
  label: LocalizedText;
  text: LocalizedText;
}

/** How to read share codes made with an earlier version of the edition. */
export interface PreviousVersion {
  version: string;
  /** Question ids in the order of that version, each with its option ids (empty for scales). */
  layout: { id: string; kind: QuestionKind; options?: string[]; min?: number }[];
  /** Old question id → new question id. */
  renamedQuestions?: Record<string, string>;
}

/**
 * How the axes relate. `competing`: the axes pull against each other (a respondent leans to one
 * culture rather than another, as in the innovation edition), so even axes mean a balanced
 * profile. `independent`: each axis is measured on its own (a 2×2 model: high or low on each),
 * so high on both or low on both is a corner, not a balance.
 */
export type AxisRelation = "competing" | "independent";

/**
 * How a style is chosen. `nearest`: the style whose profile is nearest to the scores.
 * `thresholds`: each axis is cut at its threshold (0.5 unless `thresholds` says otherwise) and
 * the style whose profile lies on the same side of every cut is chosen (the quadrants of a 2×2).
 */
export type PlacementRule = "nearest" | "thresholds";

export interface ScoringRules {
  /**
   * When the profile is called balanced (and given the hybrid style). Competing axes: below this
   * spread between the highest and lowest axis. Independent axes: when every axis is within half
   * of it from its middle (the threshold, 0.5 by default).
   */
  hybridSpread: number;
  /** Below this confidence, the nearest style is only a lean, and the profile is called hybrid. */
  minConfidence: number;
  /** Weight of self-placement against the stage evidence of the answers (0..1). */
  selfPlacementWeight: number;
  /** How the axes relate; `competing` when left out. */
  axisRelation?: AxisRelation;
  /** How a style is chosen; `nearest` when left out. */
  placement?: PlacementRule;
  /** Where each axis is cut, by axis id (0..1); 0.5 for an axis left out. */
  thresholds?: Record<string, number>;
}

export interface SonarDefinition {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  /** Version of this definition format. */
  format: 1;
  edition: {
    id: string;
    version: string;
    licence: string;
    locales: string[];
    title: LocalizedText;
    intro: LocalizedText;
    credits?: LocalizedText;
  };
  axes: Axis[];
  questions: Question[];
  styles: Style[];
  /** The stages of the trajectory; an edition may have none (no stage is then placed or shown). */
  stages: Stage[];
  conceptFamilies: ConceptFamily[];
  concepts: Concept[];
  policyCycle: PolicyCycleStep[];
  bands: ResultBand[];
  scoring: ScoringRules;
  previousVersions?: PreviousVersion[];
}

/** The answer to one question: an option id, option ids, a number, or a ranking of option ids. */
export type AnswerValue = string | string[] | number;

/** Answers by question id. `null` marks a skipped question. */
export type Answers = Record<string, AnswerValue | null>;

/**
 * An engine problem, in the shape of every Communs package (`Issue` of `@communs/i18n`): a code
 * with its parameters, which UIs and the CLI turn into a sentence, and the JSON pointer into the
 * definition or the answers (`/questions/3/when`).
 */
export type SonarIssue = Issue<string, Record<string, string | number>>;
