import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { CliIo } from "./report-cli";
import { DOCX_LIMITS, fileTooLargeMessage } from "../sources/prior-report/safe-zip";

// A report file named on the command line (npm run extract, npm run check): a regular file of a report's size,
// both checked before a byte is read — a FIFO would block the read forever and a device never end.

export type FileArg = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export async function readReportFileArg(path: string): Promise<FileArg> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "đây là thư mục, không phải tệp — hãy chỉ tới tệp báo cáo .docx hoặc .txt." };
    if (!info.isFile()) {
      return { ok: false, message: "không phải một tệp thông thường (có thể là thiết bị hoặc ống dẫn) — hãy chỉ tới tệp .docx hoặc .txt." };
    }
    size = info.size;
  } catch {
    return { ok: false, message: "không tìm thấy tệp — kiểm tra lại đường dẫn." };
  }
  if (size > DOCX_LIMITS.maxBytes) return { ok: false, message: fileTooLargeMessage(size) };
  return { ok: true, bytes: new Uint8Array(await readFile(path)) };
}

/**
 * Reads the report file named on the command line and hands its bytes to `use`, which returns the exit code or the
 * message of a file it could not read. Every refusal is one Vietnamese sentence naming the file, on stderr, exit 1;
 * nothing unexpected escapes as a stack trace.
 */
export async function withReportFile(
  path: string,
  io: CliIo,
  doing: string,
  use: (bytes: Uint8Array, name: string) => Promise<number | { unreadable: string }>,
): Promise<number> {
  const fail = (message: string): number => {
    io.err(`Không đọc được "${basename(path)}": ${message}`);
    return 1;
  };
  try {
    const file = await readReportFileArg(path);
    if (!file.ok) return fail(file.message);
    const outcome = await use(file.bytes, basename(path));
    return typeof outcome === "number" ? outcome : fail(outcome.unreadable);
  } catch {
    io.err(`Lỗi không mong đợi khi ${doing} — hãy thử lại hoặc báo cho người phát triển.`);
    return 1;
  }
}
