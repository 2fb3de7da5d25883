import type { Queryable } from "../db/db";
import {
  answerCommentSelect,
  answerSelect,
  checkSelect,
  demineurClock,
  toAnswer,
  toAnswerComment,
  toCheck,
  type AnswerCommentRow,
  type AnswerRow,
  type CheckRow,
} from "./demineur-rows";

/**
 * The Démineur's part of a person's data export: the checks they lead, their answers (their
 * anonymous and team ones too, marked `mine`), their comments on answers and their supports.
 */
export async function demineurPersonalData(db: Queryable, id: string) {
  const now = demineurClock.now();
  const [checks, answers, comments, supports] = await Promise.all([
    db.query<CheckRow>(`${checkSelect} where c.lead_id = $1 order by c.created_at`, [id]),
    db.query<AnswerRow>(`${answerSelect} where a.author_id = $1 order by a.created_at`, [id]),
    db.query<AnswerCommentRow>(
      `${answerCommentSelect} where ac.author_id = $1 order by ac.created_at`,
      [id],
    ),
    db.query<{ answer_id: string }>(
      "select answer_id from answer_supports where user_id = $1 order by created_at",
      [id],
    ),
  ]);
  return {
    checks: checks.map((row) => toCheck(row, id, now)),
    checkAnswers: answers.map((row) => toAnswer(row, id)),
    answerComments: comments.map((row) => toAnswerComment(row, id)),
    answerSupports: supports.map((row) => row.answer_id),
  };
}
