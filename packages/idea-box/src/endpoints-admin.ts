import { z } from "zod";
import type { EndpointSchemas } from "./endpoints";
import * as s from "./schemas";
import * as a from "./schemas-admin";

const box = z.strictObject({ box: s.Slug });
const boxId = z.strictObject({ box: s.Slug, id: s.Id });
const boxKey = z.strictObject({ box: s.Slug, key: s.StatusKey });
const boxUser = z.strictObject({ box: s.Slug, userId: s.Id });

/** Schemas of the admin console's routes, spread into `endpointSchemas`. */
export const adminEndpointSchemas = {
  boxFigures: { params: box, response: a.BoxFigures },
  updateTheme: { params: boxId, body: a.LabelUpdate, response: s.Theme },
  deleteTheme: { params: boxId, response: null },
  createScope: { params: box, body: a.ScopeCreate, response: s.Scope },
  updateScope: { params: boxId, body: a.LabelUpdate, response: s.Scope },
  deleteScope: { params: boxId, response: null },
  createStatus: { params: box, body: a.StatusCreate, response: s.Status },
  updateStatus: { params: boxKey, body: a.StatusUpdate, response: s.Status },
  deleteStatus: { params: boxKey, response: null },
  addMember: { params: box, body: a.MemberAdd, response: s.Member },
  removeMember: { params: boxUser, response: null },
} as const satisfies Record<string, EndpointSchemas>;
