import type { ExportMessages, OverlayMessages } from "./messages.fr";

export const exportMessagesEn = {
  title: "Training path",
  total: "Total duration: {duration}",
  stepLine: "{position}. **{nuance}** ({sector}, {kind}) — {format}, {duration}",
  why: "Why: {reason}",
  hours: "{min} h",
  hoursRange: "{min} to {max} h",
  column: {
    step: "Step",
    sector: "Sector",
    nuance: "Nuance",
    kind: "Kind",
    format: "Format",
    minHours: "Hours (min)",
    maxHours: "Hours (max)",
    why: "Why",
    credit: "Credits",
  },
  kinds: { being: "being", doing: "doing", acting: "acting" },
  paletteCredit: "{title}. Content licensed under {licence}. {attribution}",
  contributionCredit: "{texts}: {attribution} Licence {licence}.",
  contributionCreditNoLicence: "{texts}: {attribution} Licence not stated.",
  contributionBy: "Texts by {name}.",
  contributionAnonymous: "Texts from an extension whose author is not stated.",
  shortCredit: "{name} ({licence})",
  shortCreditNoLicence: "{name} (licence not stated)",
  pathIssue: {
    "unknown-nuance": "The nuance “{id}” is not in this palette.",
    "duplicate-nuance": "The nuance “{id}” is already in the path.",
    "no-suitable-format": "No format suits “{id}” under these constraints.",
    "over-budget": "The path takes at least {hours} h, more than the {maxHours} h budget.",
  },
  shareIssue: {
    "invalid-link": "This link holds no path.",
    "invalid-id": "“{id}” is not a valid id.",
    "unknown-nuance": "The nuance “{id}” is not in this palette.",
    "invalid-value": "Value not recognised: “{value}”.",
    "invalid-number": "Unreadable number: “{value}”.",
  },
  reason: {
    "order-as-selected": "In the chosen place (no. {position}).",
    "order-progressive": "Being → doing → acting progression: a nuance of {kind}.",
    "format-preferred": "{format}: a format you prefer.",
    "format-fits-budget": "{format} fits in the {remainingHours} h left.",
    "format-fits-group": "{format} suits a group of {groupSize}.",
    "format-varies": "{format} varies the ways of learning.",
    "format-shortest": "{format}: the shortest suitable format.",
    "audience-outside": "Note: not primarily meant for {audience}.",
  },
} satisfies ExportMessages;

export const overlayMessagesEn = {
  change: {
    added: "Added to {collection}: “{id}”",
    changed: "Changed “{id}” ({collection}), field {field}",
    replaced: "Replaced “{id}” ({collection})",
    removed: "Removed “{id}” ({collection})",
  },
  collection: {
    sectors: "sectors",
    nuances: "nuances",
    formats: "formats",
    audiences: "audiences",
  },
  issue: {
    "unknown-field": "Unknown field “{field}”.",
    "invalid-type": "Expected type: {expected}.",
    "invalid-value": "Value not allowed; possible values: {allowed}.",
    "invalid-format": "Wrong format.",
    "invalid-locale": "“{field}” is not a language tag (for example fr, en, br, de).",
    "too-small": "At least {minimum} needed.",
    "min-above-max": "The minimum is above the maximum.",
    "duplicate-id": "The id “{id}” already exists in {collection}.",
    "unknown-id": "“{id}” does not exist in {collection}: nothing to change.",
    "unknown-reference": "“{id}” does not exist in {collection}.",
    "not-in-list": "“{id}” is not in the {field} list: nothing to remove.",
    "already-in-list": "“{id}” is already in the {field} list.",
    "unknown-position":
      "The {field} list has no position {position}: it holds {length} items, numbered from 0.",
    "still-referenced":
      "“{id}” cannot be removed: nuances still belong to it ({by}). Remove them too or move them elsewhere.",
    "removal-empties-list":
      "This removal leaves the nuance “{id}” with nothing in {field}: give it another one.",
    "indistinguishable-sector":
      "Sector “{id}” has the same number ({code}) and pattern ({pattern}) as “{other}”: only colour would tell them apart. Change the number or the pattern.",
    invalid: "Invalid value.",
  },
} satisfies OverlayMessages;
