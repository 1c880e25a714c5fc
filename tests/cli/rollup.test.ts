import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runRollupCli } from "../../src/cli/rollup-cli";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import type { ReportData } from "../../src/domain/report-data";
import { docxText, sofficeConvert, tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { communes, provinceData, SITE_FILES_DIR } from "../helpers/site-fixtures";
import { readStoredData } from "../helpers/stored-data";
import { checkReportFile } from "../../src/sources/report-check";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const squash = (s: string) => s.replace(/\s+/g, " ");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const json = (d: unknown) => JSON.stringify(d, null, 2);

/**
 * A province of six communes: three send data files, one a report made by the add-in, one a report typed by hand
 * (a .docx without the add-in's data), one nothing; plus a copy of one file, last quarter's report of another
 * and a file that is not JSON at all.
 */
async function province(): Promise<{ dir: string; data: string; sites: string; all: Array<{ name: string; data: ReportData }> }> {
  const dir = tempDir("sbc-rollup-");
  const sites = path.join(dir, "trang");
  mkdirSync(sites);
  const all = communes(6);
  const data: ReportData = { ...provinceData(), sites: { expected: all.map((c) => ({ name: `UBND xã Thử ${c.name.slice(7)}` })) } };
  writeFileSync(path.join(dir, "tinh.json"), json(data));
  for (const c of all.slice(0, 3)) writeFileSync(path.join(sites, `${c.name}.json`), json(c.data));
  copyFileSync(path.join(sites, "Xã Thử 1.json"), path.join(sites, "Xã Thử 1 - bản sao.json"));
  writeFileSync(path.join(sites, "Xã Thử 4.docx"), await buildDocx(buildReport(all[3]!.data)));
  const hand = path.join(dir, "Xã Thử 5.txt");
  writeFileSync(
    hand,
    "UBND XÃ THỬ 5\nBÁO CÁO\nKết quả hoạt động Trang thông tin điện tử xã 6 tháng đầu năm 2026\n" +
      "Trong 6 tháng đầu năm 2026, Trang đã đăng tải 88 tin, bài và 12 văn bản.\n",
  );
  copyFileSync(sofficeConvert(hand, "docx", dir), path.join(sites, "Xã Thử 5.docx"));
  const lastQuarter = { ...all[2]!.data, period: { kind: "quarter", year: 2026, index: 1 } };
  writeFileSync(path.join(sites, "Xã Thử 3 - quý I.json"), json(lastQuarter));
  writeFileSync(path.join(sites, "hong.json"), '{ "version": 1, "unit": ');
  // Word's lock file beside an open report is not a report.
  writeFileSync(path.join(sites, "~$Thử 4.docx"), "lock");
  return { dir, data: path.join(dir, "tinh.json"), sites, all };
}

describe("npm run rollup", () => {
  let p: Awaited<ReturnType<typeof province>>;
  let out: string;
  let stdout: string;
  let code: number;
  let text: string;

  beforeAll(async () => {
    p = await province();
    out = path.join(p.dir, "tong-hop.docx");
    const c = capture();
    code = await runRollupCli(["--data", p.data, "--out", out, p.sites], c.io);
    stdout = c.out.join("\n");
    text = squash(docxText(readFileSync(out), "tong-hop.docx"));
  }, 120_000);

  test("uses the data files and the add-in's report; names what it left out and why, and who has not reported", () => {
    expect(code).toBe(0);
    expect(stdout).toContain("Đã tính 4 trang:");
    for (const n of [1, 2, 3, 4]) expect(stdout).toContain(`: UBND xã Thử ${n}`);
    expect(stdout).toContain("Không tính 4 tệp:");
    expect(stdout).toMatch(/- hong\.json: tệp số liệu có \d+ lỗi: \(JSON\): tệp không phải JSON hợp lệ/);
    // Whichever of the two copies comes first in the folder counts; the other is named with it.
    expect(stdout).toMatch(/- Xã Thử 1( - bản sao)?\.json \(UBND xã Thử 1\): trùng trang với tệp "Xã Thử 1( - bản sao)?\.json"/);
    expect(stdout).toMatch(/- Xã Thử 3 - quý I\.json \(UBND xã Thử 3\): báo cáo quý I năm 2026, không phải 6 tháng đầu năm 2026/);
    expect(stdout).toMatch(/- Xã Thử 5\.docx: báo cáo này không có dữ liệu của Soạn báo cáo \(có thể được soạn tay\) — chưa tính/);
    expect(stdout).not.toContain("~$");
    expect(stdout).toContain("Chưa gửi báo cáo (2 trang): UBND xã Thử 5, UBND xã Thử 6.");
  });

  test("the .docx validates against wml.xsd", async () => {
    expect((await validateDocxAgainstSchema(readFileSync(out))).errors).toBe("");
  });

  test("LibreOffice reads the sums in the text and the same totals in the appendix", () => {
    const used = p.all.slice(0, 4);
    const sum = (key: "tin_bai" | "van_ban" | "luot_truy_cap") => used.reduce((t, c) => t + (c.data.metrics[key] as number), 0);
    const dots = (n: number) => n.toLocaleString("de-DE");
    expect(text).toContain("có 04/06 trang thông tin điện tử thành phần gửi báo cáo");
    expect(text).toContain(`đã đăng tải ${dots(sum("tin_bai"))} tin, bài`);
    expect(text).toContain(`cập nhật ${dots(sum("van_ban"))} văn bản`);
    expect(text).toContain(`thu hút ${dots(sum("luot_truy_cap"))} lượt truy cập`);
    expect(text).toContain("Còn 02 trang chưa gửi báo cáo: UBND xã Thử 5 và UBND xã Thử 6.");
    expect(text).toContain("THỐNG KÊ HOẠT ĐỘNG CỦA CÁC TRANG THÔNG TIN ĐIỆN TỬ THÀNH PHẦN 6 THÁNG ĐẦU NĂM 2026");
    const row = (c: { data: ReportData }) =>
      [c.data.metrics.tin_bai, c.data.metrics.van_ban, c.data.metrics.luot_truy_cap].map((v) => dots(v as number)).join(" ");
    expect(text).toContain(`1 UBND xã Thử 1 ${row(p.all[0]!)}`);
    expect(text).toContain("6 UBND xã Thử 6 Chưa gửi báo cáo");
    expect(text).toContain(`Tổng cộng ${dots(sum("tin_bai"))} ${dots(sum("van_ban"))} ${dots(sum("luot_truy_cap"))}`);
  });

  test("the checker finds nothing wrong in it (STT per group, the total row, the sums in the text)", async () => {
    const checked = await checkReportFile(readFileSync(out), "tong-hop.docx");
    expect(checked.ok && checked.report.findings).toEqual([]);
    const grouped = path.join(p.dir, "nhom.docx");
    const c = capture();
    expect(
      await runRollupCli(
        ["--data", "examples/tong-hop/tinh.json", "--out", grouped, SITE_FILES_DIR].map((a) =>
          a.startsWith("examples") ? path.join(ROOT, a) : a,
        ),
        c.io,
      ),
    ).toBe(0);
    const again = await checkReportFile(readFileSync(grouped), "nhom.docx");
    expect(again.ok && again.report.findings).toEqual([]);
  });

  test("the report carries the rolled-up data: the next roll-up adds a late site to it", async () => {
    // The data file written back from the .docx's data part is the province file of the next run.
    const stored = await readStoredData(readFileSync(out));
    expect(stored.sites!.reports!.map((r) => r.name)).toEqual(["UBND xã Thử 1", "UBND xã Thử 2", "UBND xã Thử 3", "UBND xã Thử 4"]);
    const next = path.join(p.dir, "tinh-lan-2.json");
    writeFileSync(next, json(stored));
    const late = path.join(p.dir, "Xã Thử 6.json");
    writeFileSync(late, json(p.all[5]!.data));
    const c = capture();
    expect(await runRollupCli(["--data", next, "--out", path.join(p.dir, "lan-2.docx"), late], c.io)).toBe(0);
    expect(c.out.join("\n")).toContain("Giữ số liệu đã có của 4 trang");
    expect(c.out.join("\n")).toContain("Chưa gửi báo cáo (1 trang): UBND xã Thử 5.");
  });

  test("a province file that is not valid fails the command and writes nothing", async () => {
    const bad = path.join(p.dir, "tinh-sai.json");
    writeFileSync(bad, json({ ...provinceData(), sites: { expected: [{ name: "Xã A" }, { name: "xã a" }] } }));
    const target = path.join(p.dir, "khong-co.docx");
    const c = capture();
    expect(await runRollupCli(["--data", bad, "--out", target, p.sites], c.io)).toBe(1);
    expect(c.err.join("\n")).toContain("sites.expected[1].name: trang này đã có trong danh sách (sites.expected[0])");
    expect(existsSync(target)).toBe(false);
  });

  test("a site path that does not exist is listed, the rest rolled up", async () => {
    const c = capture();
    const target = path.join(p.dir, "mot-trang.docx");
    expect(await runRollupCli(["--data", p.data, "--out", target, path.join(p.sites, "Xã Thử 2.json"), "khong-co-thu-muc"], c.io)).toBe(0);
    expect(c.out.join("\n")).toContain("- khong-co-thu-muc: không tìm thấy tệp hoặc thư mục");
    expect(existsSync(target)).toBe(true);
  });

  test("arguments: --out must be a .docx; an unknown option is refused", async () => {
    const c = capture();
    expect(await runRollupCli(["--data", p.data, "--out", "x.pdf"], c.io)).toBe(2);
    expect(await runRollupCli(["--data", p.data, "--out", "x.docx", "--sites"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("Tệp kết quả phải có đuôi .docx");
    expect(c.err.join("\n")).toContain('Tham số không hợp lệ: "--sites"');
  });

  test("npm run rollup on the examples prints its lists", async () => {
    const target = path.join(tempDir(), "tong-hop.docx");
    const { stdout: printed } = await run(
      "npx",
      ["tsx", "src/cli/rollup.ts", "--data", "examples/tong-hop/tinh.json", "--out", target, path.relative(ROOT, SITE_FILES_DIR)],
      { cwd: ROOT },
    );
    expect(printed).toContain("Đã tính 4 trang:");
    expect(printed).toContain("Chưa gửi báo cáo (3 trang): Sở Nội vụ, Thanh tra tỉnh, UBND xã Đak Đoa.");
    expect(readdirSync(path.dirname(target))).toEqual(["tong-hop.docx"]);
  }, 60_000);
});
