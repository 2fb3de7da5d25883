import { useCallback, useEffect } from "react";
import type { SonarDefinition, SonarIssue, SonarLocale } from "@communs/sonar";
import { validateDefinitionText } from "@communs/sonar/validate";
import {
  WorkshopError,
  type EditionSummary,
  type Workshop,
  type WorkshopClient,
} from "@communs/sonar/workshop";
import { usePatchState } from "./use-patch-state";

export interface UseWorkshopCreateOptions {
  client: WorkshopClient;
  /** The language of the workshop (and of its exports); the component's locale by default. */
  locale?: SonarLocale;
  onCreated?: (workshop: Workshop) => void;
}

export type WorkshopSource = "edition" | "upload";

/** A definition file chosen by the facilitator, checked here before it is sent. */
export interface DefinitionFile {
  name: string;
  definition: SonarDefinition | null;
  /** Every problem `validateDefinitionText` found (malformed JSON located by line and column). */
  issues: SonarIssue[];
}

export interface WorkshopCreateState {
  title: string;
  source: WorkshopSource;
  /** The shipped editions, once loaded (null while loading or when they could not be). */
  editions: EditionSummary[] | null;
  edition: string;
  file: DefinitionFile | null;
  status: "editing" | "creating" | "created";
  workshop: Workshop | null;
  /** The server's problem (its `issues` when it refused the definition). */
  error: WorkshopError | Error | null;
  /** The QR code of the join link, as SVG text drawn by the server. */
  qrSvg: string | null;
  /** What is missing, once the facilitator tried to create (to show beside the fields). */
  missing: ("title" | "file")[];
}

export interface UseWorkshopCreateResult {
  state: WorkshopCreateState;
  setTitle(title: string): void;
  setSource(source: WorkshopSource): void;
  setEdition(edition: string): void;
  /** Reads and checks a definition file (nothing is sent yet). */
  chooseFile(file: File | null): Promise<void>;
  /** Whether `create` would send something: a title and a valid edition or file. */
  canCreate: boolean;
  create(): Promise<Workshop | null>;
  /** Back to an empty form, for another workshop. */
  reset(): void;
  /** Issues the server reported for an uploaded definition (422 `invalid-definition`). */
  serverIssues: SonarIssue[];
}

const initial = (): WorkshopCreateState => ({
  title: "",
  source: "edition",
  editions: null,
  edition: "",
  file: null,
  status: "editing",
  workshop: null,
  error: null,
  qrSvg: null,
  missing: [],
});

/** The behaviour of the facilitator's "create a workshop" form, for any markup. */
export function useWorkshopCreate({
  client,
  locale,
  onCreated,
}: UseWorkshopCreateOptions): UseWorkshopCreateResult {
  const [state, setState, patch] = usePatchState<WorkshopCreateState>(initial);

  useEffect(() => {
    const controller = new AbortController();
    client.request("listEditions", undefined, { signal: controller.signal }).then(
      ({ items }) =>
        setState((previous) => ({
          ...previous,
          editions: items,
          edition: previous.edition || items[0]?.id || "",
        })),
      (error: unknown) => {
        if (!controller.signal.aborted) patch({ error: error as Error });
      },
    );
    return () => controller.abort();
  }, [client, patch, setState]);

  const chooseFile = useCallback(
    async (file: File | null) => {
      if (!file) return patch({ file: null });
      const checked = validateDefinitionText(await file.text());
      patch({
        file: {
          name: file.name,
          definition: checked.ok ? checked.definition : null,
          issues: checked.issues,
        },
        error: null,
      });
    },
    [patch],
  );

  const canCreate =
    state.status === "editing" &&
    state.title.trim() !== "" &&
    (state.source === "edition" ? state.edition !== "" : state.file?.definition != null);

  const create = useCallback(async () => {
    if (!canCreate) {
      const missing: WorkshopCreateState["missing"] = [];
      if (state.title.trim() === "") missing.push("title");
      if (state.source === "upload" && state.file?.definition == null) missing.push("file");
      patch({ missing });
      return null;
    }
    patch({ missing: [] });
    patch({ status: "creating", error: null });
    try {
      const workshop = await client.request("createWorkshop", {
        body: {
          title: state.title.trim(),
          ...(state.source === "edition"
            ? { edition: state.edition }
            : { definition: state.file!.definition }),
          ...(locale ? { locale } : {}),
        },
      });
      // The QR code is drawn by the server; the workshop is usable without it.
      const qrSvg = await client
        .request("qrCode", { params: { id: workshop.id } })
        .catch(() => null);
      patch({ status: "created", workshop, qrSvg });
      onCreated?.(workshop);
      return workshop;
    } catch (error) {
      patch({ status: "editing", error: error as Error });
      return null;
    }
  }, [
    canCreate,
    client,
    locale,
    onCreated,
    patch,
    state.edition,
    state.file,
    state.source,
    state.title,
  ]);

  const error = state.error;
  return {
    state,
    setTitle: (title) =>
      setState((previous) => ({
        ...previous,
        title,
        missing: title.trim()
          ? previous.missing.filter((field) => field !== "title")
          : previous.missing,
      })),
    setSource: (source) => patch({ source, error: null }),
    setEdition: (edition) => patch({ edition }),
    chooseFile,
    canCreate,
    create,
    reset: () =>
      setState((previous) => ({
        ...initial(),
        editions: previous.editions,
        edition: previous.edition,
      })),
    serverIssues:
      error instanceof WorkshopError && error.code === "invalid-definition"
        ? (error.problem.issues ?? [])
        : [],
  };
}
