import { nextPeriod, periodLabel, summaryLine, type Period } from "./period";

// The period as the secretary picks it in a pane (the modern one and the legacy one share these): switching the
// kind keeps the year she had, and the live labels say what the report will call this period and the next.

export type PeriodKind = Period["kind"];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A period of another kind, keeping the year (and the months, for a range) the secretary already had. */
export function switchKind(kind: PeriodKind, from: Period | undefined, today = new Date()): Period {
  const year = from ? (from.kind === "range" ? Number(from.to.slice(0, 4)) : from.year) : today.getFullYear();
  switch (kind) {
    case "month":
      return { kind, year, index: from?.kind === "month" ? from.index : today.getMonth() + 1 };
    case "quarter":
      return { kind, year, index: 1 };
    case "half":
      return { kind, year, index: 1 };
    case "nine-months":
      return { kind, year };
    case "year":
      return { kind, year };
    case "range":
      return { kind, from: `${year}-01`, to: `${year}-${pad(today.getFullYear() === year ? today.getMonth() + 1 : 12)}` };
  }
}

/** "6 tháng đầu năm 2021 → 6 tháng cuối năm 2021", or null when the period cannot be read yet. */
export function liveLabels(p: Period, site: string | undefined): { current: string; next: string; summary?: string } | null {
  try {
    const next = nextPeriod(p);
    return { current: periodLabel(p), next: periodLabel(next), ...(site ? { summary: summaryLine(site, p) } : {}) };
  } catch {
    return null;
  }
}
