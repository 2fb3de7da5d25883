import { useEffect, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { ProblemError, readProblem, retryableStatus, type ProblemDetails } from "@communs/http";

// What an API client makes of a server's failed answer: real `Response` objects read by
// `readProblem` into a `ProblemError`, and whether `createHttp` would try again.
const texts = {
  fr: {
    title: "Réponses d’erreur lues par @communs/http",
    caption: "Chaque réponse du serveur, et l’erreur que le client en tire",
    answer: "Réponse du serveur",
    code: "Code",
    message: "Message",
    fields: "Champs en cause",
    retried: "Nouvel essai ?",
    yes: "oui (lecture ou écriture idempotente)",
    no: "non",
    none: "aucun",
  },
  en: {
    title: "Failed answers read by @communs/http",
    caption: "Each server answer, and the error the client makes of it",
    answer: "Server answer",
    code: "Code",
    message: "Message",
    fields: "Fields at fault",
    retried: "Tried again?",
    yes: "yes (reads and idempotent writes)",
    no: "no",
    none: "none",
  },
} as const;

const problemJson = { "content-type": "application/problem+json" };
const answers: { label: string; make: () => Response }[] = [
  {
    label: "422 application/problem+json",
    make: () =>
      new Response(
        JSON.stringify({
          type: "about:blank",
          title: "Invalid request",
          status: 422,
          code: "invalid_request",
          detail: "The idea has no title.",
          errors: [{ pointer: "/body/title", code: "too_small", params: { minimum: 3 } }],
          requestId: "f3a1c2d4",
        }),
        { status: 422, headers: problemJson },
      ),
  },
  {
    label: "429 application/problem+json",
    make: () =>
      new Response(
        JSON.stringify({
          type: "about:blank",
          title: "Too many requests",
          status: 429,
          code: "rate_limited",
          detail: "Try again in 30 seconds.",
        }),
        { status: 429, headers: { ...problemJson, "retry-after": "30" } },
      ),
  },
  {
    label: "502 text/html (proxy page)",
    make: () =>
      new Response("<html><body>Bad gateway</body></html>", {
        status: 502,
        headers: { "content-type": "text/html" },
      }),
  },
];

const isProblem = (value: unknown): value is ProblemDetails =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ProblemDetails).status === "number" &&
  typeof (value as ProblemDetails).code === "string";

const unreadable = (status: number): ProblemDetails => ({
  type: "about:blank",
  title: "Unreadable answer",
  status,
  code: "unreadable_answer",
});

function HttpProblemsDemo({ locale = "fr" }: { locale?: "fr" | "en" }) {
  const t = texts[locale];
  const [errors, setErrors] = useState<ProblemError[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(
      answers.map(
        async ({ make }) => new ProblemError(await readProblem(make(), isProblem, unreadable)),
      ),
    ).then((read) => live && setErrors(read));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section lang={locale}>
      <h2>{t.title}</h2>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.answer}</th>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.message}</th>
            <th scope="col">{t.fields}</th>
            <th scope="col">{t.retried}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={answers[index]!.label}>
              <th scope="row">{answers[index]!.label}</th>
              <td>
                <code>{error.code}</code>
              </td>
              <td>{error.message}</td>
              <td>{error.problem.errors?.map((field) => field.pointer).join(", ") || t.none}</td>
              <td>{retryableStatus.has(error.status) ? t.yes : t.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const meta = {
  title: "Foundations/HTTP problems",
  component: HttpProblemsDemo,
  render: (_args, context) => <HttpProblemsDemo locale={context.globals.locale ?? "fr"} />,
} satisfies Meta<typeof HttpProblemsDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
