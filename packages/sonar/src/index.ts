export { createSonar, sanitize } from "./create-sonar";
export type { AnswerOutcome, SonarApi, SonarOptions, SonarState } from "./create-sonar";
export { checkAnswer, scoreAnswers, visibleQuestions } from "./scoring";
export type {
  AxisScore,
  SonarResult,
  StagePlacement,
  StylePlacement,
  StyleVerdict,
} from "./scoring";
export { aggregate, compare } from "./team";
export type { AxisSpread, Comparison, TeamSummary } from "./team";
export { decodeShareCode, encodeShareCode } from "./share-code";
export type { DecodeResult } from "./share-code";
export { conditionReferences, evaluateCondition, parseCondition } from "./expression";
export type { ComparisonOperator, Condition, ParseResult } from "./expression";
export { localize } from "./localize";
export type {
  Answers,
  AnswerValue,
  Axis,
  AxisRelation,
  AxisWeights,
  Concept,
  ConceptFamily,
  LocalizedText,
  MultipleQuestion,
  PlacementRule,
  PolicyCycleStep,
  PreviousVersion,
  Question,
  QuestionKind,
  QuestionOption,
  RankingQuestion,
  ResultBand,
  ScaleQuestion,
  ScoringRules,
  SingleQuestion,
  SonarDefinition,
  SonarIssue,
  SonarLocale,
  Stage,
  Style,
} from "./types";
