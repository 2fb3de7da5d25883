import type { MessageCatalogue } from "@communs/i18n";
import type { cliMessagesFr } from "./cli-messages.fr";

export const cliMessagesEn = {
  usage:
    "Usage: communs-nuancier <command> [options]\n\n" +
    "Commands:\n" +
    "  validate <file.json>                check an overlay (or a whole palette)\n" +
    "  apply <overlay.json>…               apply overlays, in order, and write the resulting palette\n" +
    "  export --select <ids|link>          export a training path\n\n" +
    "Options:\n" +
    "  --base <palette.json>    the palette to start from (Communs' by default)\n" +
    "  --overlay <file.json>    (export) an overlay to apply first; repeatable\n" +
    "  --format md|csv|json     (export) the format, md by default\n" +
    "  --order as-selected|progressive, --max-hours <n>, --audience <id>   (export) constraints\n" +
    "  --out <file>             write to a file rather than standard output\n" +
    "  --locale fr|en           language of messages and texts (another language: its declared fallback)\n" +
    "  --json                   report as JSON\n" +
    "  --help, --version\n\n" +
    "Exit codes: 0 fine, 1 data refused, 2 usage or file error",
  validOverlay: {
    "=0": "Valid overlay, with no change.",
    one: "Valid overlay: {count} change.",
    other: "Valid overlay: {count} changes.",
  },
  validPalette:
    "Valid palette: {sectors} sectors, {nuances} nuances, {formats} formats, {audiences} audiences.",
  invalid: {
    one: "{file}: {count} problem.",
    other: "{file}: {count} problems.",
  },
  applied: {
    "=0": "{file}: no change.",
    one: "{file}: {count} change.",
    other: "{file}: {count} changes.",
  },
  written: "Written to {file}.",
  line: "  {pointer}: {sentence}",
  wholeDocument: "(the whole document)",
  selection: "--select",
  pathProblems: {
    one: "{count} problem in the path:",
    other: "{count} problems in the path:",
  },
  unknownCommand: "Unknown command: {command}",
  missingArgument: "Missing argument: {name}",
  badOption: "Value refused for {option}: “{value}” (expected: {expected}).",
  unreadable: "Cannot read {file}: {detail}",
  unwritable: "Cannot write {file}: {detail}",
  badJson: "Invalid JSON in {file}: {detail}",
} as const satisfies MessageCatalogue<typeof cliMessagesFr>;
