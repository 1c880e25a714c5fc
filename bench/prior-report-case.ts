import { extractPriorReport, extractToJson } from "../src/sources/prior-report";
import { checkReportFile } from "../src/sources/report-check";
import { PATHOLOGICAL_TEXTS } from "../tests/helpers/pathological-texts";
import { pathologicalDocx } from "../tests/helpers/pathological-docx";

// One pathological input, read (or checked, with "check") in a process of its own so its peak memory is its own
// (bench/prior-report-reader.ts).

async function main(): Promise<void> {
  const name = process.argv[2] ?? "";
  const text = PATHOLOGICAL_TEXTS.find((t) => t.name === name);
  const bytes = text ? new TextEncoder().encode(text.text()) : await pathologicalDocx(name);
  const fileName = text ? "bao-cao.txt" : "bao-cao.docx";
  const started = performance.now();
  let json: string;
  let outcome: string;
  if (process.argv[3] === "check") {
    // The report checker (npm run check) on the same input: the same reader, then every rule.
    const checked = await checkReportFile(bytes, fileName);
    json = checked.ok ? JSON.stringify(checked.report.findings) : checked.message;
    outcome = checked.ok ? `kiểm tra được, ${checked.report.findings.length} điểm` : `từ chối: ${checked.message.slice(0, 80)}`;
  } else {
    const result = await extractPriorReport(bytes, fileName);
    json = result.ok ? JSON.stringify(extractToJson(result.report)) : result.message;
    outcome = result.ok ? `đọc được, ${result.report.warnings.length} lưu ý` : `từ chối: ${result.message.slice(0, 80)}`;
  }
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, peakMb, inputBytes: bytes.length, outputBytes: json.length, outcome }) + "\n");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
