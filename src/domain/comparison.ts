import type { Figure } from "./metrics";
import { formatCount, formatPercent, formatQualified } from "./vietnamese-number";

// "tăng 274 văn bản (54,0%) so với năm 2019": how a figure is set against the prior period.

export interface Change {
  direction: "up" | "down" | "same";
  difference: number;
  /** Relative change; absent when the prior value was zero. */
  ratio?: number;
}

export function computeChange(current: number, prior: number): Change {
  const difference = current - prior;
  const direction = difference > 0 ? "up" : difference < 0 ? "down" : "same";
  const change: Change = { direction, difference: Math.abs(difference) };
  if (prior > 0) change.ratio = Math.abs(difference) / prior;
  return change;
}

/**
 * The clause that follows a figure. `target` names the prior period ("cùng kỳ năm 2020", "năm 2019").
 * Approximate figures ("gần 100") cannot give an exact difference, so the prior figure is quoted instead.
 */
export function comparisonClause(current: Figure, prior: Figure, noun: string, target: string): string {
  if (current.qualifier || prior.qualifier) {
    return `(${target}: ${formatQualified(prior.value, prior.qualifier)} ${noun})`;
  }
  const change = computeChange(current.value, prior.value);
  if (change.direction === "same") return `bằng ${target}`;
  const verb = change.direction === "up" ? "tăng" : "giảm";
  const percent = change.ratio === undefined ? "" : ` (${formatPercent(change.ratio)})`;
  return `${verb} ${formatCount(change.difference)} ${noun}${percent} so với ${target}`;
}
