import type { ContributorGroup, ReportData, UnitProfile } from "../domain/report-data";
import type { Period } from "../domain/period";
import { seedContributors, withPriorFigures, type PriorFigure } from "../domain/prior-figures";
import { composeFigures, type FiguresDraft, type InputProblem } from "../domain/figures-draft";
import { readDate, readReportNumber } from "../domain/typed-input";
import { monthsWhileTyped } from "../domain/period";

// What the pane adds on top of the loaded data: the secretary's unit and period choices replace the file's.
// The result is validated again by the engine (a new period may no longer fit the table's months), so this
// module only assembles; it decides nothing about what is valid.

export interface PaneChoices {
  unit?: UnitProfile;
  period?: Period;
  /** Empty or absent: keep the file's. */
  reportNumber?: string;
  reportDate?: string;
  asOf?: string;
  /** Last period's figures the secretary ticked: they replace the file's `prior`. */
  prior?: { period: Period; figures: readonly PriorFigure[] };
  /** Last period's contributor groups: this period's table gets the same units with empty months. */
  contributorSeed?: readonly ContributorGroup[];
  /** The component sites rolled up in the pane: they replace the file's. */
  sites?: ReportData["sites"];
}

const given = (s: string | undefined): s is string => s !== undefined && s.trim() !== "";

export interface Composed {
  /** The data to validate (the engine's schema decides what is valid). */
  value: unknown;
  /** Fields she typed that could not be read, in her words, at the field. */
  inputProblems: InputProblem[];
  /** Things she should know but that do not stop the report (a number typed as "05/BC-BBT"). */
  notes: string[];
}

/**
 * The report's data from what is loaded (a file, or nothing) and what the pane holds: the chosen unit, period,
 * number and dates replace the file's; the figures, table, budget and texts come from the pane's fields (which a
 * loaded file filled), so what she corrected there is what the report says.
 */
export function composeReportData(file: ReportData | null, choices: PaneChoices, figures: FiguresDraft | null): Composed {
  const inputProblems: InputProblem[] = [];
  const notes: string[] = [];
  const unit = choices.unit ?? file?.unit;
  const period = choices.period ?? file?.period;
  if (!unit) inputProblems.push({ field: "unit", label: "Đơn vị", message: "Đơn vị: hãy chọn hoặc thêm một đơn vị ở mục 1." });
  if (!period) inputProblems.push({ field: "period", label: "Kỳ báo cáo", message: "Kỳ báo cáo: hãy chọn loại kỳ và năm ở mục 2." });

  const number = readReportNumber(choices.reportNumber ?? "");
  if (!number.ok) inputProblems.push({ field: "reportNumber", label: "Số báo cáo", message: `Số báo cáo: ${number.message}` });
  else if (number.note) notes.push(`Số báo cáo: ${number.note}.`);
  const date = readDate(choices.reportDate ?? "", true);
  if (!date.ok) inputProblems.push({ field: "reportDate", label: "Ngày báo cáo", message: `Ngày báo cáo: ${date.message}` });
  const asOf = readDate(choices.asOf ?? "");
  if (!asOf.ok) inputProblems.push({ field: "asOf", label: "Số liệu tính đến ngày", message: `Số liệu tính đến ngày: ${asOf.message}` });
  const reportDate = (date.ok ? date.value : undefined) ?? file?.report.date;
  if (date.ok && reportDate === undefined) {
    inputProblems.push({ field: "reportDate", label: "Ngày báo cáo", message: "Ngày báo cáo: hãy nhập ngày/tháng/năm, ví dụ 15/07/2024." });
  }

  const out: Record<string, unknown> = file ? { ...file } : { version: 1 };
  if (unit) out.unit = unit;
  if (period) out.period = period;
  const reportNumber = (number.ok ? number.value : undefined) ?? file?.report.number;
  out.report = {
    ...(file?.report ?? {}),
    ...(reportNumber !== undefined ? { number: reportNumber } : {}),
    ...(reportDate ? { date: reportDate } : {}),
  };
  const asOfValue = (asOf.ok ? asOf.value : undefined) ?? file?.asOf;
  if (asOfValue) out.asOf = asOfValue;
  else delete out.asOf;

  if (figures && period) {
    const composed = composeFigures(figures, period, monthsWhileTyped(period).length);
    inputProblems.push(...composed.problems);
    out.metrics = composed.metrics;
    for (const key of ["prior", "budget", "contributors", "text"] as const) {
      if (composed[key] !== undefined) out[key] = composed[key];
      else delete out[key];
    }
  } else if (!file) {
    out.metrics = {};
  }
  if (choices.prior && unit && period) {
    // Figures ticked from last period's report replace the comparison the fields hold.
    const base = out as unknown as ReportData;
    Object.assign(out, withPriorFigures(base, choices.prior.period, choices.prior.figures));
  }
  if (choices.sites) out.sites = choices.sites;
  if (choices.contributorSeed && !(figures && figures.table.some((g) => g.rows.length > 0))) {
    out.contributors = seededRows(choices.contributorSeed, (period ?? file?.period)!);
  }
  return { value: out, inputProblems, notes };
}

/** The data with the pane's choices applied, as an unvalidated value (a loaded file, no figures of the pane's). */
export function composeData(file: ReportData, choices: PaneChoices): unknown {
  return composeReportData(file, choices, null).value;
}

// Seeded at compose time, so the empty months follow whichever period is chosen now, not the one at seeding.
function seededRows(groups: readonly ContributorGroup[], period: Period): ContributorGroup[] {
  try {
    return seedContributors(groups, period);
  } catch {
    // A period still being typed has no months yet; the engine then names the period as what is wrong.
    return groups.map((g) => ({ group: g.group, rows: g.rows.map((r) => ({ name: r.name, months: [] })) }));
  }
}

export type OverriddenField = "unit" | "period" | "number" | "date" | "asOf";

export interface Override {
  field: OverriddenField;
  file: string;
  pane: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The choices that actually change something in the file, so the pane can say which values it replaces.
 * `describePeriod` is passed in so this module stays free of the domain's wording.
 */
export function overrides(file: ReportData, choices: PaneChoices, describePeriod: (p: Period) => string): Override[] {
  const out: Override[] = [];
  if (choices.unit && !sameJson(choices.unit, file.unit)) out.push({ field: "unit", file: file.unit.name, pane: choices.unit.name });
  if (choices.period && !sameJson(choices.period, file.period)) {
    out.push({ field: "period", file: describePeriod(file.period), pane: describePeriod(choices.period) });
  }
  if (given(choices.reportNumber) && choices.reportNumber.trim() !== (file.report.number ?? "")) {
    out.push({ field: "number", file: file.report.number ?? "", pane: choices.reportNumber.trim() });
  }
  if (given(choices.reportDate) && choices.reportDate.trim() !== file.report.date) {
    out.push({ field: "date", file: file.report.date, pane: choices.reportDate.trim() });
  }
  if (given(choices.asOf) && choices.asOf.trim() !== (file.asOf ?? ""))
    out.push({ field: "asOf", file: file.asOf ?? "", pane: choices.asOf.trim() });
  return out;
}
