import type { EndpointName, Routes } from "@communs/idea-box";
import type { ContextFor, HandlerContext } from "../context";
import * as boxes from "./boxes";
import * as ideas from "./ideas";
import * as comments from "./comments";
import * as moderation from "./moderation";
import * as identity from "./identity";
import * as exportsOf from "./exports";
import { listAudit } from "./audit";
import * as admin from "./admin";
import { demineurHandlers } from "./demineur";
import * as webhooks from "../webhooks";

const health = async (ctx: HandlerContext) => {
  await ctx.db.query("select 1");
  return { status: "ok" as const, database: ctx.db.kind };
};

/**
 * A handler for operation `N` takes at most the context its access level guarantees (see
 * `ContextFor`): a handler that needs a box or a signed-in person cannot be put on an operation
 * whose level does not provide them. Inputs are checked by each handler's own parameter type.
 */
type HandlerOf<N extends EndpointName> = (
  ctx: ContextFor<Routes[N]["access"]>,
  input: never,
) => unknown;

/** One handler per endpoint of the contract (the type makes a missing or mistyped one a compile error). */
export const handlers = {
  health,
  session: async (ctx: HandlerContext) => identity.session(ctx),
  register: identity.register,
  login: identity.login,
  logout: identity.logout,
  updateProfile: identity.updateProfile,
  exportMyData: identity.exportMyData,
  eraseMe: identity.eraseMe,
  listBoxes: boxes.listBoxes,
  createBox: boxes.createBox,
  getBox: boxes.getBox,
  updateBox: boxes.updateBox,
  createTheme: boxes.createTheme,
  listMembers: boxes.listMembers,
  setMember: boxes.setMember,
  exportBoxJson: exportsOf.exportBoxJson,
  exportBoxCsv: exportsOf.exportBoxCsv,
  listAudit,
  listIdeas: ideas.listIdeas,
  similarIdeas: ideas.similarIdeas,
  createIdea: ideas.createIdea,
  getIdea: ideas.getIdea,
  updateIdea: ideas.updateIdea,
  support: ideas.support,
  unsupport: ideas.unsupport,
  follow: ideas.follow,
  unfollow: ideas.unfollow,
  changeStatus: ideas.changeStatus,
  mergeIdea: ideas.mergeIdea,
  listComments: comments.listComments,
  createComment: comments.createComment,
  reportIdea: moderation.reportIdea,
  reportComment: moderation.reportComment,
  moderationQueue: moderation.moderationQueue,
  hideIdea: moderation.hideIdea,
  restoreIdea: moderation.restoreIdea,
  hideComment: moderation.hideComment,
  restoreComment: moderation.restoreComment,
  dismissReport: moderation.dismissReport,
  block: moderation.block,
  unblock: moderation.unblock,
  listWebhooks: webhooks.listWebhooks,
  createWebhook: webhooks.createWebhook,
  listDeliveries: webhooks.listDeliveries,
  boxFigures: admin.boxFigures,
  updateTheme: admin.updateTheme,
  deleteTheme: admin.deleteTheme,
  createScope: admin.createScope,
  updateScope: admin.updateScope,
  deleteScope: admin.deleteScope,
  createStatus: admin.createStatus,
  updateStatus: admin.updateStatus,
  deleteStatus: admin.deleteStatus,
  addMember: admin.addMember,
  removeMember: admin.removeMember,
  ...demineurHandlers,
} satisfies { [N in EndpointName]: HandlerOf<N> };
