import { basename } from "node:path";
import { extractPriorReport, extractToJson } from "../sources/prior-report";
import type { CliIo } from "./report-cli";
import { readReportFileArg } from "./report-file-arg";

// `npm run extract -- <báo cáo.docx|báo cáo.txt>`: prints last period's figures as one JSON object on stdout.
// Anything else is a Vietnamese sentence on stderr and exit code 1 with nothing on stdout, never a stack trace.

const USAGE = "Cách dùng: npm run extract -- <tệp báo cáo kỳ trước .docx hoặc .txt>";

export async function runExtractCli(argv: readonly string[], io: CliIo): Promise<number> {
  const files = argv.filter((a) => a !== "--");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    io.err(USAGE);
    return 1;
  }
  const path = files[0]!;
  const fail = (message: string): number => {
    io.err(`Không đọc được "${basename(path)}": ${message}`);
    return 1;
  };
  try {
    const file = await readReportFileArg(path);
    if (!file.ok) return fail(file.message);
    const bytes = file.bytes;
    const result = await extractPriorReport(bytes, basename(path));
    if (!result.ok) return fail(result.message);
    io.out(JSON.stringify(extractToJson(result.report), null, 2));
    return 0;
  } catch {
    io.err("Lỗi không mong đợi khi đọc tệp — hãy thử lại hoặc báo cho người phát triển.");
    return 1;
  }
}
