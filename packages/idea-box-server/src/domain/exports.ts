import { toCsv, type CsvValue } from "@communs/i18n/csv";
import type { MemberContext } from "../context";
import { ideaColumns, ideaJoins, statusHistory, toIdea, type IdeaRow } from "./idea-rows";
import { commentsOf, toComment } from "./comments";
import { boxSummary } from "./boxes";

/** Ideas as anybody sees them (no viewer): the exports carry no admin's own marks either. */
async function ideasOfBox(ctx: MemberContext) {
  return ctx.db.query<IdeaRow>(
    `select ${ideaColumns} ${ideaJoins} where i.box_id = $2 order by i.created_at, i.id`,
    [null, ctx.box.id],
  );
}

type Idea = ReturnType<typeof toIdea>;

/** The CSV's columns: English names (a stable format for tools), one cell of each idea. */
const csvColumns: [string, (idea: Idea) => CsvValue][] = [
  ["id", (idea) => idea.id],
  ["title", (idea) => idea.title],
  ["problem", (idea) => idea.problem],
  ["solution", (idea) => idea.solution],
  ["concerned", (idea) => idea.concerned],
  ["scope", (idea) => idea.scope],
  ["theme", (idea) => idea.theme],
  ["status", (idea) => idea.status],
  ["author", (idea) => idea.author.displayName ?? idea.author.teamName ?? ""],
  ["supports", (idea) => idea.supportCount],
  ["comments", (idea) => idea.commentCount],
  ["hidden", (idea) => idea.hidden],
  ["merged_into", (idea) => idea.mergedInto],
  ["created_at", (idea) => idea.createdAt],
];

/** The box's ideas as a spreadsheet: `@communs/i18n/csv` (BOM, CRLF, formula cells neutralised). */
export async function exportBoxCsv(ctx: MemberContext) {
  const ideas = (await ideasOfBox(ctx)).map((row) => toIdea(row, null));
  return {
    csv: toCsv(
      ideas.map((idea) => csvColumns.map(([, cell]) => cell(idea))),
      { header: csvColumns.map(([name]) => name) },
    ),
    filename: `${ctx.box.slug}-ideas.csv`,
  };
}

export async function exportBoxJson(ctx: MemberContext) {
  const box = await boxSummary(ctx.db, ctx.box.id);
  const rows = await ideasOfBox(ctx);
  const ideas = [];
  const comments = [];
  for (const row of rows) {
    ideas.push({ ...toIdea(row, null), history: await statusHistory(ctx.db, row.id) });
    for (const comment of await commentsOf(ctx.db, row.id))
      comments.push(toComment(comment, null, true));
  }
  return { box, ideas, comments };
}
