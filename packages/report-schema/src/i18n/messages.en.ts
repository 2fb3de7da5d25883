import type { ReportSchemaMessages } from "./messages.fr";

export const messagesEn = {
  whereDocument: "In the document",
  wherePointer: "At {pointer}",
  whereCell: "Sheet “{sheet}”, row {row}, column {column}",
  whereCellHeader: "Sheet “{sheet}”, row {row}, column {column} ({header})",
  listSeparator: ", ",
  issues: {
    "invalid-json": [
      "the JSON is malformed at line {line}, column {column}",
      "fix the syntax (a missing comma, quote or brace)",
    ],
    required: ["the required field “{field}” is missing", "add it"],
    "invalid-type": [
      "the value “{value}” is a {received} where a {expected} is expected",
      "replace it with a {expected}",
    ],
    "invalid-value": ["the value “{value}” is not allowed", "choose one of: {allowed}"],
    "invalid-format": [
      "the value “{value}” does not have the expected format ({format})",
      "follow the format, for example 2018-11-22 for a date or https://… for an address",
    ],
    "too-small": [
      "the value “{value}” is too small or too short (minimum {minimum})",
      "give a value of at least {minimum}",
    ],
    "too-big": [
      "the value “{value}” is too large or too long (maximum {maximum})",
      "give a value of at most {maximum}",
    ],
    "unknown-field": ["unknown field: {fields}", "check the spelling or remove it"],
    "unsupported-version": [
      "schema version {found} is unknown",
      "use one of these versions: {supported}",
    ],
    "outdated-version": [
      "the file follows the older schema version {found}",
      "convert it to version {expected} with “communs-report migrate”",
    ],
    "shares-sum": [
      "co-funding shares add up to {sum} % instead of 100 %",
      "correct the shares so that they add up to 100",
    ],
    "date-order": [
      "“{endField}” ({end}) comes before “{startField}” ({start})",
      "put the dates in order",
    ],
    "page-order": [
      "page {page} does not come after page {previous} of the previous section",
      "check the page numbers of the table of contents",
    ],
    "count-mismatch": [
      "the stated count ({count}) does not match the {itemised} itemised entries",
      "correct the count, complete the list, or mark the list as examples only (entriesComplete: false)",
    ],
    "member-total-mismatch": [
      "the stated total ({declared}) differs from the sum of the categories ({sum})",
      "correct the total or the category counts",
    ],
    "category-count-mismatch": [
      "the stated count ({declared}) differs from the {listed} names listed",
      "correct the count or the list",
    ],
    "duplicate-id": [
      "the identifier “{id}” is already used at {first}",
      "give a unique identifier",
    ],
    "unknown-reference": ["the identifier “{id}” points at nothing", "correct the reference"],
    "unknown-pointer": [
      "the JSON pointer “{pointer}” designates no value of the report",
      "correct the pointer; to record data the source does not give, use a “missing-data” note pointing at a field the schema provides",
    ],
    "missing-recommended": [
      "the recommended field “{field}” is absent",
      "add it if the source gives it, otherwise record it in a “missing-data” note",
    ],
    "unknown-code": [
      "the code “{code}” is not in the {codelist} list",
      "check the code; the list is open, so this is only a warning",
    ],
    "deprecated-field": [
      "this field is deprecated since version {since}",
      "use {replacement} instead",
    ],
    "unknown-sheet": ["the sheet “{sheet}” is not known", "rename or remove it"],
    "unknown-column": [
      "the column “{header}” is not known",
      "rename it as in the template or remove it",
    ],
    "unknown-parent": [
      "the row points at “{parent}”, which does not exist",
      "correct the parent column",
    ],
    "invalid-cell": ["the cell “{value}” is not a {expected}", "enter a {expected}"],
  },
  severity: { error: "Error", warning: "Warning" },
  groups: {
    "invalid-json": "Malformed JSON",
    required: "Missing required fields",
    "invalid-type": "Values of the wrong type",
    "invalid-value": "Values not allowed",
    "invalid-format": "Values in the wrong format",
    "too-small": "Values too small or too short",
    "too-big": "Values too large or too long",
    "unknown-field": "Unknown fields",
    "unsupported-version": "Unknown schema version",
    "outdated-version": "Older schema version",
    "shares-sum": "Co-funding shares that do not add up to 100 %",
    "date-order": "Dates out of order",
    "page-order": "Contents pages out of order",
    "count-mismatch": "Counts that do not match their lists",
    "member-total-mismatch": "Member total different from the sum of categories",
    "category-count-mismatch": "Member counts different from the names listed",
    "duplicate-id": "Duplicate identifiers",
    "unknown-reference": "Identifiers that point at nothing",
    "unknown-pointer": "Pointers that designate no value",
    "missing-recommended": "Recommended fields missing",
    "unknown-code": "Codes outside the list",
    "deprecated-field": "Deprecated fields",
    "unknown-sheet": "Unknown sheets",
    "unknown-column": "Unknown columns",
    "unknown-parent": "Rows without a parent",
    "invalid-cell": "Unreadable cells",
  },
  types: {
    string: "text",
    number: "number",
    integer: "whole number",
    boolean: "boolean (true/false)",
    object: "object",
    array: "list",
    null: "null",
    undefined: "empty",
  },
} as const satisfies ReportSchemaMessages;
