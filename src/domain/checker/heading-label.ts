import { fromRoman, toLetter, toRoman, VIETNAMESE_LETTERS } from "../numbering";

// The number a section heading starts with, as clerks type it (ND30 Phụ lục I, bố cục: "I.", "1.", "1.1.", "a)"),
// with what the checker needs to say what is wrong with it: the label as written, the space after it, the title.

export interface HeadingLabel {
  level: 1 | 2 | 3 | 4;
  /** The label as written: "II.", "1.", "2.1.", "a)", "I/". */
  label: string;
  /** The number at its own level (II → 2, 2.1. → 1, b → 2); for level 3 also the parent's (2.1. → parent 2). */
  value: number;
  parent?: number;
  /** No space between the label and the title ("1.Ưu điểm"). */
  missingSpace: boolean;
  /** The heading's words up to a colon, for telling results sections from planning ones. */
  title: string;
}

function titleOf(rest: string): string {
  return rest
    .split(/:\s|:$/u)[0]!
    .trim()
    .slice(0, 160);
}

/** Null for anything that is not a numbered heading: "1.225 tin, bài", "- Trong…", "Số: 01/BC-BBT". */
export function parseHeadingLabel(text: string): HeadingLabel | null {
  let m = /^([IVXLC]+)\s*([./)])(\s*)(?=\p{L})/u.exec(text);
  if (m) {
    const value = fromRoman(m[1]!);
    if (value === null) return null;
    return { level: 1, label: m[1]! + m[2]!, value, missingSpace: m[3] === "", title: titleOf(text.slice(m[0].length)) };
  }
  m = /^(\d{1,2})\.(\d{1,2})(\.?)(\s*)(?=\p{L})/u.exec(text);
  if (m) {
    return {
      level: 3,
      label: `${m[1]}.${m[2]}${m[3]}`,
      value: Number(m[2]),
      parent: Number(m[1]),
      missingSpace: m[4] === "",
      title: titleOf(text.slice(m[0].length)),
    };
  }
  m = /^(\d{1,2})([.)])(\s*)(?=\p{L})/u.exec(text);
  if (m) return { level: 2, label: m[1]! + m[2]!, value: Number(m[1]), missingSpace: m[3] === "", title: titleOf(text.slice(m[0].length)) };
  m = /^([a-zđ])\)(\s*)(?=\p{L})/u.exec(text);
  if (m) {
    const index = VIETNAMESE_LETTERS.indexOf(m[1]!);
    if (index < 0) return null;
    return { level: 4, label: `${m[1]})`, value: index + 1, missingSpace: m[2] === "", title: titleOf(text.slice(m[0].length)) };
  }
  return null;
}

/** The label a heading of `level` with `value` (and level 3's parent) is written with, in the style of `like`. */
export function labelFor(level: 1 | 2 | 3 | 4, value: number, like: string, parent?: number): string {
  switch (level) {
    case 1: {
      return toRoman(value) + (like.slice(-1) === "/" || like.slice(-1) === ")" ? like.slice(-1) : ".");
    }
    case 2:
      return `${value}${like.endsWith(")") ? ")" : "."}`;
    case 3:
      return `${parent ?? 1}.${value}${like.endsWith(".") ? "." : ""}`;
    case 4:
      return `${toLetter(value)})`;
  }
}

/**
 * Sections that plan the next period (tasks, proposals): their figures are targets, their periods the next one's.
 * The prior-report reader and the checker both decide by this.
 */
export function isPlanningTitle(title: string): boolean {
  return /phương\s+hướng|kiến\s+nghị|đề\s+xuất|nhiệm\s+vụ\s+(?:trọng\s+tâm|thời\s+gian\s+tới|kỳ\s+tới|tiếp\s+theo)|kế\s+hoạch\s+(?:thời\s+gian\s+tới|kỳ\s+tới)/iu.test(
    title,
  );
}

/** The numbered sections a line stands under, fed line by line: whether it is in a section planning the next period. */
export class SectionTracker {
  private titles: string[] = [];

  /** Feeds one line; returns its heading when it is one. */
  visit(text: string): HeadingLabel | null {
    const heading = parseHeadingLabel(text);
    if (heading) {
      this.titles.length = Math.min(this.titles.length, heading.level - 1);
      this.titles[heading.level - 1] = heading.title;
    }
    return heading;
  }

  get planning(): boolean {
    return this.titles.some((t) => t !== undefined && isPlanningTitle(t));
  }
}
