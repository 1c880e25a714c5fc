import { readFile, stat } from "node:fs/promises";
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
