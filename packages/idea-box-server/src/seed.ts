import type { Database, Queryable } from "./db/db";
import { insertBox } from "./domain/boxes";
import { searchExpression, titleNormExpression } from "./domain/idea-rows";
import { hashPassword } from "./security";
import { seedDemineur } from "./seed-demineur";

/** Demo accounts (local only; the password is printed at first start). */
export const demoPassword = "demo-idees-2026";
export const demoAccounts = [
  { email: "admin@exemple.fr", name: "Camille Admin", platformAdmin: true, role: "admin" },
  {
    email: "moderatrice@exemple.fr",
    name: "Inès Modération",
    platformAdmin: false,
    role: "moderator",
  },
  { email: "agent@exemple.fr", name: "Yann Agent", platformAdmin: false, role: "agent" },
  { email: "agente@exemple.fr", name: "Léa Agente", platformAdmin: false, role: "agent" },
] as const;

/**
 * Demo content in French, our own writing (CC BY-SA 4.0), inspired by the lessons of internal
 * idea schemes: no deposit criteria but typologies, a public reason when an idea is not
 * retained, modest promises.
 */
const ideas = [
  {
    title: "Un guichet unique pour les démarches d’état civil",
    problem:
      "Les usagers passent d’un bureau à l’autre pour un acte de naissance, une carte d’identité et un livret de famille.",
    solution:
      "Regrouper l’accueil état civil au rez-de-chaussée, avec un agent référent et une prise de rendez-vous en ligne.",
    concerned: "Accueil, état civil, usagers",
    scope: "public-service",
    theme: "accueil",
    author: 2,
    mode: "named",
    status: "accepted",
    response: "Idée retenue : test au printemps sur deux demi-journées par semaine.",
  },
  {
    title: "Partager les véhicules de service entre directions",
    problem:
      "Certaines voitures de service restent au parking toute la semaine pendant que d’autres directions louent des véhicules.",
    solution: "Un planning partagé et des clés dans une boîte à code commune.",
    concerned: "Toutes les directions, parc automobile",
    scope: "daily-work",
    theme: "moyens-generaux",
    author: 3,
    mode: "team",
    team: "Équipe espaces verts",
    status: "under_review",
    response: "",
  },
  {
    title: "Simplifier les réunions du lundi",
    problem:
      "La réunion hebdomadaire dure deux heures et la moitié des sujets ne concernent qu’une personne.",
    solution:
      "Un ordre du jour partagé la veille, trente minutes maximum, et un compte rendu en cinq lignes.",
    concerned: "Encadrement, agents des services techniques",
    scope: "daily-work",
    theme: "organisation",
    author: 2,
    mode: "anonymous",
    status: "submitted",
    response: "",
  },
  {
    title: "Des formulaires en ligne lisibles sur téléphone",
    problem:
      "Le formulaire d’inscription à la cantine est illisible sur un téléphone et beaucoup de familles n’ont pas d’ordinateur.",
    solution:
      "Refaire le formulaire avec le système de design de l’État et le tester avec cinq familles.",
    concerned: "Familles, service enfance, direction du numérique",
    scope: "public-service",
    theme: "numerique",
    author: 3,
    mode: "named",
    status: "implemented",
    response:
      "Le nouveau formulaire est en ligne depuis la rentrée ; merci aux familles testeuses.",
  },
  {
    title: "Installer une piscine à vagues dans chaque quartier",
    problem:
      "Les enfants s’ennuient l’été et la piscine municipale est loin de certains quartiers.",
    solution: "Construire une piscine à vagues dans chaque quartier.",
    concerned: "Enfants, familles",
    scope: "public-service",
    theme: "accueil",
    author: 3,
    mode: "named",
    status: "not_retained",
    response:
      "Non retenue : le coût dépasse le budget d’investissement de dix ans. Nous étudions plutôt des navettes estivales vers la piscine.",
  },
  {
    title: "Un annuaire interne à jour avec les missions de chacun",
    problem: "On ne sait pas qui appeler pour une question sur les marchés publics ou sur la paie.",
    solution: "Un annuaire avec les missions, mis à jour par chaque agent, relu une fois par an.",
    concerned: "Tous les agents",
    scope: "daily-work",
    theme: "organisation",
    author: 2,
    mode: "named",
    status: "submitted",
    response: "",
  },
];

const comments = [
  {
    idea: 0,
    author: 3,
    body: "Très bonne idée, les usagers nous le demandent souvent à l’accueil.",
  },
  { idea: 0, author: 1, body: "Le service état civil est partant pour un test.", replyTo: 0 },
  { idea: 2, author: 3, body: "On pourrait aussi alterner l’animation de la réunion." },
  { idea: 3, author: 2, body: "Les retours des familles sont très positifs." },
  {
    idea: 1,
    author: 2,
    body: "Attention à l’assurance des véhicules partagés : à vérifier avec les finances.",
  },
];

export async function isEmpty(db: Queryable) {
  const rows = await db.query<{ n: number }>("select count(*)::int as n from boxes");
  return rows[0]!.n === 0;
}

/** Loads the French demo content (in one transaction). */
export async function seed(db: Database) {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const userIds: string[] = [];
    for (const account of demoAccounts) {
      const rows = await tx.query<{ id: string }>(
        `insert into users (email, display_name, password_hash, platform_admin, email_verified_at) values ($1, $2, $3, $4, now())
         on conflict (email) do update set display_name = excluded.display_name returning id`,
        [account.email, account.name, passwordHash, account.platformAdmin],
      );
      userIds.push(rows[0]!.id);
    }
    const themes = [
      { slug: "accueil", label: "Accueil des usagers" },
      { slug: "numerique", label: "Numérique" },
      { slug: "organisation", label: "Organisation du travail" },
      { slug: "moyens-generaux", label: "Moyens généraux" },
    ];
    const boxId = await insertBox(
      tx,
      {
        slug: "ville-exemple",
        name: "La boîte à idées de la Ville d’Exemple",
        description:
          "Proposez vos idées pour améliorer le service rendu aux habitants et votre travail au quotidien. Chaque idée reçoit une réponse, même quand elle n’est pas retenue.",
        visibility: "public",
        themes,
      },
      userIds[0]!,
    );
    await insertBox(
      tx,
      {
        slug: "direction-rh",
        name: "Idées de la direction des ressources humaines",
        description: "Boîte réservée aux agents de la DRH.",
        visibility: "members",
        themes: [{ slug: "formation", label: "Formation" }],
      },
      userIds[0]!,
    );
    for (const [index, account] of demoAccounts.entries())
      if (account.role !== "admin")
        await tx.query(
          "insert into members (box_id, user_id, role) values ($1, $2, $3) on conflict do nothing",
          [boxId, userIds[index], account.role],
        );
    const ideaIds: string[] = [];
    for (const [index, idea] of ideas.entries()) {
      const rows = await tx.query<{ id: string }>(
        `insert into ideas (box_id, author_id, authorship, team_name, title, problem, solution, concerned, scope_id, theme_id, status, title_norm, search, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8,
                 (select id from scopes where box_id = $1 and slug = $9),
                 (select id from themes where box_id = $1 and slug = $10), $11,
                 ${titleNormExpression("$5")}, ${searchExpression("$5", "$6", "$7")}, now() - ($12 * interval '1 day'))
         returning id`,
        [
          boxId,
          userIds[idea.author],
          idea.mode,
          "team" in idea ? idea.team : null,
          idea.title,
          idea.problem,
          idea.solution,
          idea.concerned,
          idea.scope,
          idea.theme,
          idea.status,
          ideas.length - index,
        ],
      );
      const id = rows[0]!.id;
      ideaIds.push(id);
      await tx.query(
        "insert into status_history (idea_id, status, changed_by, at) values ($1, 'submitted', $2, now() - ($3 * interval '1 day'))",
        [id, userIds[idea.author], ideas.length - index],
      );
      if (idea.status !== "submitted")
        await tx.query(
          "insert into status_history (idea_id, status, response, changed_by) values ($1, $2, $3, $4)",
          [id, idea.status, idea.response, userIds[1]],
        );
      const supporters = userIds.slice(0, (index % userIds.length) + 1);
      for (const supporter of supporters)
        await tx.query("insert into supports (idea_id, user_id) values ($1, $2)", [id, supporter]);
      await tx.query("insert into follows (idea_id, user_id) values ($1, $2)", [
        id,
        userIds[idea.author],
      ]);
      await tx.query("update ideas set support_count = $2, follower_count = 1 where id = $1", [
        id,
        supporters.length,
      ]);
    }
    const commentIds: string[] = [];
    for (const comment of comments) {
      const rows = await tx.query<{ id: string }>(
        "insert into comments (idea_id, parent_id, author_id, body) values ($1, $2, $3, $4) returning id",
        [
          ideaIds[comment.idea],
          comment.replyTo === undefined ? null : commentIds[comment.replyTo],
          userIds[comment.author],
          comment.body,
        ],
      );
      commentIds.push(rows[0]!.id);
      await tx.query("update ideas set comment_count = comment_count + 1 where id = $1", [
        ideaIds[comment.idea],
      ]);
    }
    // The Démineur (issue 16): services, a project lead, a check under way and a decided one.
    await seedDemineur(tx, boxId, userIds, ideaIds, passwordHash);
  });
}
