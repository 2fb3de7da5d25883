import type { MemberContext } from "../context";
import { ideaColumns, ideaJoins, statusHistory, toIdea, type IdeaRow } from "./idea-rows";
import { commentsOf, toComment } from "./comments";
import { boxDetails } from "./boxes";

const csvCell = (value: unknown) => {
  let text = value === null || value === undefined ? "" : String(value);
  // Spreadsheet formula injection: a leading = + - @ is neutralised.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Ideas as anybody sees them (no viewer): the exports carry no admin's own marks either. */
async function ideasOfBox(ctx: MemberContext) {
  return ctx.db.query<IdeaRow>(
    `select ${ideaColumns} ${ideaJoins} where i.box_id = $2 order by i.created_at, i.id`,
    [null, ctx.box.id],
  );
}

export async function exportBoxCsv(ctx: MemberContext) {
  const rows = await ideasOfBox(ctx);
  const header = [
    "id",
    "title",
    "problem",
    "solution",
    "concerned",
    "scope",
    "theme",
    "status",
    "author",
    "supports",
    "comments",
    "hidden",
    "merged_into",
    "created_at",
  ];
  const lines = [header.join(",")];
  for (const row of rows) {
    const idea = toIdea(row, null);
    lines.push(
      [
        idea.id,
        idea.title,
        idea.problem,
        idea.solution,
        idea.concerned,
        idea.scope,
        idea.theme,
        idea.status,
        idea.author.displayName ?? idea.author.teamName ?? "",
        idea.supportCount,
        idea.commentCount,
        idea.hidden,
        idea.mergedInto,
        idea.createdAt,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return { csv: `\uFEFF${lines.join("\r\n")}\r\n`, filename: `${ctx.box.slug}-ideas.csv` };
}

export async function exportBoxJson(ctx: MemberContext) {
  const details = await boxDetails(ctx.db, ctx.box.id, ctx.box.role);
  const rows = await ideasOfBox(ctx);
  const ideas = [];
  const comments = [];
  for (const row of rows) {
    ideas.push({ ...toIdea(row, null), history: await statusHistory(ctx.db, row.id) });
    for (const comment of await commentsOf(ctx.db, row.id))
      comments.push(toComment(comment, null, true));
  }
  const box = {
    id: details.id,
    slug: details.slug,
    name: details.name,
    description: details.description,
    visibility: details.visibility,
    ideaCount: details.ideaCount,
  };
  return { box, ideas, comments };
}
