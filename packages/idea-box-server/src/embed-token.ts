import { createHmac } from "node:crypto";
import { errors, jwtVerify } from "jose";
import { safeEqual } from "./security";
import type { Role } from "./roles";

/** Longest life of an embed token, in seconds (`exp - iat`). */
export const embedTokenMaxSeconds = 600;
/** Clock difference tolerated between the host site and this server, in seconds. */
const clockToleranceSeconds = 30;
const roles: readonly Role[] = ["agent", "moderator", "admin"];

/**
 * The claims of an embed token: a JWT (RFC 7519) signed with HS256 and EMBED_SECRET by the host
 * site's server, with any JWT library. The README's integrators section documents each claim.
 */
export interface EmbedClaims {
  /** This server's PUBLIC_URL, exactly: a token made for another server is refused. */
  aud: string;
  /** The person's e-mail address: the account it acts as (created on first use). */
  email: string;
  /** The person's display name. */
  name: string;
  /** Expiry, Unix seconds: at most 10 minutes after `iat`. */
  exp: number;
  /** Issued at, Unix seconds (`signEmbedToken` sets it to now when absent). */
  iat?: number;
  /** The host site, for its own logs; not checked. */
  iss?: string;
  /** The host site's id of the person; not used (the account is the e-mail address). */
  sub?: string;
  /** A box slug: the token then acts in that box only. */
  box?: string;
  /** Lowers the role the token acts with, below the box's embed role (never above). */
  role?: Role;
  /** A token id, for the host site's logs; not checked (the widget reuses one token). */
  jti?: string;
}

/** A verified token: its claims, and whether it came in the deprecated pre-JWT format. */
export type EmbedTokenCheck =
  { ok: true; claims: EmbedClaims; legacy: boolean } | { ok: false; reason: string };

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * Signs an embed token as a host site would (HS256 JWT), for Node host sites and tests; any JWT
 * library in any language makes the same token.
 */
export function signEmbedToken(secret: string, claims: EmbedClaims): string {
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({ iat: Math.floor(Date.now() / 1000), ...claims } satisfies EmbedClaims),
  );
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** Why jose refused a token, in the words an integrator looks for. */
function refusal(error: unknown, audience: string): string {
  if (error instanceof errors.JWTExpired) return "expired (exp is past)";
  if (error instanceof errors.JOSEAlgNotAllowed)
    return "algorithm not allowed: sign with HS256 and EMBED_SECRET";
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "bad signature: sign with HS256 and EMBED_SECRET";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return `wrong audience: aud must be "${audience}"`;
    return `claim ${error.claim}: ${error.reason === "missing" ? "missing" : error.message}`;
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return "not a JWT (header.payload.signature, base64url)";
  return "unreadable";
}

/** Checks the claims jose does not know: types, the 10-minute life, `box` and `role`. */
function claimProblem(claims: Record<string, unknown>, now: number): string | null {
  if (typeof claims.email !== "string" || claims.email === "") return "claim email: missing";
  if (typeof claims.name !== "string") return "claim name: missing";
  const { exp, iat } = claims as { exp: number; iat: number };
  if (exp - iat > embedTokenMaxSeconds || iat > now + clockToleranceSeconds)
    return `claim exp: at most ${embedTokenMaxSeconds} seconds after iat, iat not in the future`;
  if (claims.box !== undefined && typeof claims.box !== "string") return "claim box: a box slug";
  if (claims.role !== undefined && !roles.includes(claims.role as Role))
    return `claim role: one of ${roles.join(", ")}`;
  return null;
}

/**
 * The pre-JWT format, `base64url(JSON {email, name, exp}).base64url(HMAC-SHA256)`: still
 * accepted for one minor version, deprecated.
 */
function verifyLegacyEmbedToken(secret: string, token: string, now: number): EmbedTokenCheck {
  const [payload, signature] = token.split(".");
  const expected = createHmac("sha256", secret).update(payload!).digest("base64url");
  if (!safeEqual(expected, signature!)) return { ok: false, reason: "bad signature" };
  try {
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as EmbedClaims;
    if (typeof claims.exp !== "number" || claims.exp < now || claims.exp > now + 600)
      return { ok: false, reason: "expired or valid more than 10 minutes" };
    if (typeof claims.email !== "string" || typeof claims.name !== "string")
      return { ok: false, reason: "claim email or name: missing" };
    return {
      ok: true,
      claims: { email: claims.email, name: claims.name, exp: claims.exp, aud: "" },
      legacy: true,
    };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

/**
 * Verifies an embed token: an HS256 JWT for `audience` (the server's PUBLIC_URL), or, for one
 * more minor version, the deprecated two-part format (`legacy: true`).
 */
export async function verifyEmbedToken(
  secret: string,
  token: string,
  options: { audience: string; now?: number },
): Promise<EmbedTokenCheck> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const parts = token.split(".");
  if (parts.length === 2 && parts.every(Boolean)) return verifyLegacyEmbedToken(secret, token, now);
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      audience: options.audience,
      requiredClaims: ["exp", "iat"],
      maxTokenAge: embedTokenMaxSeconds,
      clockTolerance: clockToleranceSeconds,
      currentDate: new Date(now * 1000),
    });
    const problem = claimProblem(payload, now);
    if (problem) return { ok: false, reason: problem };
    return { ok: true, claims: payload as unknown as EmbedClaims, legacy: false };
  } catch (error) {
    return { ok: false, reason: refusal(error, options.audience) };
  }
}
