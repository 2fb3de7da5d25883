import type { CompareMessages } from "./compare-messages.fr";

export const compareMessagesEn = {
  listSeparator: ", ",
  differentUnits: "different units ({units}): the values do not compare as they are",
  missingValues: "no value for the report's year in: {reports}",
  missingYears: "{organisation}: years missing from the series ({years})",
  conflictingValues:
    "{organisation}: two reports give different values for {year} ({values}); the latest is kept",
  units: { EUR: "euros", person: "people", count: "count", "%": "%" },
} as const satisfies CompareMessages;
