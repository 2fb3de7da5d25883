import { groupIssues, sortIssues } from "@communs/i18n";
import type { SonarIssue, SonarLocale } from "@communs/sonar";
import { formatDefinitionIssue } from "@communs/sonar/validate";
import type { WorkshopTranslator } from "../i18n/workshop-messages";

/**
 * Every problem of a definition, counted and grouped as `communs-report` does: the same problem
 * in several entries under one heading with its count, each place listed below it.
 */
export function DefinitionIssues({
  issues,
  heading,
  text,
  locale,
}: {
  issues: readonly SonarIssue[];
  heading: string;
  text: WorkshopTranslator;
  locale: SonarLocale;
}) {
  const where = (pointer: string) => (pointer === "" ? text.t("wholeDocument") : pointer);
  return (
    <div className="communs-sonar-notice communs-sonar-notice--error" role="alert">
      <p>{heading}</p>
      <ul className="communs-sonar-issues">
        {groupIssues(sortIssues(issues)).map((group) => (
          <li key={`${group.code}${group.pattern}`}>
            {group.count === 1 ? (
              text.t("issueLine", {
                where: where(group.issues[0]!.pointer),
                sentence: formatDefinitionIssue(group.issues[0]!, locale),
              })
            ) : (
              <>
                {text.t("issueGroup", {
                  where: where(group.pattern),
                  sentence: formatDefinitionIssue(group.issues[0]!, locale),
                  count: group.count,
                })}
                <ul>
                  {group.issues.map((issue) => (
                    <li key={issue.pointer}>
                      {text.t("issueLine", {
                        where: where(issue.pointer),
                        sentence: formatDefinitionIssue(issue, locale),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
