/**
 * The Démineur's part of the anonymity sweep (`anonymity.test.ts`): the marker author answers one
 * check anonymously and another as a team, and comments on their own anonymous answer; the
 * checks are opened, decided and linked, so that their e-mails and webhooks go out too. Every Démineur operation is driven as every role against those answers; the sweep then
 * looks for the marker and the author's id in everything that came back, in webhooks and e-mails.
 */
import type { EndpointName } from "@communs/idea-box";
import type { TestClient } from "./harness";
import { answerBody, checkBody } from "./demineur-fixtures";

type Call = (client: TestClient, name: string, input?: unknown) => Promise<unknown>;
type Driver<Role extends string> = {
  returnsIdeas: boolean;
  run: (who: Role) => Promise<unknown[]>;
};

export interface DemineurSweep<Role extends string> {
  /** One driver per Démineur operation, for the sweep's table. */
  drivers: Record<string, Driver<Role>>;
  /** Operations that should have returned the author's answers but never did (must be empty). */
  blind(seen: { operation: string; text: string }[]): string[];
  /** Ids of the author's anonymous and team answers. */
  answerIds(): string[];
}

/**
 * Sets the box up (a service with the author in it, two checks opened by `lead`, the author's
 * anonymous and team answers, their own comment, others' supports and comments, a webhook for
 * the check events) and returns the drivers. Answers' services are checked in demineur.test.ts.
 */
export async function demineurSweep<Role extends string>(options: {
  box: string;
  clients: Record<Role, TestClient>;
  /** Who opens the checks (a box admin: a lead is named, so never the marker author). */
  lead: Role;
  author: Role;
  /** Members of the box who answer by name and support. */
  others: Role[];
  call: Call;
  webhookUrl: string;
  scope: string;
  ideaId: string;
}): Promise<DemineurSweep<Role>> {
  const { box, clients, call } = options;
  const lead = clients[options.lead];
  const author = clients[options.author];
  let counter = 100;
  await lead.request("createService", {
    params: { box },
    body: { slug: "terrain", label: "Terrain" },
  });
  // The author stays out of the members list (a member is listed by name, by design): they
  // answer as a signed-in person of this public box, without a service.
  await lead.request("createWebhook", {
    params: { box },
    body: { url: options.webhookUrl, events: ["check.opened", "check.answered", "check.decided"] },
  });
  const open = (by: TestClient = lead) =>
    by.request("createCheck", { params: { box }, body: checkBody(++counter, ["terrain"]) });
  const checkA = await open();
  const checkB = await open();
  const anonymousAnswer = await author.request("answerCheck", {
    params: { box, id: checkA.id },
    body: {
      ...answerBody("anonymous"),
      questions: [{ questionId: checkA.questions[0]!.id, answer: "Un cahier au poste." }],
    },
  });
  const teamAnswer = await author.request("answerCheck", {
    params: { box, id: checkB.id },
    body: {
      ...answerBody("named"),
      authorship: { mode: "team", teamName: "Équipe du dépôt" },
      existsAlready: { answer: "yes", where: "Le tableur du dépôt" },
    },
  });
  const answers = [anonymousAnswer, teamAnswer];
  for (const who of options.others) {
    await clients[who].request("answerCheck", {
      params: { box, id: checkA.id },
      body: answerBody(),
    });
    for (const answer of answers)
      await clients[who].request("supportAnswer", { params: { box, id: answer.id } });
  }
  const question = await clients[options.others[0]!].request("createAnswerComment", {
    params: { box, id: anonymousAnswer.id },
    body: { body: "Quel cahier ?" },
  });
  await author.request("createAnswerComment", {
    params: { box, id: anonymousAnswer.id },
    body: { body: "Celui de l’accueil du dépôt.", parentId: question.id },
  });
  await author.request("createAnswerComment", {
    params: { box, id: teamAnswer.id },
    body: { body: "Nous pouvons le montrer." },
  });

  const checks = [checkA, checkB];
  const onChecks = (name: string, who: Role, query?: unknown) =>
    Promise.all(
      checks.map((check) =>
        call(clients[who], name, { params: { box, id: check.id }, ...(query ? { query } : {}) }),
      ),
    );
  const onAnswers = (name: string, who: Role, body?: unknown) =>
    Promise.all(
      answers.map((answer) =>
        call(clients[who], name, { params: { box, id: answer.id }, ...(body ? { body } : {}) }),
      ),
    );
  /** A fresh check the author answered anonymously (for the operations that close or link it). */
  const answeredCheck = async () => {
    const check = await open();
    await author.request("answerCheck", {
      params: { box, id: check.id },
      body: answerBody("anonymous"),
    });
    return check;
  };
  const reports = (name: string) => async (who: Role) => [
    ...(await onChecks(name, who)),
    ...(await onChecks(name, who, { locale: "en" })),
  ];

  const drivers: Record<string, Driver<Role>> = {
    createService: {
      returnsIdeas: false,
      run: async (who) => [
        await call(clients[who], "createService", {
          params: { box },
          body: { slug: `service-${++counter}`, label: "Service" },
        }),
        await call(lead, "getBox", { params: { box } }),
      ],
    },
    // The author's anonymous idea is among the similar ideas of this title: named nowhere.
    similarToCheck: {
      returnsIdeas: true,
      run: async (who) => [
        await call(clients[who], "similarToCheck", {
          params: { box },
          query: { title: "Des casiers pour les agents", problem: "Projet à déminer, ressaisie" },
        }),
      ],
    },
    listChecks: {
      returnsIdeas: false,
      run: async (who) => [await call(clients[who], "listChecks", { params: { box } })],
    },
    createCheck: {
      returnsIdeas: false,
      run: async (who) => [
        await call(clients[who], "createCheck", {
          params: { box },
          body: { ...checkBody(++counter, ["terrain"]), ideaId: options.ideaId },
        }),
      ],
    },
    getCheck: { returnsIdeas: false, run: (who) => onChecks("getCheck", who) },
    answerCheck: {
      returnsIdeas: false,
      run: async (who) => [
        // The author answers again as they chose (anonymously, as a team); others by name.
        who === options.author
          ? await call(author, "answerCheck", {
              params: { box, id: checkA.id },
              body: answerBody("anonymous"),
            })
          : await call(clients[who], "answerCheck", {
              params: { box, id: checkA.id },
              body: answerBody("named"),
            }),
        who === options.author
          ? await call(author, "answerCheck", {
              params: { box, id: checkB.id },
              body: { ...answerBody(), authorship: { mode: "team", teamName: "Équipe du dépôt" } },
            })
          : null,
      ],
    },
    listAnswers: { returnsIdeas: false, run: (who) => onChecks("listAnswers", who) },
    decideCheck: {
      returnsIdeas: false,
      run: async (who) => {
        const check = await answeredCheck();
        return [
          await call(clients[who], "decideCheck", {
            params: { box, id: check.id },
            body: { verdict: "change", reason: "Les agents ont signalé un outil existant." },
          }),
          await call(clients[who], "checkReport", { params: { box, id: check.id } }),
        ];
      },
    },
    linkCheckIdea: {
      returnsIdeas: true,
      run: async (who) => {
        const check = await answeredCheck();
        return [
          await call(clients[who], "linkCheckIdea", {
            params: { box, id: check.id },
            body: { mode: "link", ideaId: options.ideaId },
          }),
          await call(clients[who], "linkCheckIdea", {
            params: { box, id: check.id },
            body: { mode: "create", scope: options.scope },
          }),
        ];
      },
    },
    checkReport: { returnsIdeas: false, run: reports("checkReport") },
    exportCheckJson: { returnsIdeas: false, run: reports("exportCheckJson") },
    exportCheckCsv: { returnsIdeas: false, run: reports("exportCheckCsv") },
    exportCheckMarkdown: { returnsIdeas: false, run: reports("exportCheckMarkdown") },
    supportAnswer: { returnsIdeas: false, run: (who) => onAnswers("supportAnswer", who) },
    unsupportAnswer: {
      returnsIdeas: false,
      run: async (who) => [
        ...(await onAnswers("unsupportAnswer", who)),
        ...(await onAnswers("supportAnswer", who)),
      ],
    },
    listAnswerComments: {
      returnsIdeas: false,
      run: (who) => onAnswers("listAnswerComments", who),
    },
    createAnswerComment: {
      returnsIdeas: false,
      run: (who) => onAnswers("createAnswerComment", who, { body: `Un commentaire de ${who}.` }),
    },
  };

  /** Where the author's answers must show up (by id), for some role. */
  const mustSee: EndpointName[] = [
    "getCheck",
    "listAnswers",
    "checkReport",
    "exportCheckJson",
    "exportCheckCsv",
    "supportAnswer",
    "listAnswerComments",
    "createAnswerComment",
  ];
  const ids = answers.map((answer) => answer.id);
  return {
    drivers,
    answerIds: () => ids,
    blind: (seen) =>
      mustSee.filter(
        (operation) =>
          !seen.some(
            (entry) => entry.operation === operation && ids.some((id) => entry.text.includes(id)),
          ),
      ),
  };
}
