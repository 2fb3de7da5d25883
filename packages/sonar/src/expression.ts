import type { Answers } from "./types";

/**
 * The condition language of Sonar definitions, parsed into a tree and interpreted (never eval-ed).
 *
 *   expr    := or
 *   or      := and ("or" and)*
 *   and     := not ("and" not)*
 *   not     := "not" not | compare
 *   compare := "(" expr ")" | "answered" "(" id ")" | id (op literal)?
 *   op      := "=" | "!=" | "<" | "<=" | ">" | ">=" | "includes"
 *   literal := "text" | number
 *
 * `q = "a"` is true when q's answer is "a", or contains "a" (multiple choice, ranking);
 * a bare `q` means `answered(q)`.
 */
export type Condition =
  | { type: "and" | "or"; left: Condition; right: Condition }
  | { type: "not"; operand: Condition }
  | { type: "answered"; question: string }
  | { type: "compare"; question: string; op: ComparisonOperator; value: string | number };

export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "includes";

export type ParseResult =
  | { ok: true; condition: Condition }
  | { ok: false; error: { code: string; params: { at: number; found: string } } };

interface Token {
  kind: "id" | "string" | "number" | "op" | "(" | ")" | "end";
  text: string;
  at: number;
}

const tokenPattern =
  /\s*(?:([a-zA-Z_][\w-]*)|"([^"]*)"|(-?\d+(?:\.\d+)?)|(<=|>=|!=|=|<|>)|([()]))/y;

function tokenize(source: string): Token[] | { at: number; found: string } {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let position = 0;
  while (position < source.length) {
    if (/^\s*$/.test(source.slice(position))) break;
    tokenPattern.lastIndex = position;
    const match = tokenPattern.exec(source);
    if (!match) {
      const at =
        position + (source.slice(position).length - source.slice(position).trimStart().length);
      return { at, found: source.charAt(at) };
    }
    const at = match.index + match[0].length - match[0].trimStart().length;
    if (match[1] !== undefined) tokens.push({ kind: "id", text: match[1], at });
    else if (match[2] !== undefined) tokens.push({ kind: "string", text: match[2], at });
    else if (match[3] !== undefined) tokens.push({ kind: "number", text: match[3], at });
    else if (match[4] !== undefined) tokens.push({ kind: "op", text: match[4], at });
    else tokens.push({ kind: match[5] as "(" | ")", text: match[5]!, at });
    position = tokenPattern.lastIndex;
  }
  tokens.push({ kind: "end", text: "", at: source.length });
  return tokens;
}

class ParseError {
  constructor(
    readonly at: number,
    readonly found: string,
  ) {}
}

/** Parses a condition; reports the position of the first unexpected token. */
export function parseCondition(source: string): ParseResult {
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) {
    return { ok: false, error: { code: "condition-syntax", params: tokens } };
  }
  let index = 0;
  const peek = () => tokens[index]!;
  const fail = (): never => {
    throw new ParseError(peek().at, peek().text || "end");
  };
  const isWord = (word: string) => peek().kind === "id" && peek().text === word;
  const expectId = () => {
    const token = peek();
    if (token.kind !== "id" || ["and", "or", "not", "includes"].includes(token.text)) fail();
    index++;
    return token.text;
  };

  /** A left-associative chain `a word b word c` of what `parseOperand` reads. */
  const parseChain = (word: "or" | "and", parseOperand: () => Condition) => (): Condition => {
    let left = parseOperand();
    while (isWord(word)) {
      index++;
      left = { type: word, left, right: parseOperand() };
    }
    return left;
  };
  const parseAnd = parseChain("and", () => parseNot());
  const parseOr = parseChain("or", parseAnd);
  const parseNot = (): Condition => {
    if (isWord("not")) {
      index++;
      return { type: "not", operand: parseNot() };
    }
    return parseCompare();
  };
  const parseCompare = (): Condition => {
    if (peek().kind === "(") {
      index++;
      const inner = parseOr();
      if (peek().kind !== ")") fail();
      index++;
      return inner;
    }
    if (isWord("answered") && tokens[index + 1]?.kind === "(") {
      index += 2;
      const question = expectId();
      if (peek().kind !== ")") fail();
      index++;
      return { type: "answered", question };
    }
    const question = expectId();
    let op: ComparisonOperator | undefined;
    if (peek().kind === "op") op = peek().text as ComparisonOperator;
    else if (isWord("includes")) op = "includes";
    if (!op) return { type: "answered", question };
    index++;
    const literal = peek();
    if (literal.kind === "string") {
      if (op !== "=" && op !== "!=" && op !== "includes") fail();
      index++;
      return { type: "compare", question, op, value: literal.text };
    }
    if (literal.kind === "number") {
      index++;
      return { type: "compare", question, op, value: Number(literal.text) };
    }
    return fail();
  };

  try {
    const condition = parseOr();
    if (peek().kind !== "end") fail();
    return { ok: true, condition };
  } catch (error) {
    if (error instanceof ParseError) {
      return {
        ok: false,
        error: { code: "condition-syntax", params: { at: error.at, found: error.found } },
      };
    }
    throw error;
  }
}

/** Every question a condition refers to, with the literal values compared against it. */
export function conditionReferences(
  condition: Condition,
): { question: string; value?: string | number }[] {
  switch (condition.type) {
    case "and":
    case "or":
      return [...conditionReferences(condition.left), ...conditionReferences(condition.right)];
    case "not":
      return conditionReferences(condition.operand);
    case "answered":
      return [{ question: condition.question }];
    default:
      return [{ question: condition.question, value: condition.value }];
  }
}

/** Evaluates a parsed condition against answers; unanswered or skipped questions never match a comparison. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  switch (condition.type) {
    case "and":
      return (
        evaluateCondition(condition.left, answers) && evaluateCondition(condition.right, answers)
      );
    case "or":
      return (
        evaluateCondition(condition.left, answers) || evaluateCondition(condition.right, answers)
      );
    case "not":
      return !evaluateCondition(condition.operand, answers);
    case "answered":
      return answers[condition.question] != null;
    default: {
      const answer = answers[condition.question];
      if (answer == null) return false;
      const { op, value } = condition;
      if (Array.isArray(answer)) {
        const has = answer.includes(String(value));
        return op === "!=" ? !has : op === "=" || op === "includes" ? has : false;
      }
      if (op === "=" || op === "includes") return answer === value;
      if (op === "!=") return answer !== value;
      if (typeof answer !== "number" || typeof value !== "number") return false;
      if (op === "<") return answer < value;
      if (op === "<=") return answer <= value;
      if (op === ">") return answer > value;
      return answer >= value;
    }
  }
}
