import { extractPriorReport, extractToJson } from "../sources/prior-report";
import type { CliIo } from "./report-cli";
import { withReportFile } from "./report-file-arg";

// `npm run extract -- <báo cáo.docx|báo cáo.txt>`: prints last period's figures as one JSON object on stdout.
// Anything else is a Vietnamese sentence on stderr and exit code 1 with nothing on stdout, never a stack trace.

const USAGE = "Cách dùng: npm run extract -- <tệp báo cáo kỳ trước .docx hoặc .txt>";

export async function runExtractCli(argv: readonly string[], io: CliIo): Promise<number> {
  const files = argv.filter((a) => a !== "--");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    io.err(USAGE);
    return 1;
  }
  return withReportFile(files[0]!, io, "đọc tệp", async (bytes, name) => {
    const result = await extractPriorReport(bytes, name);
    if (!result.ok) return { unreadable: result.message };
    io.out(JSON.stringify(extractToJson(result.report), null, 2));
    return 0;
  });
}
