import { promises as fs } from "node:fs";
import * as path from "node:path";
import { rollUpSites, type RollUp, type SiteInput } from "../domain/site-rollup";
import { MAX_SITE_FILES, readSiteFile } from "../sources/site-reports";
import { validateReportData } from "../sources/data-file";
import { readReportFileArg } from "./report-file-arg";
import { CliError, checkOut, cliFailure, readValidData, reportProblems, writeReport, type CliIo } from "./report-cli";

// `npm run rollup -- --data <province.json> --out <file.docx> <site.json|site.docx|folder>...`: the province report
// from its component sites' reports. A site file that cannot be used is listed with its reason and the others go on;
// only the province file (exit 1) or the output and arguments (exit 2) fail the command, and then nothing is written.

const USAGE = "Cách dùng: npm run rollup -- --data <số-liệu-tỉnh.json> --out <báo-cáo.docx> <tệp hoặc thư mục của các trang>...";

/** Site reports a folder may hold; Word's "~$…" lock files and hidden files are not reports. */
const SITE_FILE = /^(?![.~]).*\.(json|docx|txt)$/i;

export interface RollupArgs {
  data: string;
  out: string;
  sites: string[];
}

export function parseRollupArgs(argv: readonly string[]): RollupArgs {
  const named: Record<string, string> = {};
  const sites: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--(data|out)(?:=(.*))?$/.exec(a);
    if (!m) {
      if (a.startsWith("--")) throw new CliError(`Tham số không hợp lệ: "${a}". ${USAGE}`);
      sites.push(a);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new CliError(`Thiếu giá trị cho --${m[1]}. ${USAGE}`);
    named[m[1]!] = value;
  }
  if (!named.data || !named.out) throw new CliError(`Thiếu --data hoặc --out. ${USAGE}`);
  if (!named.out.toLowerCase().endsWith(".docx")) throw new CliError(`Tệp kết quả phải có đuôi .docx (nhận được "${named.out}").`);
  return { data: named.data, out: named.out, sites };
}

/** The files named, a folder's reports (not its subfolders) in name order; the names the lists show. */
async function siteFiles(args: readonly string[]): Promise<Array<{ file: string; shown: string } | { missing: string }>> {
  const out: Array<{ file: string; shown: string } | { missing: string }> = [];
  for (const arg of args) {
    const info = await fs.stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await fs.readdir(arg)).filter((n) => SITE_FILE.test(n)).sort((a, b) => a.localeCompare(b, "vi"));
      for (const n of names) out.push({ file: path.join(arg, n), shown: n });
    } else if (info) {
      out.push({ file: arg, shown: path.basename(arg) });
    } else {
      out.push({ missing: arg });
    }
  }
  return out;
}

/** Reads every site file, one at a time (a province's worth of .docx never sits in memory at once). */
async function readSites(args: readonly string[]): Promise<SiteInput[]> {
  const files = await siteFiles(args);
  if (files.length > MAX_SITE_FILES) {
    throw new CliError(
      `Có ${files.length} tệp — nhiều hơn số trang một tỉnh có (tối đa ${MAX_SITE_FILES}); kiểm tra lại có chỉ đúng thư mục báo cáo của các trang không.`,
    );
  }
  const inputs: SiteInput[] = [];
  for (const f of files) {
    if ("missing" in f) {
      inputs.push({ ok: false, source: f.missing, problem: "không tìm thấy tệp hoặc thư mục — kiểm tra lại đường dẫn." });
      continue;
    }
    const read = await readReportFileArg(f.file);
    inputs.push(read.ok ? await readSiteFile(read.bytes, f.shown) : { ok: false, source: f.shown, problem: read.message });
  }
  return inputs;
}

export function rollupLines(r: RollUp): string[] {
  const lines: string[] = [];
  if (r.used.length) {
    lines.push(`Đã tính ${r.used.length} trang:`);
    for (const u of r.used) lines.push(`  - ${u.source}: ${u.name}${u.replaced ? " (thay số liệu đã có của trang này)" : ""}`);
  } else {
    lines.push("Chưa tính được trang nào.");
  }
  if (r.kept.length) lines.push(`Giữ số liệu đã có của ${r.kept.length} trang: ${r.kept.join(", ")}.`);
  if (r.leftOut.length) {
    lines.push(`Không tính ${r.leftOut.length} tệp:`);
    for (const l of r.leftOut) lines.push(`  - ${l.source}${l.name ? ` (${l.name})` : ""}: ${l.reason}`);
  }
  if (r.missing.length) lines.push(`Chưa gửi báo cáo (${r.missing.length} trang): ${r.missing.join(", ")}.`);
  else if (r.data.sites?.expected?.length) lines.push(`Tất cả ${r.data.sites.expected.length} trang trong danh sách đã gửi báo cáo.`);
  return lines;
}

export async function runRollupCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseRollupArgs(argv);
    await checkOut(args.out);
    const province = await readValidData(args.data, io);
    if (!province) return 1;
    const rolled = rollUpSites(province, await readSites(args.sites));
    // The sums are checked as the data format checks them (each within MAX_FIGURE, exactly).
    const valid = validateReportData(rolled.data);
    if (!valid.ok) {
      reportProblems("Số liệu sau khi tổng hợp", valid.problems, io);
      return 1;
    }
    for (const line of rollupLines(rolled)) io.out(line);
    await writeReport(valid.data, args.data, args.out, io);
    return 0;
  } catch (err) {
    return cliFailure(err, io, "tổng hợp");
  }
}
