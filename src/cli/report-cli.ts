import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseReportData } from "../sources/data-file";
import { fileTooLarge, MAX_DATA_FILE_BYTES } from "../sources/limits";
import { decodeTextFile } from "../sources/text-decoding";
import { problemLine, type FieldProblem } from "../domain/validation-message";
import type { ReportData } from "../domain/report-data";
import { buildReport } from "../domain/build-report";
import { buildDocx } from "../render/docx-package";

// `npm run report -- --data <file.json> --out <file.docx>`. Errors are Vietnamese sentences on stderr and a
// non-zero exit; an output file is written whole (temp file + rename) or not at all.

export class CliError extends Error {}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = "Cách dùng: npm run report -- --data <tệp-số-liệu.json> --out <báo-cáo.docx>";

export function parseArgs(argv: readonly string[]): { data: string; out: string } {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--(data|out)(?:=(.*))?$/.exec(a);
    if (!m) throw new CliError(`Tham số không hợp lệ: "${a}". ${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new CliError(`Thiếu giá trị cho --${m[1]}. ${USAGE}`);
    args[m[1]!] = value;
  }
  if (!args.data || !args.out) throw new CliError(`Thiếu --data hoặc --out. ${USAGE}`);
  if (!args.out.toLowerCase().endsWith(".docx")) throw new CliError(`Tệp kết quả phải có đuôi .docx (nhận được "${args.out}").`);
  return { data: args.data, out: args.out };
}

/**
 * The data file's text. It must be a regular file (a FIFO would block the read forever, a device never end) of a
 * data file's size, both checked before a byte is read; then decoded strictly (UTF-8 or UTF-16 with its mark).
 */
export async function readDataFile(file: string): Promise<string> {
  let info;
  try {
    info = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Không tìm thấy tệp số liệu "${file}" — kiểm tra lại đường dẫn.`);
    throw new CliError(`Không đọc được tệp số liệu "${file}" (${code ?? "lỗi không rõ"}).`);
  }
  if (info.isDirectory()) throw new CliError(`"${file}" là một thư mục, không phải tệp số liệu.`);
  if (!info.isFile())
    throw new CliError(`"${file}" không phải một tệp thông thường (có thể là thiết bị hoặc ống dẫn) — hãy chỉ tới tệp .json.`);
  if (info.size > MAX_DATA_FILE_BYTES) throw new CliError(`Tệp số liệu "${file}": ${fileTooLarge(info.size)}`);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new CliError(`Không đọc được tệp số liệu "${file}" (${(err as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
  try {
    return decodeTextFile(bytes);
  } catch (err) {
    throw new CliError(`Tệp số liệu "${file}": ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** An existing --out must be a file this command may replace, not a directory, device or pipe. */
export async function checkOut(file: string): Promise<void> {
  const info = await fs.stat(file).catch(() => null);
  if (info && !info.isFile()) throw new CliError(`"${file}" đã có và không phải một tệp thông thường — hãy chọn tên tệp .docx khác.`);
}

/** Writes beside the target then renames, so a failure never leaves a truncated report behind. */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      `Không ghi được "${file}" (${code ?? "lỗi không rõ"}) — tệp có đang mở trong Word không, hoặc thư mục có cho phép ghi không?`,
    );
  }
}

/** The data file, validated; its problems are printed, each by its JSON path, and null returned. */
export async function readValidData(file: string, io: CliIo): Promise<ReportData | null> {
  const parsed = parseReportData(await readDataFile(file));
  if (parsed.ok) return parsed.data;
  reportProblems(`Tệp số liệu "${file}"`, parsed.problems, io);
  return null;
}

export function reportProblems(what: string, problems: readonly FieldProblem[], io: CliIo): void {
  io.err(`${what} có ${problems.length} lỗi:`);
  for (const p of problems) io.err(`  - ${problemLine(p)}`);
  io.err("Sửa các lỗi trên rồi chạy lại; chưa tạo báo cáo nào.");
}

/** Builds the report and writes it whole; its warnings go to stderr, what was written to stdout. */
export async function writeReport(data: ReportData, dataFile: string, out: string, io: CliIo): Promise<void> {
  const model = buildReport(data);
  for (const w of model.warnings) io.err(`Lưu ý: ${w}`);
  const bytes = await buildDocx(model, { source: path.basename(dataFile) });
  await writeWhole(out, bytes);
  io.out(`Đã tạo ${out} (${model.blocks.length} khối, ${Math.round(bytes.length / 1024)} KB).`);
}

/** A refusal is its own sentence (exit 2); anything else is unexpected (exit 3), never a stack trace. */
export function cliFailure(err: unknown, io: CliIo, doing: string): number {
  if (err instanceof CliError) {
    io.err(err.message);
    return 2;
  }
  io.err(`Lỗi không mong đợi khi ${doing}: ${err instanceof Error ? err.message : String(err)}. Hãy gửi các tệp cho nhóm phát triển.`);
  return 3;
}

export async function runReportCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    await checkOut(args.out);
    const data = await readValidData(args.data, io);
    if (!data) return 1;
    await writeReport(data, args.data, args.out, io);
    return 0;
  } catch (err) {
    return cliFailure(err, io, "tạo báo cáo");
  }
}
