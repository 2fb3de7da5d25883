import type { Access } from "@communs/idea-box";

/** Box roles, lowest first; a `lead` (project lead) opens the Démineur's pre-project checks. */
export type Role = "agent" | "lead" | "moderator" | "admin";
export const roleRank: Record<Role, number> = { agent: 1, lead: 2, moderator: 3, admin: 4 };
const rank = roleRank;

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

export const boxLevels: Access[] = ["reader", "agent", "lead", "moderator", "admin"];
