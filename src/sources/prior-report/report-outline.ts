import { fromRoman } from "../../domain/numbering";
import { isPlanningTitle } from "../../domain/checker/heading-label";

// Where a paragraph sits in the report: section headings tell a careful reader whose figures a paragraph
// gives (the portal's, or its component sites') and whether they are results or next period's targets.

export interface Heading {
  /** 1 for "I.", 2 for "1.", 3 for "1.1.", 4 for "a)". */
  level: number;
  /** The heading's own words, without its number and without the text that may follow a colon. */
  title: string;
}

export function headingOf(text: string): Heading | null {
  const line = text.trim();
  if (line.length === 0) return null;
  const title = (rest: string): string =>
    rest
      .split(/:\s|:$/u)[0]!
      .trim()
      .slice(0, 160);
  let m = /^([IVXLC]+)\s*[./)]\s*(\S.*)$/su.exec(line);
  if (m && fromRoman(m[1]!) !== null) return { level: 1, title: title(m[2]!) };
  m = /^\d{1,2}\.\d{1,2}\.?\s+(\S.*)$/su.exec(line);
  if (m) return { level: 3, title: title(m[1]!) };
  // "1. Kết quả", "2.Hạn chế:" — but not "1.225 tin, bài".
  m = /^\d{1,2}\s*[.)]\s*(\D.*)$/su.exec(line);
  if (m) return { level: 2, title: title(m[1]!) };
  m = /^[a-zđ]\)\s*(\S.*)$/su.exec(line);
  if (m) return { level: 4, title: title(m[1]!) };
  return null;
}

/** "PHỤ LỤC": everything after it is the appendix (one rule with the checker's report layout). */
export { isAppendixStart } from "../../domain/checker/report-layout";

/** Sections that plan the next period: their figures are targets, not results (one rule with the checker's). */
export { isPlanningTitle } from "../../domain/checker/heading-label";

/** Sections about the component sites: their counts are the sites' own, not the portal's. */
export function isComponentSitesTitle(title: string): boolean {
  return /thành\s+phần/iu.test(title);
}

export class OutlineTracker {
  private stack: Heading[] = [];

  /** Feeds one paragraph; returns its heading when it is one. */
  visit(text: string): Heading | null {
    const heading = headingOf(text);
    if (heading) {
      this.stack = this.stack.filter((h) => h.level < heading.level);
      this.stack.push(heading);
    }
    return heading;
  }

  get titles(): string[] {
    return this.stack.map((h) => h.title);
  }

  get planning(): boolean {
    return this.stack.some((h) => isPlanningTitle(h.title));
  }

  get componentSites(): boolean {
    return this.stack.some((h) => isComponentSitesTitle(h.title));
  }
}
