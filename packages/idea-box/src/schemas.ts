import { z } from "zod";
import { ideaLimits, reportReasons, slugPattern } from "@communs/idea-box/client";

/** Shared building blocks of the idea box contract (zod 4). */
export const Id = z.uuid();
export const Slug = z.string().regex(slugPattern, "lowercase letters, digits and hyphens");
export const StatusKey = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);
export const Timestamp = z.string();

/** Box roles, lowest first: a `lead` (project lead) opens pre-project checks (the Démineur). */
export const Role = z.enum(["agent", "lead", "moderator", "admin"]);
export const Visibility = z.enum(["public", "members"]);
export const AuthorshipMode = z.enum(["named", "team", "anonymous"]);
export const DigestPreference = z.enum(["off", "daily", "immediate"]);
export const ReportReason = z.enum(reportReasons);
/** "trending": supports and comments weighed by age (see `trendingScore` in the store). */
export const IdeaSort = z.enum(["recent", "supported", "commented", "trending", "relevance"]);

/** Trimmed text without NUL characters (PostgreSQL refuses them). */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes("\u0000"), { message: "no NUL character" });

export const Theme = z.object({ id: Id, slug: Slug, label: z.string() });
export const Scope = z.object({ id: Id, slug: Slug, label: z.string() });
/** A service of the box (the Démineur sends checks to services): members belong to one at most. */
export const Service = z.object({ id: Id, slug: Slug, label: z.string() });
export const Status = z.object({
  key: StatusKey,
  label: z.string(),
  requiresReason: z.boolean(),
  final: z.boolean(),
  /** Retired by the box's admins: not offered for a status change; ideas keep it. */
  retired: z.boolean().optional(),
});

export const BoxSummary = z.object({
  id: Id,
  slug: Slug,
  name: z.string(),
  description: z.string(),
  visibility: Visibility,
  ideaCount: z.number().int(),
});
export const Box = BoxSummary.extend({
  themes: z.array(Theme),
  scopes: z.array(Scope),
  statuses: z.array(Status),
  myRole: Role.nullable(),
  /** The box's services (servers before the Démineur leave them out). */
  services: z.array(Service).optional(),
});
export const BoxCreate = z.strictObject({
  slug: Slug,
  name: text(2, 120),
  description: text(0, 2000).default(""),
  visibility: Visibility.default("members"),
  themes: z
    .array(z.strictObject({ slug: Slug, label: text(1, 80) }))
    .max(50)
    .default([]),
  scopes: z
    .array(z.strictObject({ slug: Slug, label: text(1, 80) }))
    .max(20)
    .optional(),
});
export const BoxUpdate = z.strictObject({
  name: text(2, 120).optional(),
  description: text(0, 2000).optional(),
  visibility: Visibility.optional(),
});
export const ThemeCreate = z.strictObject({ slug: Slug, label: text(1, 80) });

export const Author = z.object({
  mode: AuthorshipMode,
  /** Null when the idea is anonymous or its author erased their account. */
  displayName: z.string().nullable(),
  teamName: z.string().nullable(),
});

export const Idea = z.object({
  id: Id,
  box: Slug,
  title: z.string(),
  problem: z.string(),
  solution: z.string(),
  concerned: z.string(),
  scope: Slug,
  theme: Slug.nullable(),
  status: StatusKey,
  author: Author,
  mine: z.boolean(),
  supportCount: z.number().int(),
  commentCount: z.number().int(),
  followerCount: z.number().int(),
  supportedByMe: z.boolean(),
  followedByMe: z.boolean(),
  hidden: z.boolean(),
  mergedInto: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const StatusHistoryEntry = z.object({
  status: StatusKey,
  response: z.string(),
  /** Null for the submission of an anonymous or team idea, and for erased accounts. */
  changedBy: z.string().nullable(),
  at: Timestamp,
});
export const IdeaPage = Idea.extend({ history: z.array(StatusHistoryEntry) });
export const IdeaList = z.object({ items: z.array(Idea), nextCursor: z.string().nullable() });

export const IdeaCreate = z.strictObject({
  title: text(...ideaLimits.title),
  problem: text(...ideaLimits.problem),
  solution: text(...ideaLimits.solution).default(""),
  concerned: text(...ideaLimits.concerned).default(""),
  scope: Slug,
  theme: Slug.optional(),
  authorship: z
    .discriminatedUnion("mode", [
      z.strictObject({ mode: z.literal("named") }),
      z.strictObject({ mode: z.literal("anonymous") }),
      z.strictObject({ mode: z.literal("team"), teamName: text(...ideaLimits.teamName) }),
    ])
    .default({ mode: "named" }),
});
export const IdeaUpdate = z.strictObject({
  title: text(...ideaLimits.title).optional(),
  problem: text(...ideaLimits.problem).optional(),
  solution: text(...ideaLimits.solution).optional(),
  concerned: text(...ideaLimits.concerned).optional(),
  theme: Slug.nullable().optional(),
});
export const IdeaListQuery = z.strictObject({
  sort: IdeaSort.default("recent"),
  q: text(0, 200).optional(),
  status: StatusKey.optional(),
  theme: Slug.optional(),
  scope: Slug.optional(),
  /** Only the signed-in person's ideas (anonymous ones included); none when signed out. */
  mine: z.stringbool().optional(),
  /** Only the ideas the signed-in person supports. */
  supported: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export const SimilarQuery = z.strictObject({
  title: text(3, 140),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
export const SimilarIdea = z.object({
  id: Id,
  title: z.string(),
  status: StatusKey,
  similarity: z.number(),
});
export const SimilarList = z.object({ items: z.array(SimilarIdea) });

export const Comment = z.object({
  id: Id,
  ideaId: Id,
  parentId: Id.nullable(),
  body: z.string(),
  /** Null when hidden, erased, or written by the hidden author of the anonymous or team idea. */
  author: z.object({ displayName: z.string().nullable() }),
  mine: z.boolean(),
  hidden: z.boolean(),
  createdAt: Timestamp,
});
export const CommentList = z.object({ items: z.array(Comment) });
export const CommentCreate = z.strictObject({
  body: text(1, 5000),
  parentId: Id.optional(),
});

export const StatusChange = z.strictObject({
  status: StatusKey,
  /** Official response, public. Required by statuses such as "not retained". */
  response: text(0, 5000).default(""),
});
export const MergeRequest = z.strictObject({ into: Id, reason: text(3, 1000) });

export const ReportCreate = z.strictObject({
  reason: ReportReason,
  details: text(0, 2000).default(""),
});
export const Report = z.object({
  id: Id,
  targetKind: z.enum(["idea", "comment"]),
  targetId: Id,
  reason: ReportReason,
  details: z.string(),
  excerpt: z.string(),
  targetHidden: z.boolean(),
  reportCount: z.number().int(),
  createdAt: Timestamp,
});
export const ModerationQueue = z.object({ items: z.array(Report) });
export const ModerationReason = z.strictObject({ reason: text(3, 1000) });
export const BlockRequest = z.strictObject({
  target: z.strictObject({ kind: z.enum(["user", "idea", "comment"]), id: Id }),
  reason: text(3, 1000),
});

export const Member = z.object({
  userId: Id,
  displayName: z.string().nullable(),
  role: Role,
  /** The member's service (a slug of the box's services), null for none. */
  service: Slug.nullable().optional(),
  blocked: z.boolean(),
  /**
   * Set on the entry of a block recorded against the hidden author of an anonymous or team idea
   * (or of their comment on it): that entry names nobody, its `userId` is the block's own id (to
   * unblock), and the person's own membership, if any, stays listed apart and unblocked.
   */
  anonymousAuthorOf: z
    .object({
      kind: z.enum(["idea", "comment"]),
      id: Id,
      ideaId: Id.nullable(),
      ideaTitle: z.string().nullable(),
    })
    .nullable()
    .optional(),
});
export const MemberList = z.object({ items: z.array(Member) });
/** `service`: a slug of the box's services, null for none, left out to keep it unchanged. */
export const MemberUpdate = z.strictObject({ role: Role, service: Slug.nullable().optional() });

export const AuditEntry = z.object({
  id: Id,
  action: z.string(),
  targetKind: z.string(),
  targetId: z.string(),
  reason: z.string(),
  actor: z.string().nullable(),
  at: Timestamp,
});
export const AuditList = z.object({ items: z.array(AuditEntry) });

export const User = z.object({
  id: Id,
  displayName: z.string(),
  email: z.string().nullable(),
  platformAdmin: z.boolean(),
  digest: DigestPreference,
});
export const Session = z.object({ user: User.nullable(), csrfToken: z.string().nullable() });
export const Register = z.strictObject({
  email: z.email().max(200),
  password: z
    .string()
    .min(12)
    .max(200)
    .refine((v) => !v.includes("\u0000")),
  displayName: text(2, 80),
});
export const Login = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
export const ProfileUpdate = z.strictObject({
  displayName: text(2, 80).optional(),
  digest: DigestPreference.optional(),
});
export const PersonalData = z.object({
  user: User,
  memberships: z.array(z.object({ box: Slug, role: Role })),
  ideas: z.array(Idea),
  comments: z.array(Comment),
  supports: z.array(Id),
  follows: z.array(Id),
  // Added with the retention settings (servers before it leave them out, hence optional).
  // Who else acted (moderator, other reporters) is never part of a person's export.
  /** Reports the person filed. */
  reports: z
    .array(
      z.object({
        box: Slug,
        target: z.object({ kind: z.string(), id: z.string() }),
        reason: z.string(),
        details: z.string(),
        createdAt: z.string(),
        resolvedAt: z.string().nullable(),
        resolution: z.string().nullable(),
      }),
    )
    .optional(),
  /** Status changes the person made (as a moderator, or the submission of their own idea). */
  statusChanges: z
    .array(z.object({ ideaId: Id, status: z.string(), response: z.string(), at: z.string() }))
    .optional(),
  /** Notification e-mails queued or sent to the person (kept RETENTION_NOTIFICATIONS_DAYS). */
  notificationEmails: z
    .array(
      z.object({
        event: z.string(),
        ideaId: Id.nullable(),
        subject: z.string(),
        body: z.string(),
        state: z.string(),
        createdAt: z.string(),
        sentAt: z.string().nullable(),
      }),
    )
    .optional(),
  /** Moderation actions on the person's ideas, comments or account (without who acted). */
  moderation: z
    .array(
      z.object({
        box: Slug,
        action: z.string(),
        target: z.object({ kind: z.string(), id: z.string() }),
        reason: z.string(),
        at: z.string(),
      }),
    )
    .optional(),
  /** Blocks that hold the person; `through` names the anonymous idea or comment it went through. */
  blocks: z
    .array(
      z.object({
        box: Slug,
        through: z.object({ kind: z.string(), id: Id }).nullable(),
        reason: z.string(),
        blockedAt: z.string(),
      }),
    )
    .optional(),
});

export const WebhookEvent = z.enum([
  "idea.created",
  "idea.status_changed",
  "comment.created",
  "check.opened",
  "check.answered",
  "check.decided",
]);
export const WebhookCreate = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(500),
  events: z.array(WebhookEvent).min(1),
});
export const Webhook = z.object({
  id: Id,
  url: z.string(),
  events: z.array(WebhookEvent),
  /** Shown once, at creation; then null. */
  secret: z.string().nullable(),
  createdAt: Timestamp,
});
export const WebhookList = z.object({ items: z.array(Webhook) });
export const WebhookDelivery = z.object({
  id: Id,
  event: WebhookEvent,
  attempts: z.number().int(),
  state: z.enum(["pending", "delivered", "failed"]),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
});
export const WebhookDeliveryList = z.object({ items: z.array(WebhookDelivery) });

export const Health = z.object({
  status: z.literal("ok"),
  database: z.enum(["postgres", "pglite"]),
});
export const Empty = z.object({});

export type IdeaT = z.infer<typeof Idea>;
export type BoxT = z.infer<typeof Box>;
export type CommentT = z.infer<typeof Comment>;
/** A report in the moderation queue. */
export type ReportT = z.infer<typeof Report>;
/** The body of `createIdea` as a caller writes it (before defaults). */
export type IdeaCreateBody = z.input<typeof IdeaCreate>;
