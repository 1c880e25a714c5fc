import { periodSchema } from "./report-data";
import type { Period } from "./period";

// A period written on a command line: "half:2022:1", "quarter:2026:1", "year:2025", "nine-months:2024",
// "month:2021:10", "range:2024-01:2024-04" — the kinds and fields of data format v1's "period".

export const PERIOD_ARGUMENT_FORMS = "half:2022:1, quarter:2026:1, month:2021:10, nine-months:2024, year:2025, range:2024-01:2024-04";

export function parsePeriodArgument(text: string): Period | null {
  const parts = text.trim().split(":");
  const [kind, a, b] = parts;
  let candidate: unknown;
  if (kind === "range" && parts.length === 3) candidate = { kind, from: a, to: b };
  else if ((kind === "year" || kind === "nine-months") && parts.length === 2) candidate = { kind, year: Number(a) };
  else if (parts.length === 3) candidate = { kind, year: Number(a), index: Number(b) };
  const parsed = periodSchema.safeParse(candidate);
  return parsed.success ? (parsed.data as Period) : null;
}
