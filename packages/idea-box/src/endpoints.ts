import { z } from "zod";
import * as s from "./schemas";

/** Who may call an endpoint. Box levels are per box: admin > moderator > agent. */
export type Access =
  "public" | "reader" | "user" | "agent" | "moderator" | "admin" | "platform-admin";

/** What an access level means to a caller; the server's `authorise` enforces exactly this. */
export interface AccessRule {
  /** Without a session or embed token: always, only on a public box, or never (401). */
  anonymous: "always" | "public-box" | "never";
  /** Least role needed in the box (403 below it); a signed-in person is an agent of a public box. */
  boxRole?: "agent" | "moderator" | "admin";
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

export interface Endpoint {
  method: Method;
  /** OpenAPI-style path: `/boxes/{box}/ideas/{id}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType | null;
  /** Success status. */
  status: 200 | 201 | 204;
  /** `json` unless it returns CSV. */
  produces?: "json" | "csv";
}

const box = z.strictObject({ box: s.Slug });
const boxIdea = z.strictObject({ box: s.Slug, id: s.Id });
const boxUser = z.strictObject({ box: s.Slug, userId: s.Id });

const e = <const T extends Endpoint>(endpoint: T) => endpoint;

/** Every endpoint of the idea box API: the server registers exactly these. */
export const endpoints = {
  health: e({
    method: "GET",
    path: "/health",
    summary: "Liveness and database kind",
    tag: "operations",
    access: "public",
    response: s.Health,
    status: 200,
  }),
  session: e({
    method: "GET",
    path: "/auth/session",
    summary: "Current person and CSRF token",
    tag: "identity",
    access: "public",
    response: s.Session,
    status: 200,
  }),
  register: e({
    method: "POST",
    path: "/auth/register",
    summary: "Create a local account and sign in",
    tag: "identity",
    access: "public",
    body: s.Register,
    response: s.Session,
    status: 201,
  }),
  login: e({
    method: "POST",
    path: "/auth/login",
    summary: "Sign in with a local account",
    tag: "identity",
    access: "public",
    body: s.Login,
    response: s.Session,
    status: 200,
  }),
  logout: e({
    method: "POST",
    path: "/auth/logout",
    summary: "Sign out (deletes the server-side session)",
    tag: "identity",
    access: "user",
    response: null,
    status: 204,
  }),
  updateProfile: e({
    method: "PATCH",
    path: "/me",
    summary: "Change display name or digest preference",
    tag: "identity",
    access: "user",
    body: s.ProfileUpdate,
    response: s.User,
    status: 200,
  }),
  exportMyData: e({
    method: "GET",
    path: "/me/export",
    summary: "Download all my personal data (GDPR art. 15/20)",
    tag: "identity",
    access: "user",
    response: s.PersonalData,
    status: 200,
  }),
  eraseMe: e({
    method: "DELETE",
    path: "/me",
    summary: "Erase my account; my content stays, anonymous",
    tag: "identity",
    access: "user",
    response: null,
    status: 204,
  }),

  listBoxes: e({
    method: "GET",
    path: "/boxes",
    summary: "Boxes visible to me",
    tag: "boxes",
    access: "public",
    response: z.object({ items: z.array(s.BoxSummary) }),
    status: 200,
  }),
  createBox: e({
    method: "POST",
    path: "/boxes",
    summary: "Create a box (I become its admin)",
    tag: "boxes",
    access: "platform-admin",
    body: s.BoxCreate,
    response: s.Box,
    status: 201,
  }),
  getBox: e({
    method: "GET",
    path: "/boxes/{box}",
    summary: "A box with its themes, scopes and statuses",
    tag: "boxes",
    access: "reader",
    params: box,
    response: s.Box,
    status: 200,
  }),
  updateBox: e({
    method: "PATCH",
    path: "/boxes/{box}",
    summary: "Rename or change a box's visibility",
    tag: "boxes",
    access: "admin",
    params: box,
    body: s.BoxUpdate,
    response: s.Box,
    status: 200,
  }),
  createTheme: e({
    method: "POST",
    path: "/boxes/{box}/themes",
    summary: "Add a theme",
    tag: "boxes",
    access: "admin",
    params: box,
    body: s.ThemeCreate,
    response: s.Theme,
    status: 201,
  }),
  listMembers: e({
    method: "GET",
    path: "/boxes/{box}/members",
    summary: "Members and roles",
    tag: "boxes",
    access: "admin",
    params: box,
    response: s.MemberList,
    status: 200,
  }),
  setMember: e({
    method: "PUT",
    path: "/boxes/{box}/members/{userId}",
    summary: "Give a person a role in the box",
    tag: "boxes",
    access: "admin",
    params: boxUser,
    body: s.MemberUpdate,
    response: s.Member,
    status: 200,
  }),
  exportBoxJson: e({
    method: "GET",
    path: "/boxes/{box}/export.json",
    summary: "Export ideas, comments and history as JSON",
    tag: "exports",
    access: "admin",
    params: box,
    response: z.object({
      box: s.BoxSummary,
      ideas: z.array(s.IdeaPage),
      comments: z.array(s.Comment),
    }),
    status: 200,
  }),
  exportBoxCsv: e({
    method: "GET",
    path: "/boxes/{box}/export.csv",
    summary: "Export ideas as CSV",
    tag: "exports",
    access: "admin",
    params: box,
    response: z.string(),
    status: 200,
    produces: "csv",
  }),
  listAudit: e({
    method: "GET",
    path: "/boxes/{box}/audit",
    summary: "Moderation and merge audit log",
    tag: "moderation",
    access: "admin",
    params: box,
    response: s.AuditList,
    status: 200,
  }),

  listIdeas: e({
    method: "GET",
    path: "/boxes/{box}/ideas",
    summary: "List or search ideas (French full text, accents ignored)",
    tag: "ideas",
    access: "reader",
    params: box,
    query: s.IdeaListQuery,
    response: s.IdeaList,
    status: 200,
  }),
  similarIdeas: e({
    method: "GET",
    path: "/boxes/{box}/similar",
    summary: "Similar ideas while typing a title (trigram similarity)",
    tag: "ideas",
    access: "reader",
    params: box,
    query: s.SimilarQuery,
    response: s.SimilarList,
    status: 200,
  }),
  createIdea: e({
    method: "POST",
    path: "/boxes/{box}/ideas",
    summary: "Post an idea",
    tag: "ideas",
    access: "agent",
    params: box,
    body: s.IdeaCreate,
    response: s.IdeaPage,
    status: 201,
  }),
  getIdea: e({
    method: "GET",
    path: "/boxes/{box}/ideas/{id}",
    summary: "An idea's page with its status history",
    tag: "ideas",
    access: "reader",
    params: boxIdea,
    response: s.IdeaPage,
    status: 200,
  }),
  updateIdea: e({
    method: "PATCH",
    path: "/boxes/{box}/ideas/{id}",
    summary: "Edit my idea (author) or any idea (moderator)",
    tag: "ideas",
    access: "agent",
    params: boxIdea,
    body: s.IdeaUpdate,
    response: s.IdeaPage,
    status: 200,
  }),
  support: e({
    method: "PUT",
    path: "/boxes/{box}/ideas/{id}/support",
    summary: "Support an idea (once per person)",
    tag: "ideas",
    access: "agent",
    params: boxIdea,
    response: s.IdeaPage,
    status: 200,
  }),
  unsupport: e({
    method: "DELETE",
    path: "/boxes/{box}/ideas/{id}/support",
    summary: "Withdraw my support",
    tag: "ideas",
    access: "agent",
    params: boxIdea,
    response: s.IdeaPage,
    status: 200,
  }),
  follow: e({
    method: "PUT",
    path: "/boxes/{box}/ideas/{id}/follow",
    summary: "Follow an idea",
    tag: "ideas",
    access: "agent",
    params: boxIdea,
    response: s.IdeaPage,
    status: 200,
  }),
  unfollow: e({
    method: "DELETE",
    path: "/boxes/{box}/ideas/{id}/follow",
    summary: "Stop following an idea",
    tag: "ideas",
    access: "agent",
    params: boxIdea,
    response: s.IdeaPage,
    status: 200,
  }),
  changeStatus: e({
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/status",
    summary: "Change status with an official response",
    tag: "follow-up",
    access: "moderator",
    params: boxIdea,
    body: s.StatusChange,
    response: s.IdeaPage,
    status: 200,
  }),
  mergeIdea: e({
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/merge",
    summary: "Merge this duplicate into an original",
    tag: "follow-up",
    access: "moderator",
    params: boxIdea,
    body: s.MergeRequest,
    response: s.IdeaPage,
    status: 200,
  }),
  listComments: e({
    method: "GET",
    path: "/boxes/{box}/ideas/{id}/comments",
    summary: "Comments, threaded two levels",
    tag: "comments",
    access: "reader",
    params: boxIdea,
    response: s.CommentList,
    status: 200,
  }),
  createComment: e({
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/comments",
    summary: "Comment or answer a comment",
    tag: "comments",
    access: "agent",
    params: boxIdea,
    body: s.CommentCreate,
    response: s.Comment,
    status: 201,
  }),
  reportIdea: e({
    method: "POST",
    path: "/boxes/{box}/ideas/{id}/reports",
    summary: "Report an idea to moderators",
    tag: "moderation",
    access: "agent",
    params: boxIdea,
    body: s.ReportCreate,
    response: null,
    status: 204,
  }),
  reportComment: e({
    method: "POST",
    path: "/boxes/{box}/comments/{id}/reports",
    summary: "Report a comment to moderators",
    tag: "moderation",
    access: "agent",
    params: boxIdea,
    body: s.ReportCreate,
    response: null,
    status: 204,
  }),
  moderationQueue: e({
    method: "GET",
    path: "/boxes/{box}/moderation/queue",
    summary: "Open reports",
    tag: "moderation",
    access: "moderator",
    params: box,
    response: s.ModerationQueue,
    status: 200,
  }),
  hideIdea: e({
    method: "POST",
    path: "/boxes/{box}/moderation/ideas/{id}/hide",
    summary: "Hide an idea with a reason",
    tag: "moderation",
    access: "moderator",
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
    status: 204,
  }),
  restoreIdea: e({
    method: "POST",
    path: "/boxes/{box}/moderation/ideas/{id}/restore",
    summary: "Restore a hidden idea with a reason",
    tag: "moderation",
    access: "moderator",
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
    status: 204,
  }),
  hideComment: e({
    method: "POST",
    path: "/boxes/{box}/moderation/comments/{id}/hide",
    summary: "Hide a comment with a reason",
    tag: "moderation",
    access: "moderator",
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
    status: 204,
  }),
  restoreComment: e({
    method: "POST",
    path: "/boxes/{box}/moderation/comments/{id}/restore",
    summary: "Restore a hidden comment with a reason",
    tag: "moderation",
    access: "moderator",
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
    status: 204,
  }),
  dismissReport: e({
    method: "POST",
    path: "/boxes/{box}/moderation/reports/{id}/dismiss",
    summary: "Close a report without action",
    tag: "moderation",
    access: "moderator",
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
    status: 204,
  }),
  block: e({
    method: "POST",
    path: "/boxes/{box}/moderation/blocks",
    summary: "Block the author of an idea or comment, or a person, in this box",
    tag: "moderation",
    access: "moderator",
    params: box,
    body: s.BlockRequest,
    response: null,
    status: 204,
  }),
  unblock: e({
    method: "DELETE",
    path: "/boxes/{box}/moderation/blocks/{userId}",
    summary: "Unblock a person",
    tag: "moderation",
    access: "moderator",
    params: boxUser,
    response: null,
    status: 204,
  }),
  listWebhooks: e({
    method: "GET",
    path: "/boxes/{box}/webhooks",
    summary: "Webhooks of the box",
    tag: "webhooks",
    access: "admin",
    params: box,
    response: s.WebhookList,
    status: 200,
  }),
  createWebhook: e({
    method: "POST",
    path: "/boxes/{box}/webhooks",
    summary: "Add a signed webhook (secret shown once)",
    tag: "webhooks",
    access: "admin",
    params: box,
    body: s.WebhookCreate,
    response: s.Webhook,
    status: 201,
  }),
  listDeliveries: e({
    method: "GET",
    path: "/boxes/{box}/webhooks/deliveries",
    summary: "Delivery log of the box's webhooks",
    tag: "webhooks",
    access: "admin",
    params: box,
    response: s.WebhookDeliveryList,
    status: 200,
  }),
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Infer<T> = T extends z.ZodType ? z.input<T> : never;
type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/** What a caller passes for an endpoint (inputs before defaults). */
export type EndpointInput<N extends EndpointName> = (Endpoints[N] extends { params: infer P }
  ? { params: Infer<P> }
  : { params?: undefined }) &
  (Endpoints[N] extends { query: infer Q } ? { query?: Infer<Q> } : { query?: undefined }) &
  (Endpoints[N] extends { body: infer B } ? { body: Infer<B> } : { body?: undefined });

/** What an endpoint returns on success. */
export type EndpointOutput<N extends EndpointName> = Out<Endpoints[N]["response"]>;

/** Idempotent methods: the client may retry them. */
export const idempotentMethods: ReadonlySet<Method> = new Set(["GET", "PUT", "DELETE"]);

/** Fills `{name}` segments of a path, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined) throw new TypeError(`missing path parameter ${key}`);
    return encodeURIComponent(value);
  });
}
