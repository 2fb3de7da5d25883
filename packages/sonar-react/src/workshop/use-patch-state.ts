import { useCallback, useState, type Dispatch, type SetStateAction } from "react";

/**
 * `useState` of an object, with `patch(changes)` that merges changes into the latest state (a
 * stable function, safe in effects' dependencies).
 */
export function usePatchState<S extends object>(
  initial: S | (() => S),
): [S, Dispatch<SetStateAction<S>>, (changes: Partial<S>) => void] {
  const [state, setState] = useState<S>(initial);
  const patch = useCallback(
    (changes: Partial<S>) => setState((previous) => ({ ...previous, ...changes })),
    [],
  );
  return [state, setState, patch];
}
