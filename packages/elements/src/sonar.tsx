import { useEffect, useState } from "react";
import {
  encodeShareCode,
  type Answers,
  type SonarDefinition,
  type SonarResult,
} from "@communs/sonar";
import { SonarQuiz } from "@communs/sonar-react";
import componentCss from "@communs/sonar-react/styles.css";
import tokenCss from "@communs/theme/tokens.css";
import { flag, httpUrl, oneOf, type Locale } from "./base/attributes";
import { CommunsElement, defineElement, type RenderContext } from "./base/element";
import { describeFetchProblem, fetchJson } from "./base/fetch-json";
import { reserved } from "./base/reserved";
import { importSibling } from "./base/sibling";
import type * as EditionChunk from "./chunks/sonar-innovation";
import type * as ValidatorChunk from "./chunks/sonar-validate";
import { composeElementCss } from "./base/styles";

type Validator = typeof ValidatorChunk;
type Edition = typeof EditionChunk;

/**
 * Where the questionnaire comes from: a shipped edition (its own file beside the script, so a
 * page loads only the one it shows) or the host's URL, checked by the validator's file.
 */
async function loadDefinition(
  source: { edition: string } | { url: string },
  signal: AbortSignal,
): Promise<{ ok: true; definition: SonarDefinition } | { ok: false; messages: string[] }> {
  if ("edition" in source) {
    const { definition } = await importSibling<Edition>(`communs-sonar-${source.edition}.js`);
    return { ok: true, definition };
  }
  const [input, { checkDefinition }] = await Promise.all([
    fetchJson(source.url, signal),
    importSibling<Validator>("communs-sonar-validate.js"),
  ]);
  return checkDefinition(input);
}
const coming = {
  fr: "rien pour l’instant : les ateliers en direct arrivent dans une prochaine version, l’élément fonctionne seul",
  en: "nothing yet: live workshops come in a later version, the element works on its own",
};

const specs = {
  edition: oneOf(["innovation", "resilience"] as const, "innovation"),
  "definition-url": httpUrl("https://intranet.example.fr/sonar/mon-edition.json"),
  mode: oneOf(["step", "all"] as const, "step"),
  "share-code": {
    fallback: null as string | null,
    expected: { fr: "un code de partage Sonar", en: "a Sonar share code" },
    parse: (raw: string) => ({ ok: true as const, value: raw.trim() || null }),
  },
  remember: flag(false),
  server: reserved(coming),
  workshop: reserved(coming),
};

/** What `communs-result` carries. */
export interface SonarResultEventDetail {
  /** The edition's id and version. */
  edition: { id: string; version: string };
  answers: Answers;
  result: SonarResult;
  /** A share code that opens this result (`share-code` attribute or `?sonar=` parameter). */
  shareCode: string;
}

type Loaded =
  | { status: "loading" }
  | { status: "ready"; definition: SonarDefinition }
  | { status: "failed"; messages: string[] }
  | { status: "unreachable"; error: unknown; where: string };

function Loader(props: {
  source: { edition: string } | { url: string };
  locale: Locale;
  children: (definition: SonarDefinition) => preact.ComponentChild;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const sourceKey = JSON.stringify(props.source);
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ status: "loading" });
    loadDefinition(props.source, controller.signal).then(
      (outcome) => {
        if (!controller.signal.aborted)
          setLoaded(
            outcome.ok
              ? { status: "ready", definition: outcome.definition }
              : { status: "failed", messages: outcome.messages },
          );
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({
            status: "unreachable",
            error,
            where:
              "url" in props.source ? props.source.url : `communs-sonar-${props.source.edition}.js`,
          });
      },
    );
    return () => controller.abort();
    // The source is compared by value (sourceKey): a new object with the same source is no
    // change; a new language is not either (the quiz keeps its answers).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey]);
  if (loaded.status === "ready") return <>{props.children(loaded.definition)}</>;
  if (loaded.status === "loading")
    return (
      <p role="status" className="communs-element__status">
        {props.locale === "en" ? "Loading the questionnaire…" : "Chargement du questionnaire…"}
      </p>
    );
  return (
    <div role="alert" className="communs-element__problems">
      <p>
        {props.locale === "en"
          ? "This questionnaire cannot be used:"
          : "Ce questionnaire ne peut pas être utilisé :"}
      </p>
      <ul>
        {(loaded.status === "failed"
          ? loaded.messages
          : [describeFetchProblem(loaded.error, loaded.where, props.locale)]
        ).map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * `<communs-sonar edition="innovation|resilience" definition-url="…" mode="step|all">`: the
 * Sonar quiz and its result (share link, JSON export, print). Emits `communs-result`.
 */
export class CommunsSonarElement extends CommunsElement<typeof specs> {
  static observedAttributes = ["lang", "theme", ...Object.keys(specs)];
  protected readonly tag = "communs-sonar";
  protected readonly specs = specs;
  protected readonly css = composeElementCss(tokenCss, componentCss);

  protected view({ values, locale }: RenderContext<typeof specs>) {
    const quiz = (definition: SonarDefinition) => (
      <SonarQuiz
        key={`${definition.edition.id}|${definition.edition.version}|${values.mode}`}
        definition={definition}
        locale={locale}
        mode={values.mode}
        shareCode={values["share-code"] ?? undefined}
        storageKey={values.remember ? `communs-sonar:${definition.edition.id}` : undefined}
        onComplete={(result, answers) =>
          this.emit<SonarResultEventDetail>("communs-result", {
            edition: { id: definition.edition.id, version: definition.edition.version },
            answers,
            result,
            shareCode: encodeShareCode(definition, answers),
          })
        }
      />
    );
    const url = values["definition-url"];
    return (
      <Loader source={url ? { url } : { edition: values.edition }} locale={locale}>
        {quiz}
      </Loader>
    );
  }
}

defineElement("communs-sonar", CommunsSonarElement);
