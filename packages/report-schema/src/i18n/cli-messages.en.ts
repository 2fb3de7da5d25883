import type { MessageCatalogue } from "@communs/i18n";
import type { cliMessagesFr } from "./cli-messages.fr";

export const cliMessagesEn = {
  usage: `Usage: communs-report <command> [options]

Commands:
  validate <files…>                                          validate reports (JSON, XLSX or a CSV folder)
  stats <file>                                               count what a report holds
  to-sheets <file> --out <folder|file.xlsx>                  export to CSV sheets or an XLSX workbook
  from-sheets <folder|file.xlsx> --out <file.json>           read sheets back into a JSON report
  migrate <file> [--to <version>] [--out <file>]             convert to another schema version
  jsonld <file> [--out <file>]                               export as JSON-LD (schema.org)
  key-figures <file> [--out <file.csv>]                      export the key figures as CSV
  compare <files…>                                           compare reports (years or labs)

Options:
  --locale fr|en       language of the messages (else LANG, then French; --lang also accepted)
  --json               JSON output for programs (or --format json); nothing on stderr
  --out, -o <path>     file or folder to write
  --help, --version

Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable file.`,
  valid: "valid",
  invalid: "invalid",
  errors: { one: "{count} error", other: "{count} errors" },
  warnings: { one: "{count} warning", other: "{count} warnings" },
  times: "({count} times)",
  unreadable: "Cannot read {file}: {reason}",
  needsOut: "the --out option is required",
  sameFile: "refusing to write over the input file",
  unknownCommand: "unknown command: {name}",
  needsFile: "name a file",
  wrote: "Wrote: {file}",
  unknownVersion: "unknown version: {version} (known: {known})",
  badOption: "{option} {value}: possible values {expected}",
  validating: "validating {file}",
  comparing: "comparing",
  step: "[{index}/{total}] {text}…",
  needsTwo: "name at least two reports to compare",
  comparisonTitle: "Comparison of {count} reports",
  notComparableTitle: "What does not compare:",
  unmatched: {
    one: "{report}: {count} key figure without an indicator, not lined up",
    other: "{report}: {count} key figures without an indicator, not lined up",
  },
  indicatorHeader: "Indicator",
  unitHeader: "Unit",
} as const satisfies MessageCatalogue<typeof cliMessagesFr>;
