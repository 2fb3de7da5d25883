import { z } from "zod";
import {
  workshopProblemCodes,
  workshopRoutes,
  type WorkshopRoute,
  type WorkshopRouteName,
} from "@communs/sonar/workshop";
import { JoinBody, LocaleQuery, ResponseSubmitBody, WorkshopCreateBody } from "./schemas";

const accessText: Record<WorkshopRoute["access"], string> = {
  public: "Anyone.",
  participant:
    "A participant of this workshop: `authorization: Bearer <participantToken>` from the join answer.",
  facilitator:
    "A person signed in on the server (session cookie; `x-csrf-token` on unsafe methods); `{id}` routes only for the workshop's facilitator (404 for anyone else).",
};

const bodies: Partial<Record<WorkshopRouteName, z.ZodType>> = {
  createWorkshop: WorkshopCreateBody,
  join: JoinBody,
  submitResponse: ResponseSubmitBody,
};

const contentTypes = {
  json: "application/json",
  csv: "text/csv",
  svg: "image/svg+xml",
  sse: "text/event-stream",
} as const;

/**
 * The OpenAPI 3.1 document of the workshop routes, from the same table the server registers
 * and the client calls. Response bodies are named after the contract's TypeScript types.
 */
export function createOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, raw] of Object.entries(workshopRoutes)) {
    const route = raw as WorkshopRoute;
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (name === "exportResponsesCsv" || name === "exportSummaryCsv")
      parameters.push({
        name: "locale",
        in: "query",
        required: false,
        schema: z.toJSONSchema(LocaleQuery).properties!.locale as { type: string },
      });
    if (name === "boardEvents")
      parameters.push({
        name: "Last-Event-ID",
        in: "header",
        required: false,
        schema: { type: "string" },
      });
    const body = bodies[name as WorkshopRouteName];
    const operation = {
      operationId: name,
      summary: route.summary,
      description: `Access: ${accessText[route.access]}`,
      tags: [route.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: z.toJSONSchema(body, { unrepresentable: "any" }) },
              },
            },
          }
        : {}),
      responses: {
        [route.status]:
          route.status === 204
            ? { description: "Done" }
            : {
                description: `See the \`WorkshopApi["${name}"]\` type of @communs/sonar/workshop`,
                content: { [contentTypes[route.produces ?? "json"] as string]: {} },
              },
        default: {
          description: "Problem details (RFC 9457) with a `code`",
          content: {
            "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
          },
        },
      },
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  paths["/sonar/openapi.json"] = {
    get: {
      operationId: "openApiDocument",
      summary: "This document",
      tags: ["workshops"],
      responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": {} } } },
    },
  };
  paths["/sonar/j/{code}"] = {
    get: {
      operationId: "joinPage",
      summary: "The default join link's page (HTML): the code, and where to type it",
      tags: ["participants"],
      parameters: [{ name: "code", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        200: { description: "The page", content: { "text/html": {} } },
        404: { description: "Not a join code", content: { "text/html": {} } },
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Sonar workshops",
      version: "0.0.0",
      description:
        "Live team diagnostics: facilitators create workshops, participants join with a code and answer, the board follows over Server-Sent Events.",
    },
    paths,
    components: { schemas: { Problem: problemSchema } },
  };
}

/** Every failed answer's body: `WorkshopProblem` of @communs/sonar/workshop, as JSON Schema. */
const problemSchema = {
  type: "object",
  required: ["type", "title", "status", "code"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    code: { type: "string", enum: [...workshopProblemCodes] },
    errors: {
      description: "`validation`: every invalid field, at its JSON pointer into the request",
      type: "array",
      items: {
        type: "object",
        required: ["pointer", "code"],
        properties: {
          pointer: { type: "string" },
          code: { type: "string" },
          params: { type: "object" },
        },
      },
    },
    issues: {
      description: "`invalid-definition`: every problem found in the definition",
      type: "array",
      items: { type: "object" },
    },
    requestId: {
      description:
        "The request's id (its `X-Request-Id` header), to find it in the server's logs; present when the host registers `requestIds()` of @communs/server, as the reference server does",
      type: "string",
    },
  },
};
