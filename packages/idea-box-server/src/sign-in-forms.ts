import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppDeps } from "./context";
import { hitRateLimit, randomToken, safeEqual } from "./security";
import { page, paragraph, link, type Locale } from "./sign-in-html";

/**
 * What the sign-in pages' forms share: CSRF protection for forms posted without a session
 * (a double-submit cookie: a random value in an HttpOnly cookie and in a hidden field, which a
 * page of another site can neither read nor set, plus the Origin check), the client address
 * for rate limits, and the answers for an expired form or too many attempts.
 */
export const formCookie = "communs_form";

/** The form token of this browser: the cookie's value, set when missing. */
export function formToken(c: Context, deps: AppDeps): string {
  const current = getCookie(c, formCookie);
  if (current && /^[\w-]{20,64}$/.test(current)) return current;
  const token = randomToken(24);
  setCookie(c, formCookie, token, {
    path: "/auth",
    httpOnly: true,
    secure: deps.config.publicUrl.startsWith("https://"),
    sameSite: "Lax",
  });
  return token;
}

/**
 * Origins whose pages may post our forms: ours, and the allowed ones (sign out from the
 * catalogue). Our own pages send `Origin: null` (the server's Referrer-Policy is no-referrer):
 * then the browser's Sec-Fetch-Site must not say another site. The tokens stay the real check.
 */
export function originAllowed(c: Context, deps: AppDeps): boolean {
  const origin = c.req.header("origin");
  if (!origin || origin === "null") return c.req.header("sec-fetch-site") !== "cross-site";
  return (
    origin === new URL(deps.config.publicUrl).origin || deps.config.allowedOrigins.includes(origin)
  );
}

/** A form posted without a session: its field `csrf` must equal this browser's form cookie. */
export function anonymousFormValid(
  c: Context,
  deps: AppDeps,
  body: Record<string, unknown>,
): boolean {
  const cookie = getCookie(c, formCookie) ?? "";
  const sent = typeof body.csrf === "string" ? body.csrf : "";
  return (
    originAllowed(c, deps) && cookie.length >= 20 && sent.length > 0 && safeEqual(sent, cookie)
  );
}

export function clientAddress(c: Context, deps: AppDeps): string {
  if (deps.config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}

/** Counts a form post against the address's limit (RATE_LIMIT_PER_ADDRESS, per minute, shared with the API). */
export async function overLimit(
  c: Context,
  deps: AppDeps,
  key: string,
  limit = deps.config.rateLimit.perAddress,
): Promise<number | null> {
  const count = await hitRateLimit(deps.db, `${key}:${clientAddress(c, deps)}`);
  return count.hits > limit ? count.resetSeconds : null;
}

export const stringField = (body: Record<string, unknown>, name: string): string => {
  const value = body[name];
  return typeof value === "string" ? value : "";
};

const answers = {
  fr: {
    expiredTitle: "Formulaire expiré",
    expired:
      "Ce formulaire n’est plus valable (il a été ouvert sur une autre page ou il y a trop longtemps). Recommencez depuis la page ci-dessous.",
    again: "Recommencer",
    limitedTitle: "Trop de tentatives",
    limited: (seconds: number) =>
      `Trop de tentatives depuis votre connexion. Réessayez dans ${seconds} secondes.`,
  },
  en: {
    expiredTitle: "Form expired",
    expired:
      "This form is no longer valid (it was opened on another page or too long ago). Start again from the page below.",
    again: "Start again",
    limitedTitle: "Too many attempts",
    limited: (seconds: number) =>
      `Too many attempts from your connection. Try again in ${seconds} seconds.`,
  },
} as const;

export function expiredForm(c: Context, locale: Locale, againHref: string) {
  const t = answers[locale];
  return c.html(
    page({
      locale,
      url: c.req.url,
      title: t.expiredTitle,
      body: `${paragraph(t.expired)}<p>${link(againHref, t.again)}</p>`,
    }),
    403,
  );
}

export function tooManyAttempts(c: Context, locale: Locale, seconds: number) {
  const t = answers[locale];
  return c.html(
    page({ locale, url: c.req.url, title: t.limitedTitle, body: paragraph(t.limited(seconds)) }),
    429,
    { "retry-after": String(seconds) },
  );
}

/**
 * What every form posted without a session goes through, in this order: its form token (else
 * the "form expired" page, linking to `againHref`), then the address's rate limit (else 429).
 * Gives the form's fields, or the answer to send instead.
 */
export async function acceptAnonymousForm(
  c: Context,
  deps: AppDeps,
  locale: Locale,
  againHref: string,
): Promise<{ body: Record<string, unknown> } | { refused: Response }> {
  const body = await formBody(c);
  if (!anonymousFormValid(c, deps, body)) return { refused: expiredForm(c, locale, againHref) };
  const wait = await overLimit(c, deps, "a");
  if (wait !== null) return { refused: tooManyAttempts(c, locale, wait) };
  return { body };
}

/** Reads a urlencoded or multipart form body; anything else is an empty form. */
export async function formBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return {};
  return (await c.req.parseBody()) as Record<string, unknown>;
}
