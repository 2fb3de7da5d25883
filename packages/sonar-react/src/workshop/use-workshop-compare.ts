import { useCallback, useEffect, useRef, type RefObject } from "react";
import type {
  Workshop,
  WorkshopClient,
  WorkshopComparison,
  WorkshopError,
} from "@communs/sonar/workshop";
import { usePatchState } from "./use-patch-state";

export interface UseWorkshopCompareOptions {
  client: WorkshopClient;
  /** The workshop compared with another one. */
  workshopId: string;
  /** Load the facilitator's workshops (default true); false waits, e.g. for a closed section. */
  enabled?: boolean;
  /** A comparison already received (a recorded one): shown until the next. */
  initialComparison?: WorkshopComparison | null;
}

export interface WorkshopCompareState {
  /**
   * The facilitator's other workshops of the same edition (the server compares only those), newest
   * first; null while loading or when they could not be loaded.
   */
  candidates: Workshop[] | null;
  /** The id of the workshop chosen to compare with ("" before a choice). */
  other: string;
  comparison: WorkshopComparison | null;
  /** Loading the list or the comparison. */
  pending: boolean;
  error: WorkshopError | Error | null;
}

export interface UseWorkshopCompareResult extends WorkshopCompareState {
  setOther(id: string): void;
  /** Asks the server for `compare(before, after)` of the two workshops (the earlier is "before"). */
  compare(): Promise<WorkshopComparison | null>;
  /** Props of the comparison's heading: it takes the focus when a comparison arrives. */
  getResultProps(): { ref: RefObject<HTMLHeadingElement | null>; tabIndex: -1 };
}

/**
 * Compares a workshop with another of the same team (before and after, two dates): lists the
 * facilitator's workshops on the same edition, then asks the server for the engine's `compare`.
 */
export function useWorkshopCompare({
  client,
  workshopId,
  enabled = true,
  initialComparison = null,
}: UseWorkshopCompareOptions): UseWorkshopCompareResult {
  const [state, setState, patch] = usePatchState<WorkshopCompareState>({
    candidates: null,
    other: "",
    comparison: initialComparison,
    pending: false,
    error: null,
  });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    patch({ pending: true });
    client.request("listWorkshops", undefined, { signal: controller.signal }).then(
      ({ items }) => {
        const edition = items.find((workshop) => workshop.id === workshopId)?.edition.id;
        const candidates = items.filter(
          (workshop) => workshop.id !== workshopId && workshop.edition.id === edition,
        );
        setState((previous) => ({
          ...previous,
          candidates,
          other: candidates.some((workshop) => workshop.id === previous.other)
            ? previous.other
            : (candidates[0]?.id ?? ""),
          pending: false,
        }));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) patch({ pending: false, error: error as Error });
      },
    );
    return () => controller.abort();
  }, [client, enabled, patch, setState, workshopId]);

  const result = useRef<HTMLHeadingElement | null>(null);
  const shown = useRef<WorkshopComparison | null>(initialComparison);
  useEffect(() => {
    if (state.comparison && state.comparison !== shown.current) result.current?.focus();
    shown.current = state.comparison;
  }, [state.comparison]);

  const compare = useCallback(async () => {
    if (!state.other) return null;
    patch({ pending: true, error: null });
    try {
      const comparison = await client.request("compareWorkshops", {
        params: { id: workshopId, other: state.other },
      });
      patch({ pending: false, comparison });
      return comparison;
    } catch (error) {
      patch({ pending: false, error: error as Error });
      return null;
    }
  }, [client, patch, state.other, workshopId]);

  return {
    ...state,
    setOther: (other) => patch({ other, comparison: null }),
    compare,
    getResultProps: () => ({ ref: result, tabIndex: -1 }),
  };
}
