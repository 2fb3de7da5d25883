import type { Route } from "./routes";

/**
 * The admin console's routes (issue 17, "Admins can run a box"): the box's figures, the
 * themes, scopes and statuses a box admin edits, and members added by e-mail or removed.
 * Spread into `routes`; same plain-data shape, no zod.
 */
export const adminRoutes = {
  boxFigures: {
    method: "GET",
    path: "/boxes/{box}/figures",
    summary: "Figures: ideas per status and per month, time to first answer, share answered",
    tag: "boxes",
    access: "moderator",
    status: 200,
  },
  updateTheme: {
    method: "PATCH",
    path: "/boxes/{box}/themes/{id}",
    summary: "Rename a theme",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  deleteTheme: {
    method: "DELETE",
    path: "/boxes/{box}/themes/{id}",
    summary: "Remove a theme no idea uses (409 otherwise)",
    tag: "boxes",
    access: "admin",
    status: 204,
  },
  createScope: {
    method: "POST",
    path: "/boxes/{box}/scopes",
    summary: "Add a scope",
    tag: "boxes",
    access: "admin",
    status: 201,
  },
  updateScope: {
    method: "PATCH",
    path: "/boxes/{box}/scopes/{id}",
    summary: "Rename a scope",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  deleteScope: {
    method: "DELETE",
    path: "/boxes/{box}/scopes/{id}",
    summary: "Remove a scope no idea uses (409 otherwise)",
    tag: "boxes",
    access: "admin",
    status: 204,
  },
  createStatus: {
    method: "POST",
    path: "/boxes/{box}/statuses",
    summary: "Add a status (after the others)",
    tag: "boxes",
    access: "admin",
    status: 201,
  },
  updateStatus: {
    method: "PATCH",
    path: "/boxes/{box}/statuses/{key}",
    summary: "Rename a status or change whether it needs a reason or is final",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  deleteStatus: {
    method: "DELETE",
    path: "/boxes/{box}/statuses/{key}",
    summary: "Remove a status no idea has ever had (409 otherwise; never `submitted`)",
    tag: "boxes",
    access: "admin",
    status: 204,
  },
  addMember: {
    method: "POST",
    path: "/boxes/{box}/members",
    summary: "Give a role to the person with this e-mail address (404 without an account)",
    tag: "boxes",
    access: "admin",
    status: 200,
  },
  removeMember: {
    method: "DELETE",
    path: "/boxes/{box}/members/{userId}",
    summary: "Remove a member (409 for oneself or a blocked member: unblock first)",
    tag: "boxes",
    access: "admin",
    status: 204,
  },
} as const satisfies Record<string, Route>;
