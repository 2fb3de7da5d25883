import type { EndpointName } from "@communs/idea-box";
import type { TestClient } from "./harness";

type Fixture = (caller: string) => Promise<{ input: unknown }>;
type DemineurOperation =
  | "createService"
  | "similarToCheck"
  | "listChecks"
  | "createCheck"
  | "getCheck"
  | "answerCheck"
  | "listAnswers"
  | "decideCheck"
  | "linkCheckIdea"
  | "checkReport"
  | "exportCheckJson"
  | "exportCheckCsv"
  | "exportCheckMarkdown"
  | "supportAnswer"
  | "unsupportAnswer"
  | "listAnswerComments"
  | "createAnswerComment";

/** A decision date `days` days from now (`YYYY-MM-DD`). */
export const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A valid check for `createCheck`, numbered so that titles differ. */
export const checkBody = (n: number, services: string[] = []) => ({
  title: `Projet à déminer ${n}`,
  problem: "Les agents ressaisissent les mêmes données dans trois outils.",
  intendedSolution: "Un formulaire unique relié aux trois outils.",
  services,
  concerned: "Agents d'accueil",
  decisionDate: daysFromNow(30),
  questions: ["Quel outil utilisez-vous aujourd'hui ?"],
});

/** A valid answer for `answerCheck`. */
export const answerBody = (mode: "named" | "anonymous" = "named") => ({
  authorship: { mode },
  existsAlready: { answer: "unsure" as const, where: "" },
  groundToday: "Nous ressaisissons tout à la main.",
  failureRisks: [{ category: "adoption" as const, text: "Personne n'a le temps d'apprendre." }],
  wouldUse: { answer: "yes" as const, frequency: "daily" as const },
});

/**
 * Valid input for each Démineur operation in `box`, built fresh for every call. `opener(caller)`
 * is who opens the checks a caller then acts on (the caller's own check when they lead one, as
 * deciding and linking are for the check's lead or a moderator); `admin` answers and creates ideas.
 */
export function demineurFixtures(
  admin: () => TestClient,
  opener: (caller: string) => TestClient,
  box: string,
  scope: string,
): Record<DemineurOperation & EndpointName, Fixture> {
  let counter = 0;
  const check = (by: TestClient) =>
    by.request("createCheck", { params: { box }, body: checkBody(++counter) });
  const answer = async () => {
    const c = await check(admin());
    return admin().request("answerCheck", { params: { box, id: c.id }, body: answerBody() });
  };
  const onCheck = async () => ({ input: { params: { box, id: (await check(admin())).id } } });
  const onAnswer = async () => ({ input: { params: { box, id: (await answer()).id } } });
  return {
    createService: async () => ({
      input: { params: { box }, body: { slug: `service-${++counter}`, label: "Service" } },
    }),
    similarToCheck: async () => ({
      input: { params: { box }, query: { title: "Projet à déminer", problem: "ressaisie" } },
    }),
    listChecks: async () => ({ input: { params: { box } } }),
    createCheck: async () => ({ input: { params: { box }, body: checkBody(++counter) } }),
    getCheck: onCheck,
    answerCheck: async () => ({
      input: { params: { box, id: (await check(admin())).id }, body: answerBody() },
    }),
    listAnswers: onCheck,
    decideCheck: async (caller) => ({
      input: {
        params: { box, id: (await check(opener(caller))).id },
        body: { verdict: "change", reason: "Les agents ont signalé un outil existant." },
      },
    }),
    linkCheckIdea: async (caller) => ({
      input: {
        params: { box, id: (await check(opener(caller))).id },
        body: { mode: "create", scope },
      },
    }),
    checkReport: onCheck,
    exportCheckJson: onCheck,
    exportCheckCsv: onCheck,
    exportCheckMarkdown: onCheck,
    supportAnswer: onAnswer,
    unsupportAnswer: onAnswer,
    listAnswerComments: onAnswer,
    createAnswerComment: async () => ({
      input: { params: { box, id: (await answer()).id }, body: { body: "Je confirme." } },
    }),
  };
}
