import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PATHOLOGICAL_TEXTS } from "../tests/helpers/pathological-texts";
import { PATHOLOGICAL_DOCX } from "../tests/helpers/pathological-docx";

// The prior-report reader and the report checker on inputs built to be slow (issue: untrusted input). Each runs in a process of its
// own (bench/prior-report-case.ts) so its peak memory is its own; the budget is any 2 MB text in under 2 s and
// under 300 MB (the whole process, Node itself included).

const BUDGET_MS = 2_000;
const BUDGET_MB = 300;

interface CaseResult {
  ms: number;
  peakMb: number;
  inputBytes: number;
  outputBytes: number;
  outcome: string;
}

function runCase(name: string, operation: "extract" | "check"): CaseResult | string {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "prior-report-case.ts"), name, operation], {
    encoding: "utf8",
    timeout: 60_000,
    cwd: join(__dirname, ".."),
  });
  if (r.error || r.status !== 0) return r.error ? `không xong trong 60 s (${r.error.message})` : `lỗi: ${r.stderr.trim().slice(0, 200)}`;
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as CaseResult;
}

/** Prints one line per input and whether all were within budget; returns false when one was not. */
export function printReaderBench(): boolean {
  let allWithin = true;
  const cases = [
    ...PATHOLOGICAL_TEXTS.map((t) => ({ name: t.name, what: t.what })),
    ...PATHOLOGICAL_DOCX.map((name) => ({ name, what: ".docx" })),
  ];
  for (const operation of ["extract", "check"] as const) {
    const label = operation === "extract" ? "prior-report-reader" : "report-checker";
    for (const { name, what } of cases) {
      const r = runCase(name, operation);
      if (typeof r === "string") {
        allWithin = false;
        console.log(`${label} ${name} ${r} CHƯA ĐẠT`);
        continue;
      }
      const within = r.ms < BUDGET_MS && r.peakMb < BUDGET_MB;
      allWithin &&= within;
      console.log(
        `${label} ${name} ms=${r.ms.toFixed(0)} peak_mb=${r.peakMb.toFixed(0)} in_kb=${(r.inputBytes / 1024).toFixed(0)} out_kb=${(r.outputBytes / 1024).toFixed(0)} ${within ? "đạt" : "CHƯA ĐẠT"} (${what}; ${r.outcome})`,
      );
    }
  }
  console.log(`prior-report-reader, report-checker budget<${BUDGET_MS}ms budget<${BUDGET_MB}MB ${allWithin ? "đạt" : "CHƯA ĐẠT"}`);
  return allWithin;
}

if (require.main === module) printReaderBench();
