import type { ReportData } from "./report-data";
import { duringPeriod, periodYear } from "./period";
import { formatMoney, formatPercent } from "./vietnamese-number";

/** Item labels are written as the clerk typed them but continue a sentence: "Văn phòng phẩm" → "văn phòng phẩm". */
function inSentence(label: string): string {
  const chars = Array.from(label);
  const [first = "", second = ""] = chars;
  const isAcronym = second !== "" && second === second.toLocaleUpperCase("vi-VN") && /\p{L}/u.test(second);
  return isAcronym ? label : first.toLocaleLowerCase("vi-VN") + chars.slice(1).join("");
}

/** The budget paragraph: allocation for the year, spending in the period, and its breakdown. */
export function budgetSentences(data: ReportData): string | null {
  const budget = data.budget;
  if (!budget || (budget.allocated === undefined && budget.spent === undefined)) return null;
  const sentences: string[] = [];
  if (budget.allocated !== undefined) {
    sentences.push(
      `Kinh phí được giao năm ${periodYear(data.period)} cho hoạt động của ${data.unit.site}: ${formatMoney(budget.allocated)}.`,
    );
  }
  if (budget.spent !== undefined) {
    let s = `${duringPeriod(data.period)}, đã chi ${formatMoney(budget.spent)}`;
    if (budget.allocated) s += `, bằng ${formatPercent(budget.spent / budget.allocated)} kinh phí được giao`;
    const items = budget.items ?? [];
    if (items.length) s += ` (trong đó: ${items.map((i) => `${inSentence(i.label)}: ${formatMoney(i.amount)}`).join("; ")})`;
    sentences.push(s + ".");
  }
  return sentences.join(" ");
}

export function budgetWarnings(data: ReportData): string[] {
  const b = data.budget;
  if (b?.allocated !== undefined && b.spent !== undefined && b.spent > b.allocated) {
    return [`Số đã chi (${formatMoney(b.spent)}) vượt kinh phí được giao (${formatMoney(b.allocated)}) — kiểm tra lại budget.spent.`];
  }
  return [];
}
