import type { DemineurTranslator } from "./i18n";

interface Authored {
  author: {
    mode: "named" | "team" | "anonymous";
    displayName: string | null;
    teamName: string | null;
  };
  service: string | null;
}

/** "Lou Bernard", "L’équipe Accueil" or "Agent anonyme", with the service when known. */
export function authorLabel(
  { author, service }: Authored,
  t: DemineurTranslator["t"],
  serviceLabel: (slug: string) => string,
): string {
  const who =
    author.mode === "anonymous"
      ? t("byAnonymous")
      : author.mode === "team"
        ? t("byTeam", { name: author.teamName ?? "" })
        : author.displayName
          ? t("byNamed", { name: author.displayName })
          : t("someone");
  return service ? `${who} · ${t("inService", { service: serviceLabel(service) })}` : who;
}
