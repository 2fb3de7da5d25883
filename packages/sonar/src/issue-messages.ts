import { formatMessage, type Locale, type MessageCatalogue } from "@communs/i18n";
import type { SonarIssue } from "./types";

/**
 * Sentences for the codes of `validateDefinition`'s issues, French first (the source of truth).
 * A sentence says what is wrong; where it is comes from the issue's pointer.
 */
export const definitionIssueMessagesFr = {
  "invalid-json": "JSON illisible ligne {line}, colonne {column} : {problem}",
  "missing-field": "champ obligatoire absent",
  "wrong-type": "{expected} attendu",
  "wrong-type-found": "{expected} attendu, pas « {found} »",
  "number-too-small": "nombre trop petit ({found}) : {minimum} au moins",
  "number-too-big": "nombre trop grand ({found}) : {maximum} au plus",
  "too-few-items": {
    one: "liste trop courte : {minimum} élément au moins",
    other: "liste trop courte : {minimum} éléments au moins",
  },
  "too-many-items": {
    one: "liste trop longue : {maximum} élément au plus",
    other: "liste trop longue : {maximum} éléments au plus",
  },
  "text-too-short": {
    one: "texte trop court : {minimum} caractère au moins",
    other: "texte trop court : {minimum} caractères au moins",
  },
  "invalid-id":
    "identifiant invalide « {found} » : une minuscule, puis des minuscules, chiffres, - ou _",
  "invalid-version": "version invalide « {found} » : trois nombres, par exemple 1.0.0",
  "value-not-allowed": "valeur non permise « {found} » ; valeurs permises : {allowed}",
  "unknown-kind": "type de question inconnu « {found} » ; types permis : {allowed}",
  "unknown-key": "clé inconnue « {key} » (faute de frappe ?)",
  "invalid-shape": "forme invalide ({detail})",
  "missing-translation": "traduction manquante ({locale})",
  "duplicate-id": "identifiant en double : {id}",
  "unknown-axis": "axe inconnu : {axis}",
  "unknown-stage": "étape inconnue : {stage}",
  "unknown-family": "famille inconnue : {family}",
  "unknown-question": "la condition cite une question absente : {question}",
  "forward-reference": "la condition cite une question posée plus tard : {question}",
  "unknown-option": "la condition cite une option absente : {question} = {option}",
  "condition-syntax": "condition illisible à la position {at} (« {found} »)",
  "condition-never-true": "la condition ne peut jamais être vraie",
  "unreachable-question": "question jamais posée : {question}",
  "max-out-of-range": "maximum {max} supérieur au nombre d'options ({options})",
  "empty-scale": "échelle vide ({min} à {max})",
  "empty-band": "tranche vide ({min} à {max})",
  "missing-profile-axis": "profil sans valeur pour l'axe {axis}",
  "self-placement-needs-stage": "chaque option d'auto-placement doit nommer une étape",
  "several-hybrid-styles": "un seul style hybride est permis",
  "same-quadrant":
    "les styles {style} et {other} sont du même côté de chaque seuil : ils seraient toujours à égalité",
  // The words for zod's expected types, used inside the sentences above.
  "type-string": "un texte",
  "type-number": "un nombre",
  "type-int": "un nombre entier",
  "type-boolean": "vrai ou faux (true, false)",
  "type-object": "un objet",
  "type-array": "une liste",
  "type-record": "un objet",
  "problem-end": "le texte s'arrête trop tôt",
  "problem-token": "« {found} » inattendu",
} as const;

export type DefinitionIssueMessages = MessageCatalogue<typeof definitionIssueMessagesFr>;

export const definitionIssueMessagesEn = {
  "invalid-json": "unreadable JSON at line {line}, column {column}: {problem}",
  "missing-field": "required field missing",
  "wrong-type": "{expected} expected",
  "wrong-type-found": "{expected} expected, not “{found}”",
  "number-too-small": "number too small ({found}): at least {minimum}",
  "number-too-big": "number too large ({found}): at most {maximum}",
  "too-few-items": {
    one: "list too short: at least {minimum} item",
    other: "list too short: at least {minimum} items",
  },
  "too-many-items": {
    one: "list too long: at most {maximum} item",
    other: "list too long: at most {maximum} items",
  },
  "text-too-short": {
    one: "text too short: at least {minimum} character",
    other: "text too short: at least {minimum} characters",
  },
  "invalid-id": "invalid id “{found}”: a lowercase letter, then lowercase letters, digits, - or _",
  "invalid-version": "invalid version “{found}”: three numbers, e.g. 1.0.0",
  "value-not-allowed": "value not allowed “{found}”; allowed values: {allowed}",
  "unknown-kind": "unknown question kind “{found}”; allowed kinds: {allowed}",
  "unknown-key": "unknown key “{key}” (a typo?)",
  "invalid-shape": "invalid shape ({detail})",
  "missing-translation": "missing translation ({locale})",
  "duplicate-id": "duplicate id: {id}",
  "unknown-axis": "unknown axis: {axis}",
  "unknown-stage": "unknown stage: {stage}",
  "unknown-family": "unknown family: {family}",
  "unknown-question": "the condition refers to a missing question: {question}",
  "forward-reference": "the condition refers to a later question: {question}",
  "unknown-option": "the condition refers to a missing option: {question} = {option}",
  "condition-syntax": "unreadable condition at position {at} (“{found}”)",
  "condition-never-true": "the condition can never be true",
  "unreachable-question": "question never asked: {question}",
  "max-out-of-range": "maximum {max} is more than the number of options ({options})",
  "empty-scale": "empty scale ({min} to {max})",
  "empty-band": "empty band ({min} to {max})",
  "missing-profile-axis": "profile has no value for axis {axis}",
  "self-placement-needs-stage": "each self-placement option must name one stage",
  "several-hybrid-styles": "only one hybrid style is allowed",
  "same-quadrant":
    "styles {style} and {other} are on the same side of every threshold: they would always tie",
  "type-string": "a text",
  "type-number": "a number",
  "type-int": "a whole number",
  "type-boolean": "true or false",
  "type-object": "an object",
  "type-array": "a list",
  "type-record": "an object",
  "problem-end": "the text ends too early",
  "problem-token": "unexpected “{found}”",
} as const satisfies DefinitionIssueMessages;

type Sentences = Record<string, string | { other: string }>;

/**
 * The sentence of one definition issue in the reader's language (without where it is: show the
 * pointer beside it). An unknown code comes back as the code itself, never as nothing.
 */
export function formatDefinitionIssue(
  issue: SonarIssue,
  locale: Locale = "fr",
  messages: Partial<DefinitionIssueMessages> = {},
): string {
  const sentences: Sentences = {
    ...(locale === "en" ? definitionIssueMessagesEn : definitionIssueMessagesFr),
    ...messages,
  };
  const say = (code: string, params?: Record<string, unknown>) => {
    const sentence = sentences[code];
    return sentence
      ? formatMessage(sentence, params as Record<string, string | number>, locale)
      : code;
  };
  const params: Record<string, string | number> = { ...issue.params };
  let code = issue.code;
  if (code === "wrong-type") {
    const expected = String(params.expected);
    params.expected = sentences[`type-${expected}`] ? say(`type-${expected}`) : expected;
    if (params.found !== undefined) code = "wrong-type-found";
  }
  // Plural sentences choose their form by the bound they state.
  params.count ??= params.minimum ?? params.maximum ?? 0;
  if (code === "invalid-json")
    params.problem = params.found === undefined ? say("problem-end") : say("problem-token", params);
  return say(code, params);
}
