import { z } from "zod";
import { endpoints, type Endpoint } from "./endpoints";
import { ProblemDetails, problemContentType } from "./problem";

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

const accessText: Record<Endpoint["access"], string> = {
  public: "Anyone.",
  reader: "Anyone for a public box; members of the box otherwise.",
  user: "Any signed-in person.",
  agent:
    "Members of the box (agent, moderator or admin), or any signed-in person for a public box; not blocked.",
  moderator: "Moderators and admins of the box.",
  admin: "Admins of the box.",
  "platform-admin": "Platform administrators.",
};

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
              endpoint.produces === "csv"
                ? { "text/csv": { schema: { type: "string" } } }
                : {
                    "application/json": { schema: strip(jsonSchema(endpoint.response, "output")) },
                  },
          };
    const operation: Record<string, unknown> = {
      operationId,
      summary: endpoint.summary,
      description: `Access: ${accessText[endpoint.access]}`,
      tags: [endpoint.tag],
      "x-communs-access": endpoint.access,
      parameters: parameters(endpoint),
      responses: {
        [String(endpoint.status)]: success,
        "4XX": {
          description: "Problem details (RFC 9457)",
          content: { [problemContentType]: { schema: problemRef } },
        },
      },
    };
    if (endpoint.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: strip(jsonSchema(endpoint.body, "input")) } },
      };
    }
    if (endpoint.method !== "GET") {
      operation.security = [{ session: [], csrf: [] }, { embedToken: [] }];
    }
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  // Routes outside the JSON contract: this document and the OIDC redirects.
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
      responses: {
        "200": {
          description: "OpenAPI document",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  };
  paths["/auth/oidc/login"] = {
    get: {
      operationId: "oidcLogin",
      summary:
        "Start OIDC sign-in (authorisation code + PKCE; ProConnect) when the server has OIDC settings",
      tags: ["identity"],
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
      parameters: ["code", "state"].map((name) => ({
        name,
        in: "query",
        required: true,
        schema: { type: "string" },
      })),
      responses: { "302": { description: "Signed in; session cookie set" }, ...problemResponses },
    },
  };
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
          description: "Short-lived token signed by the host site's server",
        },
      },
    },
  };
}
