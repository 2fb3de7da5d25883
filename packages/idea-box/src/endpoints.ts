import { z } from "zod";
import { routes, type Route, type Routes } from "@communs/idea-box/client";
import * as s from "./schemas";
import { adminEndpointSchemas } from "./endpoints-admin";
import { demineurEndpointSchemas } from "./endpoints-demineur";
import { DemineurPersonalData } from "./schemas-demineur";

export interface EndpointSchemas {
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** `null` for 204 answers. */
  response: z.ZodType | null;
}

/** A route with its schemas: what the server validates and the OpenAPI document describes. */
export type Endpoint = Route & EndpointSchemas;

const box = z.strictObject({ box: s.Slug });
const boxIdea = z.strictObject({ box: s.Slug, id: s.Id });
const boxUser = z.strictObject({ box: s.Slug, userId: s.Id });

/** The schemas of every route (the type makes a missing or extra one a compile error). */
export const endpointSchemas = {
  health: {
    response: s.Health,
  },
  session: {
    response: s.Session,
  },
  register: {
    body: s.Register,
    response: s.Session,
  },
  login: {
    body: s.Login,
    response: s.Session,
  },
  logout: {
    response: null,
  },
  updateProfile: {
    body: s.ProfileUpdate,
    response: s.User,
  },
  exportMyData: {
    // With the Démineur's part (its checks, answers, comments on answers and supports).
    response: s.PersonalData.extend(DemineurPersonalData.shape),
  },
  eraseMe: {
    response: null,
  },
  listBoxes: {
    response: z.object({ items: z.array(s.BoxSummary) }),
  },
  createBox: {
    body: s.BoxCreate,
    response: s.Box,
  },
  getBox: {
    params: box,
    response: s.Box,
  },
  updateBox: {
    params: box,
    body: s.BoxUpdate,
    response: s.Box,
  },
  createTheme: {
    params: box,
    body: s.ThemeCreate,
    response: s.Theme,
  },
  listMembers: {
    params: box,
    response: s.MemberList,
  },
  setMember: {
    params: boxUser,
    body: s.MemberUpdate,
    response: s.Member,
  },
  exportBoxJson: {
    params: box,
    response: z.object({
      box: s.BoxSummary,
      ideas: z.array(s.IdeaPage),
      comments: z.array(s.Comment),
    }),
  },
  exportBoxCsv: {
    params: box,
    response: z.string(),
  },
  listAudit: {
    params: box,
    response: s.AuditList,
  },
  listIdeas: {
    params: box,
    query: s.IdeaListQuery,
    response: s.IdeaList,
  },
  similarIdeas: {
    params: box,
    query: s.SimilarQuery,
    response: s.SimilarList,
  },
  createIdea: {
    params: box,
    body: s.IdeaCreate,
    response: s.IdeaPage,
  },
  getIdea: {
    params: boxIdea,
    response: s.IdeaPage,
  },
  updateIdea: {
    params: boxIdea,
    body: s.IdeaUpdate,
    response: s.IdeaPage,
  },
  support: {
    params: boxIdea,
    response: s.IdeaPage,
  },
  unsupport: {
    params: boxIdea,
    response: s.IdeaPage,
  },
  follow: {
    params: boxIdea,
    response: s.IdeaPage,
  },
  unfollow: {
    params: boxIdea,
    response: s.IdeaPage,
  },
  changeStatus: {
    params: boxIdea,
    body: s.StatusChange,
    response: s.IdeaPage,
  },
  mergeIdea: {
    params: boxIdea,
    body: s.MergeRequest,
    response: s.IdeaPage,
  },
  listComments: {
    params: boxIdea,
    response: s.CommentList,
  },
  createComment: {
    params: boxIdea,
    body: s.CommentCreate,
    response: s.Comment,
  },
  reportIdea: {
    params: boxIdea,
    body: s.ReportCreate,
    response: null,
  },
  reportComment: {
    params: boxIdea,
    body: s.ReportCreate,
    response: null,
  },
  moderationQueue: {
    params: box,
    response: s.ModerationQueue,
  },
  hideIdea: {
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
  },
  restoreIdea: {
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
  },
  hideComment: {
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
  },
  restoreComment: {
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
  },
  dismissReport: {
    params: boxIdea,
    body: s.ModerationReason,
    response: null,
  },
  block: {
    params: box,
    body: s.BlockRequest,
    response: null,
  },
  unblock: {
    params: boxUser,
    response: null,
  },
  listWebhooks: {
    params: box,
    response: s.WebhookList,
  },
  createWebhook: {
    params: box,
    body: s.WebhookCreate,
    response: s.Webhook,
  },
  listDeliveries: {
    params: box,
    response: s.WebhookDeliveryList,
  },
  ...adminEndpointSchemas,
  ...demineurEndpointSchemas,
} as const satisfies Record<keyof Routes, EndpointSchemas>;

type Schemas = typeof endpointSchemas;
export type Endpoints = { [N in keyof Routes]: Routes[N] & Schemas[N] };

/** Every endpoint of the idea box API, route and schemas together. */
export const endpoints = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    { ...route, ...endpointSchemas[name as keyof Routes] },
  ]),
) as Endpoints;

type Infer<T> = T extends z.ZodType ? z.input<T> : never;
type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/** What a caller passes for an endpoint (inputs before defaults). */
export type EndpointInput<N extends keyof Routes> = (Schemas[N] extends { params: infer P }
  ? { params: Infer<P> }
  : { params?: undefined }) &
  (Schemas[N] extends { query: infer Q } ? { query?: Infer<Q> } : { query?: undefined }) &
  (Schemas[N] extends { body: infer B } ? { body: Infer<B> } : { body?: undefined });

/** What an endpoint returns on success. */
export type EndpointOutput<N extends keyof Routes> = Out<Schemas[N]["response"]>;
