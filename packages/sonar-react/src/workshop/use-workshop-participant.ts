import { useCallback, useEffect, useRef } from "react";
import type { Answers } from "@communs/sonar";
import {
  normalizeJoinCode,
  type JoinInfo,
  type MyResponse,
  type Participation,
  type WorkshopClient,
} from "@communs/sonar/workshop";
import { usePatchState } from "./use-patch-state";

/** Where a participant token is kept between visits (localStorage by default). */
export interface ParticipantStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface UseWorkshopParticipantOptions {
  client: WorkshopClient;
  /** A code already known (from the join link): the form starts filled in. */
  code?: string;
  /** Keeps the participant token, so that a refresh or a second tab is the same participant. */
  storage?: ParticipantStorage | null;
}

export type ParticipantStep = "code" | "joining" | "quiz";

export interface WorkshopParticipantState {
  step: ParticipantStep;
  code: string;
  nickname: string;
  info: JoinInfo | null;
  participation: Participation | null;
  /** The answers as the server has them, with the result and share code it computed. */
  response: MyResponse | null;
  sending: boolean;
  /** The last request's problem (join or send). */
  error: unknown;
  /** Answers not yet accepted by the server (kept to send again). */
  unsent: Answers | null;
}

export interface UseWorkshopParticipantResult extends WorkshopParticipantState {
  setCode(code: string): void;
  setNickname(nickname: string): void;
  join(): Promise<void>;
  /** Sends the answers; they replace the previous ones while the workshop is open. */
  submit(answers: Answers): Promise<void>;
  /** Sends the answers kept after a failure. */
  retry(): Promise<void>;
  closed: boolean;
}

/** The `error` of a code that cannot be one (before asking the server). */
export const invalidCode = "invalid-code";

const tokenKey = (code: string) => `communs-sonar-workshop:${code}`;

function defaultStorage(): ParticipantStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * A participant's way through a workshop: the code and an optional nickname, then the quiz whose
 * answers are sent to the workshop. The participant token is kept, so joining again (a refresh,
 * a second tab) resumes the same response instead of counting twice.
 */
export function useWorkshopParticipant({
  client,
  code: givenCode = "",
  storage,
}: UseWorkshopParticipantOptions): UseWorkshopParticipantResult {
  const store = storage === undefined ? defaultStorage() : storage;
  const [state, , patch] = usePatchState<WorkshopParticipantState>({
    step: "code",
    code: givenCode,
    nickname: "",
    info: null,
    participation: null,
    response: null,
    sending: false,
    error: null,
    unsent: null,
  });
  const latest = useRef(state);
  latest.current = state;

  const join = useCallback(async () => {
    const code = normalizeJoinCode(latest.current.code);
    if (!code) return patch({ error: invalidCode });
    const nickname = latest.current.nickname.trim();
    patch({ step: "joining", error: null, code });
    try {
      const info = await client.request("getJoinInfo", { params: { code } });
      const saved = store?.getItem(tokenKey(code)) ?? undefined;
      const participation = await client.request("join", {
        params: { code },
        body: { ...(nickname ? { nickname } : {}), ...(saved ? { participantToken: saved } : {}) },
      });
      client.participantToken = participation.participantToken;
      store?.setItem(tokenKey(code), participation.participantToken);
      const response = participation.resumed
        ? await client.request("getMyResponse", { params: { code } }).catch(() => null)
        : null;
      patch({ step: "quiz", info, participation, response });
    } catch (error) {
      patch({ step: "code", error });
    }
  }, [client, patch, store]);

  // A code in the link: join at once when this device already took part (nothing to type).
  useEffect(() => {
    const code = normalizeJoinCode(givenCode);
    if (code && store?.getItem(tokenKey(code))) void join();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = useCallback(
    async (answers: Answers) => {
      const { code, nickname } = latest.current;
      patch({ sending: true, error: null, unsent: answers });
      try {
        const response = await client.request("submitResponse", {
          params: { code },
          body: { answers, ...(nickname.trim() ? { nickname: nickname.trim() } : {}) },
        });
        patch({ sending: false, response, unsent: null });
      } catch (error) {
        patch({ sending: false, error });
      }
    },
    [client, patch],
  );

  return {
    ...state,
    setCode: (code) => patch({ code }),
    setNickname: (nickname) => patch({ nickname }),
    join,
    submit,
    retry: async () => {
      if (latest.current.unsent) await submit(latest.current.unsent);
    },
    closed:
      (state.response?.status ?? state.participation?.status ?? state.info?.status) === "closed",
  };
}
