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

/**
 * Findings listed per rule: a real report has a few dozen at most. A rule stops looking past this many (a crafted
 * file with a stale year in every sentence stays linear and small); the list then says there are more.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** True once a rule has found more than it will list: it can stop looking. */
export function full(findings: readonly Finding[]): boolean {
  return findings.length > MAX_FINDINGS_PER_RULE;
}

const WHERE_CHARS = 120;

/** The paragraph or cell, shortened around the problem so the found text stays visible. */
export function shortened(text: string, offset = 0): string {
  // A window around the offset first: a finding in a 2,000,000-character paragraph costs its window, not the paragraph.
  const from = Math.max(0, offset - 4 * WHERE_CHARS);
  const window = text.slice(from, offset + 4 * WHERE_CHARS);
  const clean = window.replace(/\s+/g, " ").trim();
  offset -= from;
  if (clean.length <= WHERE_CHARS) return clean;
  const start = Math.max(0, Math.min(offset - 40, clean.length - WHERE_CHARS));
  const piece = clean.slice(start, start + WHERE_CHARS).trim();
  const more = start + WHERE_CHARS < clean.length || from + window.length < text.length;
  return `${start > 0 || from > 0 ? "…" : ""}${piece}${more ? "…" : ""}`;
}
