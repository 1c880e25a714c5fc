import { parsePeriodArgument, PERIOD_ARGUMENT_FORMS } from "../domain/period-argument";
import { periodLabel, type Period } from "../domain/period";
import { checkReportFile } from "../sources/report-check";
import type { CliIo } from "./report-cli";
import { withReportFile } from "./report-file-arg";

// `npm run check -- <báo cáo.docx|báo cáo.txt> [--period half:2022:1]`: prints one JSON object — the period the
// report was checked against and its findings. Exit 0 whatever it finds; 1 with a Vietnamese sentence on stderr
// (and nothing on stdout) only when the file or the arguments cannot be read.

const USAGE = `Cách dùng: npm run check -- <tệp báo cáo .docx hoặc .txt> [--period <kỳ>] (kỳ ví dụ: ${PERIOD_ARGUMENT_FORMS})`;

function parseArgs(argv: readonly string[]): { file: string; period: Period | null } | string {
  const files: string[] = [];
  let period: Period | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    const m = /^--period(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[1] ?? argv[++i];
      if (value === undefined) return `Thiếu giá trị cho --period. ${USAGE}`;
      period = parsePeriodArgument(value);
      if (!period) return `Kỳ báo cáo "${value}" không hợp lệ — viết như ${PERIOD_ARGUMENT_FORMS}.`;
      continue;
    }
    if (a.startsWith("-")) return `Tham số không hợp lệ: "${a}". ${USAGE}`;
    files.push(a);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0]!, period };
}

export async function runCheckCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(args);
    return 1;
  }
  return withReportFile(args.file, io, "kiểm tra tệp", async (bytes, name) => {
    const result = await checkReportFile(bytes, name, args.period);
    if (!result.ok) return { unreadable: result.message };
    const { report } = result;
    const output = {
      period: report.period ? { ...report.period, label: periodLabel(report.period), from: report.periodOrigin } : null,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        where: f.where,
        found: f.found,
        expected: f.expected,
      })),
    };
    io.out(JSON.stringify(output, null, 2));
    return 0;
  });
}
