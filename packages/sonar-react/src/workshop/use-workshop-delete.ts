import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from "react";
import type { WorkshopClient, WorkshopError } from "@communs/sonar/workshop";

export interface UseWorkshopDeleteOptions {
  client: WorkshopClient;
  workshopId: string;
  /** Called once the server deleted the workshop and its responses. */
  onDeleted?: () => void;
}

export interface WorkshopDeleteState {
  /** The confirmation is shown. */
  confirming: boolean;
  /** The deletion is under way. */
  pending: boolean;
  deleted: boolean;
  error: WorkshopError | Error | null;
}

export interface UseWorkshopDeleteResult extends WorkshopDeleteState {
  /** Shows the confirmation and moves the focus into it. Nothing is deleted yet. */
  ask(): void;
  /** Hides the confirmation and gives the focus back to the button that asked. */
  cancel(): void;
  /** Deletes the workshop and all its responses. */
  confirm(): Promise<boolean>;
  /** Props of the "Delete the workshop" button. */
  getTriggerProps(): {
    ref: RefObject<HTMLButtonElement | null>;
    type: "button";
    "aria-expanded": boolean;
    "aria-controls": string;
    onClick(): void;
  };
  /**
   * Props of the confirmation: a group named by its question (`getQuestionProps`), described by
   * its warning (`getWarningProps`), focused when shown; Escape cancels.
   */
  getConfirmationProps(): {
    ref: RefObject<HTMLDivElement | null>;
    id: string;
    role: "group";
    tabIndex: -1;
    "aria-labelledby": string;
    "aria-describedby": string;
    onKeyDown(event: KeyboardEvent): void;
  };
  getQuestionProps(): { id: string };
  getWarningProps(): { id: string };
  getConfirmProps(): { type: "button"; "aria-disabled": true | undefined; onClick(): void };
  getCancelProps(): { type: "button"; onClick(): void };
  /** Props of the notice shown once deleted: it takes the focus (the buttons are gone). */
  getDeletedProps(): { ref: RefObject<HTMLParagraphElement | null>; tabIndex: -1 };
}

/**
 * Deleting a workshop and its responses, with a confirmation that keyboard and screen-reader
 * users can follow: the focus moves into the confirmation (read as its question and warning),
 * Escape or "Cancel" gives it back to the button that asked, and once deleted it moves to the
 * notice that says so.
 */
export function useWorkshopDelete({
  client,
  workshopId,
  onDeleted,
}: UseWorkshopDeleteOptions): UseWorkshopDeleteResult {
  const [state, setState] = useState<WorkshopDeleteState>({
    confirming: false,
    pending: false,
    deleted: false,
    error: null,
  });
  const id = useId();
  const trigger = useRef<HTMLButtonElement | null>(null);
  const confirmation = useRef<HTMLDivElement | null>(null);
  const notice = useRef<HTMLParagraphElement | null>(null);
  // Where the focus goes after the next render: into the confirmation, back, or to the notice.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    // Kept until the target is rendered: another update may be rendered before this one.
    const target = focusNext.current?.current;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const ask = useCallback(() => {
    focusNext.current = confirmation;
    setState((previous) => ({ ...previous, confirming: true, error: null }));
  }, []);
  const cancel = useCallback(() => {
    focusNext.current = trigger;
    setState((previous) => ({ ...previous, confirming: false, error: null }));
  }, []);
  const confirm = useCallback(async () => {
    if (state.pending) return false;
    setState((previous) => ({ ...previous, pending: true, error: null }));
    try {
      await client.request("deleteWorkshop", { params: { id: workshopId } });
      focusNext.current = notice;
      setState({ confirming: false, pending: false, deleted: true, error: null });
      onDeleted?.();
      return true;
    } catch (error) {
      setState((previous) => ({ ...previous, pending: false, error: error as Error }));
      return false;
    }
  }, [client, onDeleted, state.pending, workshopId]);

  return {
    ...state,
    ask,
    cancel,
    confirm,
    getTriggerProps: () => ({
      ref: trigger,
      type: "button",
      "aria-expanded": state.confirming,
      "aria-controls": `${id}-confirm`,
      onClick: state.confirming ? cancel : ask,
    }),
    getConfirmationProps: () => ({
      ref: confirmation,
      id: `${id}-confirm`,
      role: "group",
      tabIndex: -1,
      "aria-labelledby": `${id}-question`,
      "aria-describedby": `${id}-warning`,
      onKeyDown: (event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        cancel();
      },
    }),
    getQuestionProps: () => ({ id: `${id}-question` }),
    getWarningProps: () => ({ id: `${id}-warning` }),
    getConfirmProps: () => ({
      type: "button",
      "aria-disabled": state.pending || undefined,
      onClick: () => void confirm(),
    }),
    getCancelProps: () => ({ type: "button", onClick: cancel }),
    getDeletedProps: () => ({ ref: notice, tabIndex: -1 }),
  };
}
