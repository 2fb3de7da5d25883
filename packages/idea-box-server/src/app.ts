import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { z } from "zod";
import {
  accessRules,
  createOpenApiDocument,
  endpoints,
  issuesFromZod,
  problemContentType,
  type Endpoint,
  type EndpointName,
} from "@communs/idea-box";
import type { AppDeps, BoxAccess, CurrentUser, HandlerContext } from "./context";
import { contextFor } from "./context";
import { HttpProblem } from "./http-problem";
import { atLeast, type Role } from "./roles";
import {
  hitRateLimit,
  readSession,
  safeEqual,
  sessionCookie,
  sessionCookieOptions,
} from "./security";
import { verifyEmbedToken } from "./embed-token";
import { mountUnsubscribe } from "./unsubscribe";
import { handlers } from "./domain/handlers";
import { findOrCreateUserByEmail } from "./domain/identity";
import { mountOidc } from "./oidc";
import { loadBox } from "./box-access";
import { createAnonymousBoxCache } from "./box-cache";
import { mountEmailVerification } from "./email-verification";
import { mountIdeaBoxOperations, observeRequests } from "./operations";
import { mountSignInPages, signInPagePolicy } from "./sign-in-pages";

type Input = { params: Record<string, string>; query: Record<string, unknown>; body: unknown };
export type HandlerResult = unknown | { csv: string; filename: string };
export type AnyHandler = (ctx: HandlerContext, input: Input) => Promise<HandlerResult>;

export type { AppDeps } from "./context";

const problemResponse = (c: Context, error: HttpProblem, headers: Record<string, string> = {}) =>
  c.body(JSON.stringify(error.toJSON(c.req.path)), error.toJSON().status as 400, {
    ...headers,
    "content-type": problemContentType,
  });

/** When the pre-JWT embed token format was deprecated (RFC 9745 `Deprecation` header). */
const legacyEmbedDeprecation = `@${Date.UTC(2026, 11, 2) / 1000}`;
const legacyEmbedDocs =
  '<https://github.com/communs/communs/tree/main/packages/idea-box-server#embed-tokens>; rel="deprecation"';

/** Checks an endpoint's access level; box not readable → 404 so its existence does not leak. */
function authorise(endpoint: Endpoint, user: CurrentUser | null, box: BoxAccess | null) {
  const access = endpoint.access;
  if (access === "public") return;
  if (access === "user") {
    if (!user) throw new HttpProblem("unauthenticated");
    return;
  }
  if (access === "platform-admin") {
    if (!user) throw new HttpProblem("unauthenticated");
    if (!user.platformAdmin) throw new HttpProblem("forbidden");
    return;
  }
  if (!box) throw new HttpProblem("not-found");
  const canRead = box.visibility === "public" || box.role !== null || user?.platformAdmin === true;
  if (!canRead) throw user ? new HttpProblem("not-found") : new HttpProblem("unauthenticated");
  if (access === "reader") return;
  if (!user) throw new HttpProblem("unauthenticated");
  if (!atLeast(box.role, access)) throw new HttpProblem("forbidden");
  if (box.blocked && accessRules[access].refusedWhenBlocked) throw new HttpProblem("blocked");
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

/** The HTTP application: every endpoint of the contract, plus /openapi.json and OIDC routes. */
export function createApp(deps: AppDeps) {
  const { db, config, events, log, mail, eraseInTools } = deps;
  const app = new Hono();
  const cookieOptions = sessionCookieOptions(config);
  const allowed = new Set([new URL(config.publicUrl).origin, ...config.allowedOrigins]);
  let legacyEmbedLoggedAt = 0;
  // Anonymous readers' view of each box, kept while this instance hears box changes (box-cache.ts).
  const anonymousBoxes = createAnonymousBoxCache(db);

  // Request ids and metrics first: they see every answer, the mounted tools' too.
  const metrics = observeRequests(app, deps);
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    if (config.logLevel === "info")
      log("info", "request", {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        ...signInPagePolicy,
        frameAncestors: ["'self'", ...config.allowedOrigins],
      },
      xFrameOptions: false,
      crossOriginResourcePolicy: false,
    }),
  );
  app.use(
    "*",
    cors({
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowHeaders: ["content-type", "x-csrf-token", "authorization"],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      maxAge: 600,
    }),
  );
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    // The unread rest of the body would be taken for the next request: close the connection.
    onError: (c) =>
      problemResponse(c, new HttpProblem("payload-too-large"), { connection: "close" }),
  });
  // Not on GET and HEAD: the Node adapter gives them no body to limit, and looking for one made it
  // build a whole web Request, AbortSignal included, for every read (5 % of a list's server time).
  app.use("*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next),
  );

  mountIdeaBoxOperations(app, deps, metrics);
  app.get("/openapi.json", (c) =>
    c.json(createOpenApiDocument({ serverUrl: config.publicUrl, version: "0.0.0" })),
  );

  const address = (c: Context): string => {
    if (config.trustProxy) {
      const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
      if (forwarded) return forwarded;
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    return env?.incoming?.socket?.remoteAddress ?? "local";
  };

  for (const [name, raw] of Object.entries(endpoints)) {
    const endpoint = raw as Endpoint;
    const handler = (handlers as unknown as Record<EndpointName, AnyHandler>)[name as EndpointName];
    app.on(endpoint.method, honoPath(endpoint.path), async (c) => {
      // 1. Path parameters: malformed ids cannot name anything.
      let params: Record<string, string> = {};
      if (endpoint.params) {
        const parsed = endpoint.params.safeParse(c.req.param());
        if (!parsed.success) throw new HttpProblem("not-found");
        params = parsed.data as Record<string, string>;
      }
      // 2. Who is calling: session cookie or embed token.
      let user: CurrentUser | null = null;
      let session: HandlerContext["session"] = null;
      let viaCookie = false;
      let viaToken = false;
      let embedCap: Role | null | undefined = undefined;
      let box: BoxAccess | null = null;
      const authorization = c.req.header("authorization");
      if (authorization?.startsWith("Bearer ") && config.embedSecret) {
        const check = await verifyEmbedToken(config.embedSecret, authorization.slice(7), {
          audience: config.publicUrl,
        });
        if (!check.ok)
          throw new HttpProblem("unauthenticated", {
            detail: `invalid embed token: ${check.reason}`,
          });
        const { claims } = check;
        if (check.legacy) {
          c.header("deprecation", legacyEmbedDeprecation);
          c.header("link", legacyEmbedDocs);
          if (Date.now() - legacyEmbedLoggedAt > 600_000) {
            legacyEmbedLoggedAt = Date.now();
            log(
              "info",
              "deprecated embed token format: sign an HS256 JWT instead (README, embed tokens)",
              {
                path: c.req.path,
              },
            );
          }
        }
        // The host site vouches for a person, not for their powers here: never platform admin,
        // and only within boxes (account-wide operations need the person's own sign-in).
        const found = await findOrCreateUserByEmail(db, claims.email, claims.name);
        user = { ...found, platformAdmin: false };
        viaToken = true;
        embedCap = claims.role ?? null;
        if (endpoint.access === "user" || endpoint.access === "platform-admin")
          throw new HttpProblem("forbidden", {
            detail: "an embed token acts only within a box; sign in on the idea box for this",
          });
        if (claims.box !== undefined && params.box !== undefined && claims.box !== params.box)
          throw new HttpProblem("forbidden", {
            detail: `this embed token acts only in the box "${claims.box}"`,
          });
      } else {
        const token = getCookie(c, sessionCookie);
        if (token && token.length < 100) {
          // The box comes in the same query as the session: one round trip for both.
          const found = await readSession(db, token, params.box);
          if (found) {
            user = found.user;
            session = found.session;
            box = found.box;
            viaCookie = true;
          }
        }
      }
      // 3. CSRF: unsafe requests authenticated by cookie carry the session's token.
      const unsafe = endpoint.method !== "GET";
      if (unsafe && viaCookie) {
        const sent = c.req.header("x-csrf-token") ?? "";
        if (!session || !safeEqual(sent, session.csrfToken)) throw new HttpProblem("csrf");
      }
      // Without a session (sign-in, registration), a browser's Origin must be ours or allowed.
      if (unsafe && !viaCookie && !viaToken) {
        const origin = c.req.header("origin");
        if (origin && origin !== "null" && !allowed.has(origin)) throw new HttpProblem("csrf");
      }
      // 4. Box and role.
      if (params.box && !viaCookie)
        box =
          user === null
            ? await anonymousBoxes.get(params.box)
            : await loadBox(db, params.box, user.id, embedCap);
      authorise(endpoint, user, box);
      // 5. Rate limits on writes, per person and per address, in the database.
      if (unsafe) {
        const [perAddress, perPerson] = await Promise.all([
          hitRateLimit(db, `a:${address(c)}`),
          user ? hitRateLimit(db, `p:${user.id}`) : Promise.resolve(null),
        ]);
        const over = [
          { name: "per-address", limit: config.rateLimit.perAddress, count: perAddress },
          ...(perPerson
            ? [{ name: "per-person", limit: config.rateLimit.perPerson, count: perPerson }]
            : []),
        ].filter((policy) => policy.count.hits > policy.limit);
        if (over.length > 0) {
          const wait = Math.max(...over.map((policy) => policy.count.resetSeconds));
          // Retry-After (RFC 9110), and the IETF draft's RateLimit-Policy / RateLimit fields.
          return problemResponse(c, new HttpProblem("rate-limited"), {
            "retry-after": String(wait),
            "ratelimit-policy": over.map((p) => `"${p.name}";q=${p.limit};w=60`).join(", "),
            ratelimit: over.map((p) => `"${p.name}";r=0;t=${p.count.resetSeconds}`).join(", "),
          });
        }
      }
      // 6. Query and body: every invalid field reported.
      const errors = [];
      let query: Record<string, unknown> = {};
      if (endpoint.query) {
        const parsed = endpoint.query.safeParse(
          Object.fromEntries(new URL(c.req.url).searchParams),
        );
        if (parsed.success) query = parsed.data as Record<string, unknown>;
        else errors.push(...issuesFromZod(parsed.error, "query"));
      }
      let body: unknown = undefined;
      if (endpoint.body) {
        const type = c.req.header("content-type") ?? "";
        if (!/^application\/(.+\+)?json\b/i.test(type))
          throw new HttpProblem("unsupported-media-type");
        let raw: unknown;
        try {
          raw = JSON.parse(await c.req.text());
        } catch {
          throw new HttpProblem("validation", {
            errors: [{ pointer: "/body", code: "invalid_json" }],
          });
        }
        const parsed = (endpoint.body as z.ZodType).safeParse(raw);
        if (parsed.success) body = parsed.data;
        else errors.push(...issuesFromZod(parsed.error, "body"));
      }
      if (errors.length > 0) throw new HttpProblem("validation", { errors });

      const ctx: HandlerContext = {
        db,
        config,
        user,
        box,
        session,
        events,
        log,
        mail,
        eraseInTools,
        acceptLanguage: c.req.header("accept-language") ?? null,
        setSession(token) {
          if (token === null) deleteCookie(c, sessionCookie, { path: "/" });
          else setCookie(c, sessionCookie, token, cookieOptions);
        },
      };
      // authorise() above checked the access level: the handler gets the context it promises.
      const result = await handler(contextFor(endpoint.access, ctx), { params, query, body });
      if (endpoint.response === null) return c.body(null, 204);
      if (endpoint.produces === "csv") {
        const { csv, filename } = result as { csv: string; filename: string };
        return c.body(csv, 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${filename}"`,
        });
      }
      if (endpoint.produces === "markdown") {
        const { markdown, filename } = result as { markdown: string; filename: string };
        return c.body(markdown, 200, {
          "content-type": "text/markdown; charset=utf-8",
          "content-disposition": `attachment; filename="${filename}"`,
        });
      }
      return c.json(result as object, endpoint.status as 200 | 201);
    });
  }

  if (config.oidc) mountOidc(app, deps);
  mountSignInPages(app, deps);
  // Always mounted: a link sent while SMTP was set keeps working after it is unset.
  mountUnsubscribe(app, deps);
  // Links are sent only through SMTP, so the page that takes them exists only with it.
  if (mail) mountEmailVerification(app, deps);

  app.notFound((c) => problemResponse(c, new HttpProblem("not-found")));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    log("error", "unhandled error", {
      path: c.req.path,
      error: String((error as Error).stack ?? error),
    });
    return problemResponse(c, new HttpProblem("internal"));
  });
  return app;
}
