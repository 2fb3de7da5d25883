/**
 * The Démineur (pre-project checks) handlers, spread into `handlers` (see `handlers.ts`).
 */
import type { BoxContext, MemberContext } from "../context";
import { HttpProblem } from "../http-problem";

const pending = (): never => {
  throw new HttpProblem("internal", { detail: "the Démineur's server is being built" });
};

export const demineurHandlers = {
  createService: async (_ctx: MemberContext) => pending(),
  similarToCheck: async (_ctx: MemberContext) => pending(),
  listChecks: async (_ctx: BoxContext) => pending(),
  createCheck: async (_ctx: MemberContext) => pending(),
  getCheck: async (_ctx: BoxContext) => pending(),
  answerCheck: async (_ctx: MemberContext) => pending(),
  listAnswers: async (_ctx: BoxContext) => pending(),
  decideCheck: async (_ctx: MemberContext) => pending(),
  linkCheckIdea: async (_ctx: MemberContext) => pending(),
  checkReport: async (_ctx: BoxContext) => pending(),
  exportCheckJson: async (_ctx: BoxContext) => pending(),
  exportCheckCsv: async (_ctx: BoxContext) => pending(),
  exportCheckMarkdown: async (_ctx: BoxContext) => pending(),
  supportAnswer: async (_ctx: MemberContext) => pending(),
  unsupportAnswer: async (_ctx: MemberContext) => pending(),
  listAnswerComments: async (_ctx: BoxContext) => pending(),
  createAnswerComment: async (_ctx: MemberContext) => pending(),
};
