import {
  createSonar,
  type Answers,
  type SonarApi,
  type SonarDefinition,
  type SonarState,
} from "@communs/sonar";
import { useEffect, useState, useSyncExternalStore } from "react";

export interface UseSonarOptions {
  /** Answers to start from (e.g. a decoded share code); they win over local storage. */
  answers?: Answers;
  /** Key under which answers are kept in local storage, so a closed tab resumes. */
  storageKey?: string;
}

function readStored(key: string | undefined): Answers | undefined {
  if (!key || typeof localStorage === "undefined") return undefined;
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Answers) : undefined;
  } catch {
    return undefined;
  }
}

/** A Sonar quiz bound to React: the engine's state, re-rendered on every change. */
export function useSonar(
  definition: SonarDefinition,
  options: UseSonarOptions = {},
): { api: SonarApi; state: SonarState; resumed: boolean } {
  const [{ api, resumed }] = useState(() => {
    const stored = options.answers ? undefined : readStored(options.storageKey);
    const start = options.answers ?? stored;
    return {
      api: createSonar(definition, start ? { answers: start } : {}),
      resumed: Boolean(stored && Object.keys(stored).length > 0),
    };
  });
  const state = useSyncExternalStore(api.subscribe, api.getState, api.getState);
  useEffect(() => {
    if (!options.storageKey || typeof localStorage === "undefined") return;
    try {
      localStorage.setItem(options.storageKey, JSON.stringify(state.answers));
    } catch {
      // Storage full or refused (private mode): the quiz still works, it just will not resume.
    }
  }, [options.storageKey, state.answers]);
  return { api, state, resumed };
}
