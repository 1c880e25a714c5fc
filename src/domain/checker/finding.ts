// What the checker says about a report: one finding per problem, each naming its rule, where it is, what was
// found and, where the right text is certain, the edits that put it right.

export type RuleId =
  | "stale-period"
  | "heading-numbering"
  | "stt-sequence"
  | "table-arithmetic"
  | "text-table-mismatch"
  | "number-format"
  | "nd30-form"
  | "outdated-reference";

export const RULE_IDS: readonly RuleId[] = [
  "stale-period",
  "heading-numbering",
  "stt-sequence",
  "table-arithmetic",
  "text-table-mismatch",
  "number-format",
  "nd30-form",
  "outdated-reference",
];

export type Severity = "error" | "warning";

/**
 * A stretch of text in the checked document. `block` indexes the document's blocks; in a table, `row` and `cell`
 * name the cell, whose text is its paragraphs joined by "\n". `offset` and `length` are in that text.
 */
export interface TextLocation {
  block: number;
  row?: number;
  cell?: number;
  offset: number;
  length: number;
}

/** Replace the text at `at` (which reads `found`) by `replacement`. */
export interface TextEdit {
  at: TextLocation;
  found: string;
  replacement: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Vietnamese: what is wrong, and what it should be. */
  message: string;
  /** The paragraph or cell the problem is in, shortened. */
  where: string;
  found: string;
  expected: string | null;
  at: TextLocation;
  /** Only where the right text is certain: applying these edits, and only these, corrects the problem. */
  fix?: TextEdit[];
}

const WHERE_CHARS = 120;

/** The paragraph or cell, shortened around the problem so the found text stays visible. */
export function shortened(text: string, offset = 0): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= WHERE_CHARS) return clean;
  const start = Math.max(0, Math.min(offset - 40, clean.length - WHERE_CHARS));
  const piece = clean.slice(start, start + WHERE_CHARS).trim();
  return `${start > 0 ? "…" : ""}${piece}${start + WHERE_CHARS < clean.length ? "…" : ""}`;
}
