import { useEffect } from "react";
import type { SonarDefinition, SonarLocale } from "@communs/sonar";
import type {
  BoardConnection,
  Workshop,
  WorkshopBoard,
  WorkshopClient,
  WorkshopError,
} from "@communs/sonar/workshop";
import { usePatchState } from "./use-patch-state";

export interface UseWorkshopBoardOptions {
  client: WorkshopClient;
  workshopId: string;
  /** A board already received (a recorded state, or server-rendered): shown until a newer one. */
  initialBoard?: WorkshopBoard | null;
  /** The workshop's definition when known; otherwise read from the join information. */
  definition?: SonarDefinition | null;
  /** The workshop, when known (for the join link); otherwise fetched. */
  workshop?: Workshop | null;
  /** Follow the board live (default true); false shows `initialBoard` only. */
  live?: boolean;
  /** The language of the CSV exports' headings. */
  locale?: SonarLocale;
}

export interface WorkshopBoardState {
  board: WorkshopBoard | null;
  workshop: Workshop | null;
  definition: SonarDefinition | null;
  connection: BoardConnection;
  /** When the board shown was received, for "the board shown is from…". */
  receivedAt: Date | null;
  deleted: boolean;
  /** A problem that stopped the board (401, 403, 404) or an action that failed. */
  error: WorkshopError | Error | null;
  /** Close or reopen under way. */
  pending: boolean;
}

export interface UseWorkshopBoardResult extends WorkshopBoardState {
  /** True when the board shown may be out of date (behind, reconnecting). */
  stale: boolean;
  close(): Promise<void>;
  reopen(): Promise<void>;
  /** Download links: responses and summary as JSON, responses and summary as CSV. */
  exports: { json: string; responsesCsv: string; summaryCsv: string };
}

/**
 * A workshop's live board: follows it over Server-Sent Events through the contract's client
 * (which resumes with Last-Event-ID after a lost connection), says when it is behind, and
 * closes or reopens the workshop. The view decides how to show it.
 */
export function useWorkshopBoard({
  client,
  workshopId,
  initialBoard = null,
  definition: givenDefinition = null,
  workshop: givenWorkshop = null,
  live = true,
  locale,
}: UseWorkshopBoardOptions): UseWorkshopBoardResult {
  const [state, setState, patch] = usePatchState<WorkshopBoardState>(() => ({
    board: initialBoard,
    workshop: givenWorkshop,
    definition: givenDefinition,
    connection: live ? "connecting" : "closed",
    receivedAt: initialBoard ? new Date(initialBoard.updatedAt) : null,
    deleted: false,
    error: null,
    pending: false,
  }));

  useEffect(() => {
    if (!live) return;
    const subscription = client.subscribeBoard(workshopId, {
      onBoard: (board) =>
        setState((previous) => ({
          ...previous,
          board,
          receivedAt: new Date(),
          // The board carries the status: keep the workshop in step for the buttons.
          workshop: previous.workshop ? { ...previous.workshop, status: board.status } : null,
        })),
      onConnection: (connection) => patch({ connection }),
      onDeleted: () => patch({ deleted: true, connection: "closed" }),
      onError: (error) => patch({ error, connection: "closed" }),
    });
    return () => subscription.close();
  }, [client, live, patch, setState, workshopId]);

  useEffect(() => {
    if (givenWorkshop || !live) return;
    const controller = new AbortController();
    client
      .request("getWorkshop", { params: { id: workshopId } }, { signal: controller.signal })
      .then(
        (workshop) => patch({ workshop }),
        () => undefined,
      );
    return () => controller.abort();
  }, [client, givenWorkshop, live, patch, workshopId]);

  // The definition comes with the public join information (uploaded definitions too).
  const code = state.board?.code ?? state.workshop?.code ?? null;
  useEffect(() => {
    if (state.definition || !code) return;
    const controller = new AbortController();
    client.request("getJoinInfo", { params: { code } }, { signal: controller.signal }).then(
      (info) => patch({ definition: info.definition }),
      () => undefined,
    );
    return () => controller.abort();
  }, [client, code, patch, state.definition]);

  const act = (name: "closeWorkshop" | "reopenWorkshop") => async () => {
    patch({ pending: true, error: null });
    try {
      const workshop = await client.request(name, { params: { id: workshopId } });
      setState((previous) => ({
        ...previous,
        pending: false,
        workshop,
        board: previous.board ? { ...previous.board, status: workshop.status } : previous.board,
      }));
    } catch (error) {
      patch({ pending: false, error: error as Error });
    }
  };

  const params = { params: { id: workshopId } };
  return {
    ...state,
    stale: state.connection === "behind" || state.connection === "reconnecting",
    close: act("closeWorkshop"),
    reopen: act("reopenWorkshop"),
    exports: {
      json: client.url("exportJson", params),
      responsesCsv: client.url("exportResponsesCsv", { ...params, query: { locale } }),
      summaryCsv: client.url("exportSummaryCsv", { ...params, query: { locale } }),
    },
  };
}
