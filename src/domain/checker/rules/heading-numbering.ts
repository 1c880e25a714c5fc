import { full, shortened, type Finding, type TextEdit } from "../finding";
import { labelFor, parseHeadingLabel, type HeadingLabel } from "../heading-label";
import { locate, type ReportLayout, type TextLine } from "../report-layout";

// heading-numbering: at each level (I., 1., 1.1., a)) numbers go 1, 2, 3 under each parent (ND30 Phụ lục I,
// bố cục của văn bản). Each heading is compared with the one before it at its level, so one repeated "II." is one
// finding; its fix renumbers that heading and the rest of its level under the same parent, which is what she
// would do by hand.

interface Seen {
  line: TextLine;
  heading: HeadingLabel;
  /** The label as it stands in the document (the heading's label may be the corrected one). */
  written: string;
}

const LEVEL_NAMES = ["", "mục lớn (I, II, …)", "mục (1, 2, …)", "tiểu mục (1.1, 1.2, …)", "điểm (a, b, …)"];

function renumberFrom(siblings: Seen[], from: number, firstValue: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let value = firstValue;
  for (let i = from; i < siblings.length; i++) {
    const s = siblings[i]!;
    const label = labelFor(s.heading.level, value, s.heading.label, s.heading.parent);
    if (label !== s.written) edits.push(...relabel(s, s.written, label));
    value++;
  }
  return edits;
}

/** A finding on a heading's label as written (`found`, at the start of its line). */
function onLabel(
  seen: Seen,
  found: string,
  severity: Finding["severity"],
  message: string,
  expected: string | null,
  fix?: TextEdit[],
): Finding {
  const finding: Finding = {
    rule: "heading-numbering",
    severity,
    message,
    where: shortened(seen.line.text),
    found,
    expected,
    at: locate(seen.line, 0, found.length),
  };
  if (fix) finding.fix = fix;
  return finding;
}

/** The fix that writes `replacement` in place of the label as written. */
function relabel(seen: Seen, found: string, replacement: string): TextEdit[] {
  return [{ at: locate(seen.line, 0, found.length), found, replacement }];
}

export function headingNumbering(layout: ReportLayout): Finding[] {
  const findings: Finding[] = [];
  const body = layout.lines.filter((l) => l.zone === "body" && !l.inTable);
  const headings: Seen[] = [];
  for (const line of body) {
    const heading = parseHeadingLabel(line.text);
    if (heading) headings.push({ line, heading, written: heading.label });
  }
  const hasLevelOne = headings.some((h) => h.heading.level === 1);

  // Siblings: headings of one level under the same parent, in order.
  const groups: Seen[][] = [];
  const open: Array<Seen[] | undefined> = [];
  let levelOneSeen = false;
  for (const seen of headings) {
    if (full(findings)) return findings;
    const { level } = seen.heading;
    if (level === 1) levelOneSeen = true;
    else if (level === 2 && hasLevelOne && !levelOneSeen) {
      const label = seen.heading.label;
      findings.push(onLabel(seen, label, "warning", `Mục "${label}" đứng trước mục lớn đầu tiên (I.) — kiểm tra lại bố cục đề mục.`, null));
    }
    let group = open[level];
    if (!group) {
      group = [];
      groups.push(group);
      open[level] = group;
    }
    group.push(seen);
    for (let deeper = level + 1; deeper <= 4; deeper++) open[deeper] = undefined;
    if (seen.heading.missingSpace) {
      const label = seen.heading.label;
      const words = seen.line.text.slice(label.length, label.length + 12).trim();
      findings.push(
        onLabel(
          seen,
          label,
          "error",
          `Thiếu dấu cách sau số đề mục "${label}": viết "${label} ${words}…".`,
          `${label} `,
          relabel(seen, label, `${label} `),
        ),
      );
    }
  }

  // Level 3 carries its parent's number: "2.1." under "3." is wrong whatever its own number.
  let currentTwo: number | null = null;
  for (const seen of headings) {
    if (seen.heading.level <= 2) currentTwo = seen.heading.level === 2 ? seen.heading.value : null;
    else if (seen.heading.level === 3 && currentTwo !== null && seen.heading.parent !== currentTwo) {
      const written = seen.heading.label;
      const label = labelFor(3, seen.heading.value, written, currentTwo);
      findings.push(
        onLabel(
          seen,
          written,
          "error",
          `Tiểu mục "${written}" nằm trong mục ${currentTwo}. — phải là "${label}".`,
          label,
          relabel(seen, written, label),
        ),
      );
      seen.heading = { ...seen.heading, parent: currentTwo, label };
    }
  }

  for (const group of groups) {
    if (full(findings)) return findings;
    for (let i = 0; i < group.length; i++) {
      const seen = group[i]!;
      const previous = i > 0 ? group[i - 1]!.heading.value : 0;
      const value = seen.heading.value;
      if (value === previous + 1) continue;
      const expectedValue = previous + 1;
      const expected = labelFor(seen.heading.level, expectedValue, seen.heading.label, seen.heading.parent);
      const name = LEVEL_NAMES[seen.heading.level];
      const what =
        value === previous
          ? `Số đề mục "${seen.heading.label}" bị lặp (${name})`
          : value > previous
            ? i === 0
              ? `Đề mục đầu tiên của cấp này đánh số "${seen.heading.label}"`
              : `Số đề mục nhảy từ "${group[i - 1]!.heading.label}" sang "${seen.heading.label}" (${name})`
            : `Số đề mục "${seen.heading.label}" đứng sau "${group[i - 1]!.heading.label}" — sai thứ tự (${name})`;
      findings.push(
        onLabel(seen, seen.written, "error", `${what}; phải là "${expected}".`, expected, renumberFrom(group, i, expectedValue)),
      );
      // The rest is judged against the corrected numbering: one slip is one finding.
      for (let j = i; j < group.length; j++) {
        const s = group[j]!;
        const v = expectedValue + (j - i);
        s.heading = { ...s.heading, value: v, label: labelFor(s.heading.level, v, s.heading.label, s.heading.parent) };
      }
    }
  }
  return findings;
}
