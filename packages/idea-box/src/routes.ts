/**
 * The idea box API as plain data: every route with its method, path, access level and success
 * status. No zod here: the client, the store and `<communs-idea-box>` run on this alone. The
 * request and response schemas are beside it, in `endpoints.ts` (`@communs/idea-box/schemas`).
 */
import { idempotentMethods as httpIdempotentMethods } from "@communs/http";
import { adminRoutes } from "./routes-admin";
import { demineurRoutes } from "./routes-demineur";

/** Who may call an endpoint. Box levels are per box: admin > moderator > lead > agent. */
export type Access =
  "public" | "reader" | "user" | "agent" | "lead" | "moderator" | "admin" | "platform-admin";

/** What an access level means to a caller; the server's `authorise` enforces exactly this. */
export interface AccessRule {
  /** Without a session or embed token: always, only on a public box, or never (401). */
  anonymous: "always" | "public-box" | "never";
  /** Least role needed in the box (403 below it); a signed-in person is an agent of a public box. */
  boxRole?: "agent" | "lead" | "moderator" | "admin";
  /** Only platform administrators (403 for anyone else). */
  platformAdmin?: true;
  /** Open to a host site's embed token (capped at the box's embed role), not only to sessions. */
  embedToken: boolean;
  /** Refused to a person the box's moderators blocked (403 `blocked`). */
  refusedWhenBlocked?: true;
  /** One sentence for the OpenAPI document. */
  text: string;
}

export const accessRules: Record<Access, AccessRule> = {
  public: { anonymous: "always", embedToken: true, text: "Anyone, signed in or not." },
  reader: {
    anonymous: "public-box",
    embedToken: true,
    text: "Anyone for a public box; for a members-only box, its members and platform administrators (anonymous: 401; others: 404, so the box's existence does not leak).",
  },
  user: {
    anonymous: "never",
    embedToken: false,
    text: "Any person signed in on the idea box itself (not through an embed token).",
  },
  agent: {
    anonymous: "never",
    boxRole: "agent",
    embedToken: true,
    refusedWhenBlocked: true,
    text: "Box role agent or above: members of the box, or any signed-in person for a public box; not blocked in the box.",
  },
  lead: {
    anonymous: "never",
    boxRole: "lead",
    embedToken: true,
    refusedWhenBlocked: true,
    text: "Box role lead (project lead, for pre-project checks) or above: lead, moderator or admin; not blocked in the box.",
  },
  moderator: {
    anonymous: "never",
    boxRole: "moderator",
    embedToken: true,
    text: "Box role moderator or admin.",
  },
  admin: { anonymous: "never", boxRole: "admin", embedToken: true, text: "Box role admin." },
  "platform-admin": {
    anonymous: "never",
    platformAdmin: true,
    embedToken: false,
    text: "Platform administrators signed in on the idea box itself (not through an embed token).",
  },
};

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Route {
  method: Method;
  /** OpenAPI-style path: `/boxes/{box}/ideas/{id}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Success status; 204 answers have no body. */
  status: 200 | 201 | 204;
  /** `json` unless it returns CSV. */
  produces?: "json" | "csv" | "markdown";
}

/** Every route of the idea box API: the server registers exactly these. */
export const routes = {
  health: {
    method: "GET",
    path: "/health",
    summary: "Liveness and database kind",
    tag: "operations",
    access: "public",
    status: 200,
  },
  session: {
    method: "GET",
    path: "/auth/session",
    summary: "Current person and CSRF token",
    tag: "identity",
    access: "public",
    status: 200,
  },
  register: {
    method: "POST",
    path: "/auth/register",
    summary: "Create a local account and sign in",
    tag: "identity",
    access: "public",
    status: 201,
  },
  login: {
    method: "POST",
    path: "/auth/login",
    summary: "Sign in with a local account",
    tag: "identity",
    access: "public",
    status: 200,
  },
  logout: {
    method: "POST",
    path: "/auth/logout",
    summary: "Sign out (deletes the server-side session)",
    tag: "identity",
    access: "user",
    status: 204,
  },
  updateProfile: {
    method: "PATCH",
    path: "/me",
    summary: "Change display name or digest preference",
    tag: "identity",
    access: "user",
    status: 200,
  },
  exportMyData: {
    method: "GET",
    path: "/me/export",
    summary: "Download all my personal data (GDPR art. 15/20)",
    tag: "identity",
    access: "user",
    status: 200,
  },
  eraseMe: {
    method: "DELETE",
    path: "/me",
    summary: "Erase my account; my content stays, anonymous",
    tag: "identity",
    access: "user",
    status: 204,
  },
  listBoxes: {
    method: "GET",
    path: "/boxes",
    summary: "Boxes visible to me",
    tag: "boxes",
    access: "public",
    status: 200,
  },
  createBox: {
    method: "POST",
    path: "/boxes",
    summary: "Create a box (I become its admin)",
    tag: "boxes",
    access: "platform-admin",
    status: 201,
  },
  getBox: {
    method: "GET",
    path: "/boxes/{box}",
    summary: "A box with its themes, scopes and statuses",
    tag: "boxes",
    access: "reader",
    status: 200,
  },
  updateBox: {
    method: "PATCH",
    path: "/boxes/{box}",
    summary: "Rename or change a box's visibility",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  createTheme: {
    method: "POST",
    path: "/boxes/{box}/themes",
    summary: "Add a theme",
    tag: "boxes",
    access: "admin",
    status: 201,
  },
  listMembers: {
    method: "GET",
    path: "/boxes/{box}/members",
    summary: "Members and roles",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  setMember: {
    method: "PUT",
    path: "/boxes/{box}/members/{userId}",
    summary: "Give a person a role in the box",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  exportBoxJson: {
    method: "GET",
    path: "/boxes/{box}/export.json",
    summary: "Export ideas, comments and history as JSON",
    tag: "exports",
    access: "admin",
    status: 200,
  },
  exportBoxCsv: {
    method: "GET",
    path: "/boxes/{box}/export.csv",
    summary: "Export ideas as CSV",
    tag: "exports",
    access: "admin",
    status: 200,
    produces: "csv",
  },
  listAudit: {
    method: "GET",
    path: "/boxes/{box}/audit",
    summary: "Moderation and merge audit log",
    tag: "moderation",
    access: "admin",
    status: 200,
  },
  listIdeas: {
    method: "GET",
    path: "/boxes/{box}/ideas",
    summary: "List or search ideas (French full text, accents ignored)",
    tag: "ideas",
    access: "reader",
    status: 200,
  },
  similarIdeas: {
    method: "GET",
    path: "/boxes/{box}/similar",
    summary: "Similar ideas while typing a title (trigram similarity)",
    tag: "ideas",
    access: "reader",
    status: 200,
  },
  createIdea: {
    method: "POST",
    path: "/boxes/{box}/ideas",
    summary: "Post an idea",
    tag: "ideas",
    access: "agent",
    status: 201,
  },
  getIdea: {
    method: "GET",
    path: "/boxes/{box}/ideas/{id}",
    summary: "An idea's page with its status history",
    tag: "ideas",
    access: "reader",
    status: 200,
  },
  updateIdea: {
    method: "PATCH",
    path: "/boxes/{box}/ideas/{id}",
    summary: "Edit my idea (author) or any idea (moderator)",
    tag: "ideas",
    access: "agent",
    status: 200,
  },
  support: {
    method: "PUT",
    path: "/boxes/{box}/ideas/{id}/support",
    summary: "Support an idea (once per person)",
    tag: "ideas",
    access: "agent",
    status: 200,
  },
  unsupport: {
    method: "DELETE",
    path: "/boxes/{box}/ideas/{id}/support",
    summary: "Withdraw my support",
    tag: "ideas",
    access: "agent",
    status: 200,
  },
  follow: {
    method: "PUT",
    path: "/boxes/{box}/ideas/{id}/follow",
    summary: "Follow an idea",
    tag: "ideas",
    access: "agent",
    status: 200,
  },
  unfollow: {
    method: "DELETE",
    path: "/boxes/{box}/ideas/{id}/follow",
    summary: "Stop following an idea",
    tag: "ideas",
    access: "agent",
    status: 200,
  },
  changeStatus: {
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/status",
    summary: "Change status with an official response",
    tag: "follow-up",
    access: "moderator",
    status: 200,
  },
  mergeIdea: {
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/merge",
    summary: "Merge this duplicate into an original",
    tag: "follow-up",
    access: "moderator",
    status: 200,
  },
  listComments: {
    method: "GET",
    path: "/boxes/{box}/ideas/{id}/comments",
    summary: "Comments, threaded two levels",
    tag: "comments",
    access: "reader",
    status: 200,
  },
  createComment: {
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/comments",
    summary: "Comment or answer a comment",
    tag: "comments",
    access: "agent",
    status: 201,
  },
  reportIdea: {
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/reports",
    summary: "Report an idea to moderators",
    tag: "moderation",
    access: "agent",
    status: 204,
  },
  reportComment: {
    method: "POST",
    path: "/boxes/{box}/comments/{id}/reports",
    summary: "Report a comment to moderators",
    tag: "moderation",
    access: "agent",
    status: 204,
  },
  moderationQueue: {
    method: "GET",
    path: "/boxes/{box}/moderation/queue",
    summary: "Open reports",
    tag: "moderation",
    access: "moderator",
    status: 200,
  },
  hideIdea: {
    method: "POST",
    path: "/boxes/{box}/moderation/ideas/{id}/hide",
    summary: "Hide an idea with a reason",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  restoreIdea: {
    method: "POST",
    path: "/boxes/{box}/moderation/ideas/{id}/restore",
    summary: "Restore a hidden idea with a reason",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  hideComment: {
    method: "POST",
    path: "/boxes/{box}/moderation/comments/{id}/hide",
    summary: "Hide a comment with a reason",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  restoreComment: {
    method: "POST",
    path: "/boxes/{box}/moderation/comments/{id}/restore",
    summary: "Restore a hidden comment with a reason",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  dismissReport: {
    method: "POST",
    path: "/boxes/{box}/moderation/reports/{id}/dismiss",
    summary: "Close a report without action",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  block: {
    method: "POST",
    path: "/boxes/{box}/moderation/blocks",
    summary: "Block the author of an idea or comment, or a person, in this box",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  unblock: {
    method: "DELETE",
    path: "/boxes/{box}/moderation/blocks/{userId}",
    summary: "Unblock a person",
    tag: "moderation",
    access: "moderator",
    status: 204,
  },
  listWebhooks: {
    method: "GET",
    path: "/boxes/{box}/webhooks",
    summary: "Webhooks of the box",
    tag: "webhooks",
    access: "admin",
    status: 200,
  },
  createWebhook: {
    method: "POST",
    path: "/boxes/{box}/webhooks",
    summary: "Add a signed webhook (secret shown once)",
    tag: "webhooks",
    access: "admin",
    status: 201,
  },
  listDeliveries: {
    method: "GET",
    path: "/boxes/{box}/webhooks/deliveries",
    summary: "Delivery log of the box's webhooks",
    tag: "webhooks",
    access: "admin",
    status: 200,
  },
  ...adminRoutes,
  ...demineurRoutes,
} as const satisfies Record<string, Route>;

export type Routes = typeof routes;
export type EndpointName = keyof Routes;

/** Idempotent methods: the client may retry them. */
export const idempotentMethods = httpIdempotentMethods as ReadonlySet<Method>;

/** Fills `{name}` segments of a path, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined) throw new TypeError(`missing path parameter ${key}`);
    return encodeURIComponent(value);
  });
}
