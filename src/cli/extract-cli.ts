import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { extractPriorReport, extractToJson } from "../sources/prior-report";
import { DOCX_LIMITS, fileTooLargeMessage } from "../sources/prior-report/safe-zip";
import type { CliIo } from "./report-cli";

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
    // A regular file of a report's size, both checked before a byte is read: a FIFO would block the read
    // forever and a device never end.
    let size: number;
    try {
      const info = await stat(path);
      if (info.isDirectory()) return fail("đây là thư mục, không phải tệp — hãy chỉ tới tệp báo cáo .docx hoặc .txt.");
      if (!info.isFile())
        return fail("không phải một tệp thông thường (có thể là thiết bị hoặc ống dẫn) — hãy chỉ tới tệp .docx hoặc .txt.");
      size = info.size;
    } catch {
      return fail("không tìm thấy tệp — kiểm tra lại đường dẫn.");
    }
    if (size > DOCX_LIMITS.maxBytes) return fail(fileTooLargeMessage(size));
    const bytes = new Uint8Array(await readFile(path));
    const result = await extractPriorReport(bytes, basename(path));
    if (!result.ok) return fail(result.message);
    io.out(JSON.stringify(extractToJson(result.report), null, 2));
    return 0;
  } catch {
    io.err("Lỗi không mong đợi khi đọc tệp — hãy thử lại hoặc báo cho người phát triển.");
    return 1;
  }
}
