import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { extractPriorReport, extractToJson } from "../sources/prior-report";
import { DOCX_LIMITS } from "../sources/prior-report/safe-zip";

// npm run extract -- <báo cáo.docx|báo cáo.txt>: prints last period's figures as one JSON object.
// Errors go to stderr in Vietnamese with exit code 1, never as a stack trace.

const USAGE = "Cách dùng: npm run extract -- <tệp báo cáo kỳ trước .docx hoặc .txt>";

async function main(args: string[]): Promise<number> {
  const files = args.filter((a) => a !== "--");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const path = files[0]!;
  const fail = (message: string): number => {
    process.stderr.write(`Không đọc được "${basename(path)}": ${message}\n`);
    return 1;
  };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail("đây là thư mục, không phải tệp.");
    size = info.size;
  } catch {
    return fail("không tìm thấy tệp — kiểm tra lại đường dẫn.");
  }
  if (size > DOCX_LIMITS.maxBytes) {
    return fail(
      `tệp quá lớn (${(size / 1024 / 1024).toFixed(1).replace(".", ",")} MB, giới hạn ${DOCX_LIMITS.maxBytes / 1024 / 1024} MB).`,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const result = await extractPriorReport(bytes, basename(path));
  if (!result.ok) return fail(result.message);
  process.stdout.write(JSON.stringify(extractToJson(result.report), null, 2) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write("Lỗi không mong đợi khi đọc tệp — hãy thử lại hoặc báo cho người phát triển.\n");
    process.exitCode = 1;
  },
);
