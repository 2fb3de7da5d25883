import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  createSseParser,
  createWorkshopClient,
  newParticipantToken,
  normalizeJoinCode,
  participantTokenPattern,
  workshopRoutes,
  type BoardConnection,
  type SseMessage,
  type WorkshopBoard,
} from "./index";

describe("createSseParser", () => {
  it("parses events split anywhere across chunks, with CRLF, CR and LF line ends", () => {
    const text =
      ': comment\r\nretry: 1500\r\nevent: board\r\nid: 7\r\ndata: {"a":\r\ndata: 1}\r\n\r\n' +
      "event: ping\rdata: x\r\r" +
      "data: plain\n\n";
    for (let size = 1; size <= text.length; size++) {
      const seen: SseMessage[] = [];
      const parser = createSseParser((message) => seen.push(message));
      for (let index = 0; index < text.length; index += size)
        parser.push(text.slice(index, index + size));
      expect(seen).toEqual([
        { event: "board", data: '{"a":\n1}', id: "7", retry: 1500 },
        { event: "ping", data: "x", id: "7", retry: undefined },
        { event: "message", data: "plain", id: "7", retry: undefined },
      ]);
      expect(parser.lastEventId).toBe("7");
    }
  });
});

describe("newParticipantToken", () => {
  it("makes distinct tokens of the expected form", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newParticipantToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(participantTokenPattern);
  });
});

describe("normalizeJoinCode", () => {
  it("accepts lower case, spaces and dashes, refuses look-alikes and wrong lengths", () => {
    expect(normalizeJoinCode("abc-d2 3")).toBe("ABCD23");
    expect(normalizeJoinCode("ABCD2O")).toBeNull(); // O is not in the alphabet
    expect(normalizeJoinCode("ABCD2")).toBeNull();
  });
});

describe("the route table", () => {
  it("has unique method and path pairs, all under /sonar", () => {
    const keys = Object.values(workshopRoutes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of Object.values(workshopRoutes)) expect(route.path).toMatch(/^\/sonar\//);
  });
  it("is zod-free once built", () => {
    const built = new URL("../../dist/workshop.js", import.meta.url);
    let text: string;
    try {
      text = readFileSync(built, "utf8");
    } catch {
      return; // not built yet: the build step runs before `check:package`
    }
    expect(text).not.toMatch(/from ["']zod/);
  });
});

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function serve(handler: Handler): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const board = (seq: number): WorkshopBoard => ({
  workshopId: "w1",
  code: "ABCDEF",
  title: "t",
  status: "open",
  seq,
  participants: seq,
  respondents: seq,
  nicknames: [],
  summary: { respondents: seq, styles: {}, stages: {}, axes: [], disagreement: [] },
  updatedAt: new Date().toISOString(),
  erasedAt: null,
});

describe("createWorkshopClient", () => {
  it("sends the participant token, the CSRF token, and reads problems", async () => {
    const seen: Record<string, string | undefined>[] = [];
    const base = await serve((request, response) => {
      seen.push({
        url: request.url,
        method: request.method,
        authorization: request.headers.authorization,
        csrf: request.headers["x-csrf-token"] as string | undefined,
      });
      if (request.url === "/sonar/session") {
        response.setHeader("content-type", "application/json");
        return response.end(JSON.stringify({ user: null, csrfToken: "c1" }));
      }
      if (request.method === "POST" && request.url === "/sonar/join/ABCDEF") {
        response.setHeader("content-type", "application/json");
        return response.end(
          JSON.stringify({
            participantToken: "p1",
            nickname: null,
            resumed: false,
            status: "open",
            answers: {},
          }),
        );
      }
      response.statusCode = 409;
      response.setHeader("content-type", "application/problem+json");
      response.end(
        JSON.stringify({ type: "x", title: "closed", status: 409, code: "workshop-closed" }),
      );
    });
    const client = createWorkshopClient({ baseUrl: `${base}/`, retries: 0 });
    await client.request("session");
    expect(client.csrfToken).toBe("c1");
    await client.request("join", { params: { code: "ABCDEF" }, body: {} });
    expect(client.participantToken).toBe("p1");
    await expect(
      client.request("submitResponse", { params: { code: "ABCDEF" }, body: { answers: {} } }),
    ).rejects.toMatchObject({ code: "workshop-closed", status: 409 });
    expect(seen[2]).toMatchObject({ method: "PUT", authorization: "Bearer p1", csrf: "c1" });
    expect(seen[0]!.authorization).toBeUndefined();
    expect(
      client.url("exportResponsesCsv", { params: { id: "a b" }, query: { locale: "en" } }),
    ).toBe(`${base}/sonar/workshops/a%20b/responses.csv?locale=en`);
  });

  it("follows the board, says when it is behind, and resumes with Last-Event-ID", async () => {
    const lastIds: (string | undefined)[] = [];
    let connection = 0;
    const base = await serve((request, response) => {
      connection++;
      lastIds.push(new URL(request.url!, "http://x").searchParams.get("lastEventId") ?? undefined);
      response.writeHead(200, { "content-type": "text/event-stream" });
      if (connection === 1) {
        response.write("retry: 50\n\n");
        response.write(`event: board\nid: 1\ndata: ${JSON.stringify(board(1))}\n\n`);
        response.write(`event: ping\ndata: ${JSON.stringify({ seq: 2, time: "" })}\n\n`);
        setTimeout(() => response.destroy(), 50);
      } else {
        response.write(`event: board\nid: 2\ndata: ${JSON.stringify(board(2))}\n\n`);
        setTimeout(() => response.end(`event: deleted\ndata: {"workshopId":"w1"}\n\n`), 20);
      }
    });
    const client = createWorkshopClient({ baseUrl: base });
    const boards: number[] = [];
    const states: BoardConnection[] = [];
    await new Promise<void>((resolve) => {
      client.subscribeBoard("w1", {
        onBoard: (b) => boards.push(b.seq),
        onConnection: (state) => states.push(state),
        onDeleted: resolve,
      });
    });
    expect(boards).toEqual([1, 2]);
    expect(lastIds).toEqual([undefined, "1"]);
    expect(states).toEqual(["live", "behind", "reconnecting", "live", "closed"]);
  });
});
