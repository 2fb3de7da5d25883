import type { Access } from "@communs/idea-box";

export type Role = "agent" | "moderator" | "admin";
const rank: Record<Role, number> = { agent: 1, moderator: 2, admin: 3 };

export const atLeast = (role: Role | null, needed: Role) =>
  role !== null && rank[role] >= rank[needed];

/** The role a person has in a box: their membership, or agent in a public box once signed in. */
export function effectiveRole(
  membership: Role | null,
  visibility: "public" | "members",
  signedIn: boolean,
): Role | null {
  if (membership) return membership;
  return visibility === "public" && signedIn ? "agent" : null;
}

export const boxLevels: Access[] = ["reader", "agent", "moderator", "admin"];
