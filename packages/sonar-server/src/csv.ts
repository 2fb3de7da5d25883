import { localize, type SonarDefinition, type TeamSummary } from "@communs/sonar";
import { toCsv, type CsvValue } from "@communs/i18n/csv";
import type { WorkshopExport } from "@communs/sonar/workshop";

const answerCell = (value: unknown): CsvValue =>
  value === undefined || value === null
    ? ""
    : Array.isArray(value)
      ? value.join(" > ")
      : (value as string | number);

const labelOf = (
  items: { id: string; label: Record<string, string> }[],
  id: string | null,
  locale: string,
) => (id === null ? "" : localize(items.find((item) => item.id === id)?.label, locale) || id);

/**
 * One row per response: style and stage (id and name in `locale`), each axis's score, then each
 * question's answer (option ids; a ranking joined with ` > `, several choices with ` > ` in the
 * definition's order). No nickname, no time.
 */
export function responsesCsv(data: WorkshopExport, locale: string): string {
  const definition = data.definition;
  const axes = definition.axes.map((axis) => axis.id);
  const questions = definition.questions.map((question) => question.id);
  const header = [
    "response",
    "style",
    "style_name",
    "verdict",
    "stage",
    "stage_name",
    "answered",
    ...axes.map((axis) => `axis:${axis}`),
    ...questions.map((question) => `q:${question}`),
  ];
  const rows = data.responses.map((response) => {
    const scores = new Map(response.result.axes.map((axis) => [axis.axis, axis.score]));
    return [
      response.id,
      response.result.style.style ?? "",
      labelOf(definition.styles, response.result.style.style, locale),
      response.result.style.verdict,
      response.result.stage.stage ?? "",
      labelOf(definition.stages, response.result.stage.stage, locale),
      response.result.answered,
      ...axes.map((axis) => scores.get(axis) ?? ""),
      ...questions.map((question) => answerCell(response.answers[question])),
    ];
  });
  return toCsv(rows, { header });
}

/**
 * The team summary: one row per fact (`respondents`, each axis's mean, spread, min and max and
 * its disagreement rank, each style's and stage's count and share).
 */
export function summaryCsv(
  definition: SonarDefinition,
  summary: TeamSummary,
  locale: string,
): string {
  const header = [
    "section",
    "id",
    "name",
    "count",
    "share",
    "mean",
    "spread",
    "min",
    "max",
    "disagreement_rank",
  ];
  const share = (count: number) =>
    summary.respondents > 0 ? Math.round((count / summary.respondents) * 1000) / 1000 : 0;
  const rows: CsvValue[][] = [["respondents", "", "", summary.respondents, "", "", "", "", "", ""]];
  for (const axis of summary.axes)
    rows.push([
      "axis",
      axis.axis,
      labelOf(definition.axes, axis.axis, locale),
      "",
      "",
      axis.mean,
      axis.spread,
      axis.min,
      axis.max,
      summary.disagreement.indexOf(axis.axis) + 1,
    ]);
  // Styles then stages: how many respondents each, and their share; "none" has no label.
  const counts = [
    ["style", summary.styles, definition.styles],
    ["stage", summary.stages, definition.stages],
  ] as const;
  for (const [section, byId, labelled] of counts)
    for (const [id, count] of Object.entries(byId).sort())
      rows.push([
        section,
        id,
        id === "none" ? "" : labelOf(labelled, id, locale),
        count,
        share(count),
        "",
        "",
        "",
        "",
        "",
      ]);
  return toCsv(rows, { header });
}
