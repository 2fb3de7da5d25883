/** French texts (source of truth) for problems returned by the idea box API. */
export const messagesFr = {
  problems: {
    validation: "La demande contient des erreurs.",
    unauthenticated: "Connectez-vous pour continuer.",
    forbidden: "Vous n’avez pas les droits pour cette action.",
    "not-found": "Cette ressource n’existe pas ou n’est pas visible pour vous.",
    conflict: "Cette action entre en conflit avec l’état actuel.",
    csrf: "La session a expiré : rechargez la page.",
    blocked: "Votre compte est bloqué dans cette boîte à idées.",
    "rate-limited": "Trop de demandes : réessayez dans une minute.",
    "payload-too-large": "Le contenu envoyé est trop volumineux.",
    "unsupported-media-type": "Le contenu doit être envoyé en JSON.",
    "method-not-allowed": "Cette méthode n’est pas acceptée ici.",
    timeout: "Le serveur n’a pas répondu à temps.",
    network: "Le serveur est injoignable.",
    internal: "Une erreur inattendue est survenue.",
  },
  fields: {
    too_small: "{field} : au moins {minimum} caractères ou éléments.",
    too_big: "{field} : au plus {maximum} caractères ou éléments.",
    invalid_type: "{field} : valeur manquante ou du mauvais type.",
    invalid_format: "{field} : format invalide.",
    invalid_value: "{field} : valeur non acceptée.",
    unrecognized_keys: "{field} : champ inconnu.",
    required_reason: "{field} : une réponse publique est obligatoire pour ce statut.",
    unknown: "{field} : valeur invalide.",
    other: "{field} : valeur invalide.",
  },
  fieldNames: {
    title: "Titre",
    problem: "Problème constaté",
    solution: "Solution proposée",
    concerned: "Personnes concernées",
    scope: "Périmètre",
    theme: "Thème",
    body: "Commentaire",
    response: "Réponse officielle",
    reason: "Motif",
    email: "Adresse électronique",
    password: "Mot de passe",
    displayName: "Nom affiché",
    parentId: "Commentaire parent",
    status: "Statut",
  },
  request: "Requête",
} as const;

export type Messages = {
  problems: Record<keyof typeof messagesFr.problems, string>;
  fields: Record<keyof typeof messagesFr.fields, string>;
  fieldNames: Record<keyof typeof messagesFr.fieldNames, string>;
  request: string;
};
