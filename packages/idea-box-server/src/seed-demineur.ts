import type { Queryable } from "./db/db";
import { searchExpression, titleNormExpression } from "./domain/idea-rows";
import { startOfParisDay, todayInParis } from "./domain/demineur-rows";

/** The Démineur's demo project lead (password: the seed's `demoPassword`). */
export const demineurDemoAccount = {
  email: "cheffe@exemple.fr",
  name: "Nora Cheffe de projet",
  platformAdmin: false,
  role: "lead",
} as const;

const services = [
  { slug: "etat-civil", label: "État civil" },
  { slug: "voirie", label: "Voirie" },
  { slug: "accueil", label: "Accueil" },
  { slug: "informatique", label: "Informatique" },
];

/** `days` from today (Europe/Paris), `YYYY-MM-DD`. */
const dayFromToday = (days: number) => {
  const [y, m, d] = todayInParis(new Date()).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};

interface SeedAnswer {
  /** Index in the seed's people: 0 admin, 1 moderator, 2 Yann, 3 Léa, 4 the lead. */
  by: number;
  mode: "named" | "team" | "anonymous";
  team?: string;
  exists: "yes" | "no" | "unsure";
  where?: string;
  ground: string;
  risks: { category: string; text: string }[];
  wouldUse: "yes" | "maybe" | "no";
  frequency: "daily" | "weekly" | "monthly" | "rarely" | null;
  /** Answer to the check's first question, if any. */
  question?: string;
}

const checks: {
  title: string;
  problem: string;
  intendedSolution: string;
  concerned: string;
  services: string[];
  decisionInDays: number;
  questions: string[];
  answers: SeedAnswer[];
  decision?: { verdict: "merge"; reason: string; mergeWithIdea: number };
}[] = [
  {
    title: "Application de signalement des nids-de-poule",
    problem:
      "Les habitants signalent les nids-de-poule par téléphone à l’accueil, qui les recopie dans un courriel à la voirie ; des signalements se perdent et personne ne sait où en est la réparation.",
    intendedSolution:
      "Une application où l’habitant photographie le nid-de-poule ; la voirie reçoit le signalement géolocalisé et indique quand il est réparé.",
    concerned: "Agents de la voirie, agents d’accueil",
    services: ["voirie", "accueil"],
    decisionInDays: 21,
    questions: ["Quels signalements recevez-vous déjà par téléphone ?"],
    answers: [
      {
        by: 2,
        mode: "named",
        exists: "unsure",
        where: "Un tableur partagé de la voirie, tenu par le chef d’équipe",
        ground:
          "Le chef d’équipe reçoit les courriels de l’accueil et les reporte dans son tableur le lundi ; les urgences passent par téléphone.",
        risks: [
          {
            category: "adoption",
            text: "Les équipes n’ont pas de téléphone professionnel pour voir les signalements sur le terrain.",
          },
        ],
        wouldUse: "yes",
        frequency: "daily",
        question: "Surtout des nids-de-poule et des plaques d’égout descellées.",
      },
      {
        by: 3,
        mode: "anonymous",
        exists: "no",
        ground:
          "À l’accueil, on note sur un carnet puis on envoie un courriel ; on n’a jamais de retour à donner à l’habitant qui rappelle.",
        risks: [
          {
            category: "time",
            text: "Si l’accueil doit aussi saisir dans l’application, cela double le travail.",
          },
          { category: "legal", text: "Les photos peuvent montrer des personnes ou des plaques." },
        ],
        wouldUse: "maybe",
        frequency: "weekly",
      },
    ],
  },
  {
    title: "Prise de rendez-vous en ligne pour l’état civil",
    problem:
      "Les usagers attendent au guichet de l’état civil sans savoir si la pièce qu’ils apportent suffit ; beaucoup reviennent une deuxième fois.",
    intendedSolution:
      "Un module de prise de rendez-vous en ligne qui rappelle les pièces à apporter.",
    concerned: "Agents de l’état civil et de l’accueil",
    services: ["etat-civil", "accueil"],
    decisionInDays: -3,
    questions: ["Combien de rendez-vous par jour pourriez-vous proposer ?"],
    answers: [
      {
        by: 2,
        mode: "named",
        exists: "yes",
        where: "L’idée « Un guichet unique pour les démarches d’état civil » de la boîte à idées",
        ground: "Le guichet unique en test propose déjà des créneaux le mardi.",
        risks: [
          { category: "cost", text: "Un second outil de rendez-vous à payer et à maintenir." },
        ],
        wouldUse: "no",
        frequency: null,
      },
      {
        by: 3,
        mode: "anonymous",
        exists: "yes",
        where: "Le guichet unique en test",
        ground:
          "Les usagers âgés préfèrent appeler ; en ligne, ils se trompent de motif de rendez-vous.",
        risks: [
          {
            category: "adoption",
            text: "Une partie du public n’utilisera pas l’outil en ligne.",
          },
        ],
        wouldUse: "maybe",
        frequency: "weekly",
        question: "Une dizaine, le matin seulement.",
      },
      {
        by: 1,
        mode: "team",
        team: "Équipe accueil",
        exists: "unsure",
        ground: "Nous orientons déjà vers les créneaux du guichet unique par téléphone.",
        risks: [
          {
            category: "skills",
            text: "Personne à l’accueil n’est formé pour paramétrer un tel outil.",
          },
        ],
        wouldUse: "yes",
        frequency: "daily",
      },
    ],
    decision: {
      verdict: "merge",
      reason:
        "Les agents ont montré que le guichet unique en test répond déjà au besoin : les rendez-vous en ligne y seront ajoutés plutôt que dans un outil à part.",
      mergeWithIdea: 0,
    },
  },
];

/**
 * The Démineur's demo content in the seed's first box: services (and the demo people's), one
 * check under way and one decided, with answers named, as a team and anonymous. `userIds` are
 * the seed's demo accounts in order (admin, moderator, Yann, Léa); the lead is added here.
 */
export async function seedDemineur(
  tx: Queryable,
  boxId: string,
  userIds: string[],
  ideaIds: string[],
  passwordHash: string,
) {
  const lead = demineurDemoAccount;
  const [leadRow] = await tx.query<{ id: string }>(
    `insert into users (email, display_name, password_hash, platform_admin, email_verified_at) values ($1, $2, $3, false, now())
     on conflict (email) do update set display_name = excluded.display_name returning id`,
    [lead.email, lead.name, passwordHash],
  );
  const people = [...userIds, leadRow!.id];
  const serviceIds = new Map<string, string>();
  for (const service of services) {
    const [row] = await tx.query<{ id: string }>(
      "insert into services (box_id, slug, label) values ($1, $2, $3) returning id",
      [boxId, service.slug, service.label],
    );
    serviceIds.set(service.slug, row!.id);
  }
  await tx.query(
    "insert into members (box_id, user_id, role) values ($1, $2, 'lead') on conflict do nothing",
    [boxId, people[4]],
  );
  for (const [person, service] of [
    [1, "accueil"],
    [2, "voirie"],
    [3, "etat-civil"],
    [4, "informatique"],
  ] as const)
    await tx.query("update members set service_id = $3 where box_id = $1 and user_id = $2", [
      boxId,
      people[person],
      serviceIds.get(service),
    ]);

  for (const check of checks) {
    const decisionDate = dayFromToday(check.decisionInDays);
    const createdDaysAgo = check.decisionInDays < 0 ? 30 : 2;
    const [row] = await tx.query<{ id: string }>(
      `insert into checks (box_id, lead_id, title, problem, intended_solution, concerned, decision_date, closes_at,
                           idea_id, verdict, reason, merge_with, decided_at, decided_by, title_norm, search, created_at)
       values ($1, $2, $3, $4, $5, $6, $7::date, $8::timestamptz, $9, $10, $11, $12,
               case when $10::text is null then null else now() - interval '2 days' end,
               case when $10::text is null then null else $2::uuid end,
               ${titleNormExpression("$3")}, ${searchExpression("$3", "$4", "$5")},
               now() - ($13 * interval '1 day'))
       returning id`,
      [
        boxId,
        people[4],
        check.title,
        check.problem,
        check.intendedSolution,
        check.concerned,
        decisionDate,
        startOfParisDay(decisionDate).toISOString(),
        check.decision ? ideaIds[check.decision.mergeWithIdea] : null,
        check.decision?.verdict ?? null,
        check.decision?.reason ?? null,
        check.decision ? ideaIds[check.decision.mergeWithIdea] : null,
        createdDaysAgo,
      ],
    );
    const checkId = row!.id;
    for (const slug of check.services)
      await tx.query("insert into check_services (check_id, service_id) values ($1, $2)", [
        checkId,
        serviceIds.get(slug),
      ]);
    const questionIds: string[] = [];
    for (const [position, text] of check.questions.entries()) {
      const [question] = await tx.query<{ id: string }>(
        "insert into check_questions (check_id, position, text) values ($1, $2, $3) returning id",
        [checkId, position, text],
      );
      questionIds.push(question!.id);
    }
    for (const [index, answer] of check.answers.entries()) {
      await tx.query(
        `insert into check_answers (check_id, author_id, authorship, team_name, service_id, exists_answer, exists_where,
                                    ground_today, would_use, frequency, risks, question_answers, created_at, updated_at)
         values ($1, $2, $3, $4, (select service_id from members where box_id = $13 and user_id = $2), $5, $6, $7, $8, $9,
                 $10::jsonb, $11::jsonb, now() - ($12 * interval '1 hour'), now() - ($12 * interval '1 hour'))`,
        [
          checkId,
          people[answer.by],
          answer.mode,
          answer.team ?? null,
          answer.exists,
          answer.where ?? "",
          answer.ground,
          answer.wouldUse,
          answer.frequency,
          JSON.stringify(answer.risks),
          JSON.stringify(
            answer.question ? [{ questionId: questionIds[0], answer: answer.question }] : [],
          ),
          (check.answers.length - index) * 5,
          boxId,
        ],
      );
    }
    await tx.query("update checks set answer_count = $2 where id = $1", [
      checkId,
      check.answers.length,
    ]);
  }
}
