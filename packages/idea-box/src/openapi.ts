import { z } from "zod";
import { signInPageOperations } from "./openapi-sign-in";
import { accessRules, problemContentType } from "@communs/idea-box/client";
import { endpoints, type Endpoint } from "./endpoints";
import { ProblemDetails } from "./problem-schema";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;

const strip = (schema: Record<string, unknown>) => {
  const rest = { ...schema };
  delete rest.$schema;
  return rest;
};

function parameters(endpoint: Endpoint) {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const fieldSchema = field as z.ZodType;
      list.push({
        name,
        in: where,
        required: where === "path" || !fieldSchema.safeParse(undefined).success,
        schema: strip(jsonSchema(fieldSchema, "input")),
      });
    }
  }
  return list;
}

type SecurityRequirement = Record<string, string[]>;

/**
 * Security, a readable `x-access` and a description line for an endpoint, all from its access
 * level: anonymous callers appear as `{}` only where the server lets them through, and the CSRF
 * token only on unsafe methods authenticated by the session cookie (an embed token needs none).
 */
export function describeAccess(endpoint: Pick<Endpoint, "access" | "method">) {
  const rule = accessRules[endpoint.access];
  const unsafe = endpoint.method !== "GET";
  const session: SecurityRequirement = unsafe ? { session: [], csrf: [] } : { session: [] };
  const security: SecurityRequirement[] = [
    ...(rule.anonymous === "never" ? [] : [{}]),
    session,
    ...(rule.embedToken ? [{ embedToken: [] }] : []),
  ];
  const lines = [`Access: ${rule.text}`];
  if (unsafe && rule.anonymous === "always")
    lines.push(
      "No session needed. A browser's Origin must be the server's or an allowed one; a request that does carry the session cookie must also carry its `x-csrf-token`.",
    );
  else if (unsafe)
    lines.push(
      `With the session cookie, send the \`x-csrf-token\` header (from \`GET /auth/session\`)${rule.embedToken ? "; an embed token needs none" : ""}.`,
    );
  if (rule.embedToken && rule.anonymous !== "always")
    lines.push("An embed token acts with at most the box's embed role (agent by default).");
  return {
    security,
    description: lines.join("\n\n"),
    "x-access": {
      level: endpoint.access,
      anonymous: rule.anonymous,
      ...(rule.boxRole ? { boxRole: rule.boxRole } : {}),
      ...(rule.platformAdmin ? { platformAdmin: true } : {}),
      ...(rule.refusedWhenBlocked ? { refusedWhenBlocked: true } : {}),
      embedToken: rule.embedToken,
      csrf: unsafe,
    },
  };
}

/** The OpenAPI 3.1 document of the idea box API, generated from the contract. */
export function createOpenApiDocument(options: { serverUrl?: string; version?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  const problemRef = { $ref: "#/components/schemas/ProblemDetails" };
  for (const [operationId, raw] of Object.entries(endpoints)) {
    const endpoint = raw as Endpoint;
    const success =
      endpoint.response === null
        ? { description: "Done" }
        : {
            description: "Success",
            content:
              endpoint.produces === "csv" || endpoint.produces === "markdown"
                ? {
                    [endpoint.produces === "csv" ? "text/csv" : "text/markdown"]: {
                      schema: { type: "string" },
                    },
                  }
                : {
                    "application/json": { schema: strip(jsonSchema(endpoint.response, "output")) },
                  },
          };
    const access = describeAccess(endpoint);
    const rule = accessRules[endpoint.access];
    const problemContent = { [problemContentType]: { schema: problemRef } };
    const operation: Record<string, unknown> = {
      operationId,
      summary: endpoint.summary,
      description: access.description,
      tags: [endpoint.tag],
      security: access.security,
      "x-access": access["x-access"],
      "x-communs-access": endpoint.access,
      parameters: parameters(endpoint),
      responses: {
        [String(endpoint.status)]: success,
        ...(rule.anonymous === "always"
          ? {}
          : { "401": { description: "Sign-in required", content: problemContent } }),
        ...(rule.boxRole || rule.platformAdmin || endpoint.method !== "GET"
          ? {
              "403": {
                description: "Role too low, blocked in the box, or CSRF token missing",
                content: problemContent,
              },
            }
          : {}),
        ...(endpoint.method !== "GET"
          ? {
              "429": {
                description: "Too many writes: wait `Retry-After` seconds",
                headers: {
                  "Retry-After": { schema: { type: "integer" } },
                  "RateLimit-Policy": { schema: { type: "string" } },
                  RateLimit: { schema: { type: "string" } },
                },
                content: problemContent,
              },
            }
          : {}),
        "4XX": { description: "Problem details (RFC 9457)", content: problemContent },
      },
    };
    if (endpoint.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: strip(jsonSchema(endpoint.body, "input")) } },
      };
    }
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  // Routes outside the JSON contract: this document, the OIDC redirects and the e-mail links.
  const problemResponses = {
    "4XX": {
      description: "Problem details (RFC 9457)",
      content: { [problemContentType]: { schema: problemRef } },
    },
  };
  paths["/openapi.json"] = {
    get: {
      operationId: "openapi",
      summary: "This OpenAPI 3.1 document",
      tags: ["operations"],
      security: [{}],
      responses: {
        "200": {
          description: "OpenAPI document",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  };
  // The operator's routes (@communs/server): probes for a supervisor, metrics for Prometheus.
  const operator = (operationId: string, summary: string, responses: object, security = [{}]) => ({
    get: {
      operationId,
      summary,
      tags: ["operations"],
      security,
      responses: { ...responses, ...problemResponses },
    },
  });
  const status = (value: string) => ({
    description: value,
    content: {
      "application/json": { schema: { type: "object", properties: { status: { const: value } } } },
    },
  });
  paths["/health/live"] = operator("healthLive", "Liveness: the process answers", {
    "200": status("live"),
  });
  paths["/health/ready"] = operator(
    "healthReady",
    "Readiness: the database answers and its migrations are applied (503 otherwise)",
    { "200": status("ready"), "503": problemResponses["4XX"] },
  );
  paths["/metrics"] = operator(
    "metrics",
    "Prometheus metrics (text format); 404 when the server has no METRICS_TOKEN",
    {
      "200": { description: "Metrics", content: { "text/plain": { schema: { type: "string" } } } },
    },
    [{ metricsToken: [] }],
  );
  paths["/auth/oidc/login"] = {
    get: {
      operationId: "oidcLogin",
      summary:
        "Start OIDC sign-in (authorisation code + PKCE; ProConnect) when the server has OIDC settings",
      tags: ["identity"],
      security: [{}],
      parameters: [
        {
          name: "returnTo",
          in: "query",
          required: false,
          schema: { type: "string", pattern: "^/" },
        },
      ],
      responses: {
        "302": { description: "Redirect to the identity provider" },
        ...problemResponses,
      },
    },
  };
  paths["/auth/oidc/callback"] = {
    get: {
      operationId: "oidcCallback",
      summary: "OIDC redirect URI: opens a session and redirects to returnTo",
      tags: ["identity"],
      security: [{}],
      parameters: ["code", "state"].map((name) => ({
        name,
        in: "query",
        required: true,
        schema: { type: "string" },
      })),
      responses: {
        "302": { description: "Signed in; session cookie set" },
        "409": {
          description:
            "The address the provider gives belongs to a verified local account: a page says to sign in with the password first, then with the provider, which links them",
          content: { "text/html": { schema: { type: "string" } } },
        },
        ...problemResponses,
      },
    },
  };
  paths["/auth/verify-email"] = {
    get: {
      operationId: "verifyEmail",
      summary:
        "Confirm a local account's e-mail address (the link sent by e-mail; mounted when the server has SMTP settings)",
      tags: ["identity"],
      security: [{}],
      parameters: [{ name: "token", in: "query", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "Address confirmed (a page)",
          content: { "text/html": { schema: { type: "string" } } },
        },
        "400": {
          description: "Link expired or already used (a page)",
          content: { "text/html": { schema: { type: "string" } } },
        },
      },
    },
  };
  // RFC 8058 one-click unsubscribe: the link of every notification e-mail's List-Unsubscribe.
  const unsubscribeToken = {
    name: "token",
    in: "query",
    required: true,
    description: "The signed token of the e-mail's link (the account and an HMAC of it)",
    schema: { type: "string" },
  };
  const htmlPage = (description: string) => ({
    description,
    content: { "text/html": { schema: { type: "string" } } },
  });
  const invalidToken = {
    description:
      "The token was altered or not made by this server (a page for browsers, problem details otherwise)",
    content: {
      "text/html": { schema: { type: "string" } },
      [problemContentType]: { schema: problemRef },
    },
  };
  paths["/email/unsubscribe"] = {
    get: {
      operationId: "unsubscribePage",
      summary:
        "The page a notification e-mail's unsubscribe link opens: a button that POSTs; a GET changes nothing",
      tags: ["identity"],
      security: [{}],
      parameters: [unsubscribeToken],
      responses: {
        "200": htmlPage("A page with the unsubscribe button"),
        "422": invalidToken,
        ...problemResponses,
      },
    },
    post: {
      operationId: "unsubscribe",
      summary:
        "One-click unsubscribe (RFC 8058): turns the person's notification e-mails off; no session, no CSRF token, the signed token is the authority",
      tags: ["identity"],
      security: [{}],
      parameters: [unsubscribeToken],
      requestBody: {
        required: false,
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              type: "object",
              properties: { "List-Unsubscribe": { const: "One-Click" } },
            },
          },
        },
      },
      responses: {
        "200": htmlPage("Unsubscribed (a page)"),
        "422": invalidToken,
        ...problemResponses,
      },
    },
  };
  // The reference server's sign-in pages (HTML forms).
  Object.assign(paths, signInPageOperations());
  return {
    openapi: "3.1.0",
    info: {
      title: "Communs idea box API",
      version: options.version ?? "0.0.0",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: options.serverUrl ? [{ url: options.serverUrl }] : [],
    paths,
    components: {
      schemas: { ProblemDetails: strip(jsonSchema(ProblemDetails, "output")) },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "communs_session" },
        csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        embedToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "A JWT (HS256, EMBED_SECRET) of at most 10 minutes signed by the host site's server; its claims are in the server's README",
        },
        metricsToken: {
          type: "http",
          scheme: "bearer",
          description: "The server's METRICS_TOKEN (operators only: Prometheus scrapes with it)",
        },
      },
    },
  };
}
