/**
 * The demining report of a check, built from its answers as everybody sees them (`toAnswer` with
 * no viewer): quotes keep the authorship their authors chose, anonymous ones name nobody and give
 * no service. The same report becomes JSON, Markdown and CSV, in French or English.
 */
import { toCsv } from "@communs/i18n/csv";
import { resolveLocale, type Locale } from "@communs/i18n";
import { buildCheckReport, checkReportLabels } from "@communs/idea-box";
import type { CheckView, AnswerRow } from "./demineur-rows";
import { answerAuthor, answerService, toAnswer } from "./demineur-rows";

const labels = {
  fr: {
    ...checkReportLabels.fr,
    anonymous: "Anonyme",
    team: "Équipe",
    erased: "Compte supprimé",
    title: "Rapport de déminage",
    problem: "Problème",
    intendedSolution: "Solution envisagée",
    concerned: "Agents concernés",
    decisionDate: "Date de décision",
    stateLabel: "État",
    lead: "Porteur du projet",
    answers: "Réponses",
    byService: "Réponses par service",
    existsAlreadyTitle: "Cela existe-t-il déjà ?",
    wouldUseTitle: "L’utiliseriez-vous ?",
    frequencyTitle: "À quelle fréquence ?",
    existing: "Ce qui existe déjà",
    groundToday: "Réalités du terrain",
    risks: "Ce qui pourrait faire échouer le projet",
    questions: "Questions de l’équipe",
    decision: "Décision",
    noDecision: "Pas encore de décision.",
    reason: "Raison",
    mergeWith: "Fusion avec",
    none: "Rien pour l’instant.",
    count: "Nombre",
    csv: [
      "réponse",
      "auteur",
      "équipe",
      "service",
      "existe déjà",
      "où",
      "terrain aujourd’hui",
      "risques",
      "l’utiliserait",
      "fréquence",
      "réponses aux questions",
      "soutiens",
      "commentaires",
      "créée le",
      "modifiée le",
    ],
  },
  en: {
    ...checkReportLabels.en,
    anonymous: "Anonymous",
    team: "Team",
    erased: "Deleted account",
    title: "Demining report",
    problem: "Problem",
    intendedSolution: "Intended solution",
    concerned: "Agents concerned",
    decisionDate: "Decision date",
    stateLabel: "State",
    lead: "Project lead",
    answers: "Answers",
    byService: "Answers by service",
    existsAlreadyTitle: "Does it exist already?",
    wouldUseTitle: "Would you use it?",
    frequencyTitle: "How often?",
    existing: "What exists already",
    groundToday: "Field realities",
    risks: "What could make it fail",
    questions: "The team's questions",
    decision: "Decision",
    noDecision: "No decision yet.",
    reason: "Reason",
    mergeWith: "Merge with",
    none: "Nothing yet.",
    count: "Count",
    csv: [
      "answer",
      "author",
      "team",
      "service",
      "exists already",
      "where",
      "ground today",
      "risks",
      "would use",
      "frequency",
      "answers to questions",
      "supports",
      "comments",
      "created at",
      "updated at",
    ],
  },
} as const;

/** `?locale=` first, then the first language of `Accept-Language` we speak, then French. */
export function reportLocale(query: Locale | undefined, acceptLanguage: string | null): Locale {
  if (query) return query;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim();
    if (tag && resolveLocale(tag, "xx" as Locale) !== ("xx" as Locale)) return resolveLocale(tag);
  }
  return "fr";
}

type Quote = Report["groundToday"][number];

/**
 * The report of `check` from its answers (oldest first) and the box's service labels: the
 * contract's `buildCheckReport` over the answers as everybody sees them, anonymous answers
 * counted in their author's service (a count, never beside the answer).
 */
export function buildReport(
  check: CheckView,
  answers: AnswerRow[],
  serviceLabels: Map<string, string>,
  locale: Locale,
  now: Date,
) {
  const countedIn = new Map(answers.map((row) => [row.id, row.service_slug]));
  return buildCheckReport({
    check,
    answers: answers.map((row) => toAnswer(row, null)),
    countedService: (answer) => countedIn.get(answer.id) ?? null,
    serviceLabel: (slug) => serviceLabels.get(slug),
    locale: locale === "en" ? "en" : "fr",
    now,
  });
}
export type Report = ReturnType<typeof buildReport>;

const who = (author: Quote["author"], locale: Locale) => {
  const t = labels[locale];
  if (author.mode === "anonymous") return t.anonymous;
  if (author.mode === "team") return `${t.team} ${author.teamName ?? ""}`.trim();
  return author.displayName ?? t.erased;
};

/** One line of Markdown text: no line breaks, Markdown's own characters escaped. */
const md = (text: string) => text.replace(/\s*\n\s*/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");

/** The report as Markdown, for print and for pasting into a document. */
export function reportMarkdown(report: Report): string {
  const t = labels[report.locale];
  const check = report.check;
  const quoteLine = (q: Quote) => `- « ${md(q.text)} » (${md(who(q.author, report.locale))})`;
  const table = (title: string, rows: { label: string; count: number }[]) => [
    `## ${title}`,
    "",
    `| ${title} | ${t.count} |`,
    "| --- | ---: |",
    ...rows.map((row) => `| ${md(row.label)} | ${row.count} |`),
    "",
  ];
  const lines = [
    `# ${t.title} — ${md(check.title)}`,
    "",
    `- ${t.problem} : ${md(check.problem)}`,
    ...(check.intendedSolution ? [`- ${t.intendedSolution} : ${md(check.intendedSolution)}`] : []),
    ...(check.concerned ? [`- ${t.concerned} : ${md(check.concerned)}`] : []),
    `- ${t.lead} : ${md(check.lead.displayName ?? t.erased)}`,
    `- ${t.decisionDate} : ${check.decisionDate}`,
    `- ${t.stateLabel} : ${t.state[check.state]}`,
    `- ${t.answers} : ${report.answerCount}`,
    "",
    `## ${t.decision}`,
    "",
    ...(report.decision
      ? [
          `**${t.verdict[report.decision.verdict]}**`,
          "",
          `${t.reason} : ${md(report.decision.reason)}`,
          ...(report.decision.mergeWith
            ? ["", `${t.mergeWith} : ${md(report.decision.mergeWith)}`]
            : []),
        ]
      : [t.noDecision]),
    "",
    ...table(t.byService, report.byService),
    ...table(t.existsAlreadyTitle, report.existsAlready),
    ...table(t.wouldUseTitle, report.wouldUse),
    ...table(t.frequencyTitle, report.frequency),
    `## ${t.existing}`,
    "",
    ...(report.existing.length ? report.existing.map(quoteLine) : [t.none]),
    "",
    `## ${t.groundToday}`,
    "",
    ...(report.groundToday.length ? report.groundToday.map(quoteLine) : [t.none]),
    "",
    `## ${t.risks}`,
    "",
    ...(report.risks.length
      ? report.risks.flatMap((group) => [
          `### ${group.label}`,
          "",
          ...group.items.map(quoteLine),
          "",
        ])
      : [t.none, ""]),
    ...(report.questions.length
      ? [
          `## ${t.questions}`,
          "",
          ...report.questions.flatMap((q) => [
            `### ${md(q.text)}`,
            "",
            ...(q.answers.length ? q.answers.map(quoteLine) : [t.none]),
            "",
          ]),
        ]
      : []),
  ];
  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n");
  // English has no space before a colon.
  return (report.locale === "en" ? text.replace(/ : /g, ": ") : text).trimEnd() + "\n";
}

/** One row per answer (as everybody sees it), headers in the report's language. */
export function reportCsv(report: Report, answers: AnswerRow[]): string {
  const t = labels[report.locale];
  const questionText = new Map(report.check.questions.map((q) => [q.id, q.text]));
  return toCsv(
    answers.map((row) => {
      const author = answerAuthor(row);
      return [
        row.id,
        author.mode === "named"
          ? (author.displayName ?? t.erased)
          : author.mode === "team"
            ? t.team
            : t.anonymous,
        author.teamName,
        answerService(row),
        t.existsAlready[row.exists_answer],
        row.exists_where,
        row.ground_today,
        row.risks
          .map((r) => `${t.risk[r.category as keyof typeof t.risk] ?? r.category}: ${r.text}`)
          .join("\n"),
        t.wouldUse[row.would_use],
        row.frequency ? t.frequency[row.frequency] : null,
        row.question_answers
          .map((a) => `${questionText.get(a.questionId) ?? a.questionId}: ${a.answer}`)
          .join("\n"),
        row.support_count,
        row.comment_count,
        new Date(row.created_at).toISOString(),
        new Date(row.updated_at).toISOString(),
      ];
    }),
    { header: t.csv },
  );
}

/** Subjects and texts of the Démineur's e-mails, French then English (like idea notifications). */
export const mailText = {
  opened: (
    check: { title: string },
    box: string,
    lead: string | null,
    decisionDate: string,
    link: string,
  ) => ({
    subject: `Votre avis avant un projet : « ${check.title} »`,
    text: [
      `${lead ?? "Un porteur de projet"} vous consulte avant de lancer « ${check.title} » dans « ${box} ».`,
      `Cela existe-t-il déjà ? Que se passe-t-il sur le terrain ? Qu’est-ce qui le ferait échouer ? Vous pouvez répondre en votre nom, en équipe ou anonymement, jusqu’au ${decisionDate}.`,
      `Répondre : ${link}`,
      "",
      `${lead ?? "A project lead"} asks for your view before starting "${check.title}" in "${box}".`,
      `Does it exist already? What happens on the ground? What would make it fail? You can answer in your name, as a team or anonymously, until ${decisionDate}.`,
      `Answer: ${link}`,
    ].join("\n"),
  }),
  decided: (
    check: { title: string },
    box: string,
    verdict: keyof (typeof labels)["fr"]["verdict"],
    reason: string,
    link: string,
  ) => ({
    subject: `Décision sur « ${check.title} » : ${labels.fr.verdict[verdict]}`,
    text: [
      `Le projet « ${check.title} » sur lequel vous avez été consulté dans « ${box} » a reçu sa décision : ${labels.fr.verdict[verdict]}.`,
      `Raison : ${reason.length > 400 ? `${reason.slice(0, 399)}…` : reason}`,
      `Voir le rapport : ${link}`,
      "",
      `The project "${check.title}" you were consulted on in "${box}" has its decision: ${labels.en.verdict[verdict]}.`,
      `Reason: ${reason.length > 400 ? `${reason.slice(0, 399)}…` : reason}`,
      `See the report: ${link}`,
    ].join("\n"),
  }),
};
