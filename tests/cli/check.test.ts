import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCheckCli } from "../../src/cli/check-cli";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { checkReportFile } from "../../src/sources/report-check";
import { editedReport, SEEDED_ERRORS } from "../helpers/edited-report";
import { generatedReports } from "../helpers/generated-variants";
import { SHARED, sofficeConvert, tempDir } from "../helpers/office-consumers";

// `npm run check`: the seeds' known errors, each by its rule; no finding on any report the engine generates; a
// generated report with one error of each class gives exactly those; files it cannot read get a message.

interface CliFinding {
  rule: string;
  severity: string;
  message: string;
  where: string;
  found: string;
  expected: string | null;
}

async function check(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCheckCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join("\n"), err: err.join("\n") };
}

async function findings(...args: string[]): Promise<{ period: Record<string, unknown> | null; findings: CliFinding[] }> {
  const r = await check(...args);
  expect(r.err).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.out);
}

const SEED_001 = path.join(SHARED, "seeds/001_f7f426a005338703.txt");
const SEED_003 = path.join(SHARED, "seeds/003_82342d2839716563.txt");
const dir = tempDir("sbc-check-");

const has = (list: CliFinding[], rule: string, found: string, expected?: string | null) =>
  expect(list).toContainEqual(expect.objectContaining({ rule, found, ...(expected !== undefined ? { expected } : {}) }));

function seed001Errors(list: CliFinding[]): void {
  // A 2022 report with last year's heading and sentence, "II." twice, 6,636,328 beside 9.729, "Lưu VT".
  has(list, "stale-period", "6 THÁNG ĐẦU NĂM 2021", "6 THÁNG ĐẦU NĂM 2022");
  has(list, "stale-period", "6 tháng đầu năm 2021", "6 tháng đầu năm 2022");
  has(list, "heading-numbering", "II.", "III.");
  has(list, "number-format", "6,636,328", "6.636.328");
  expect(list.find((f) => f.found === "6,636,328")!.message).toContain("9.729");
  has(list, "nd30-form", "Lưu ", "Lưu: ");
}

function seed003Errors(list: CliFinding[]): void {
  // Sections 1., 2., 4.; "1.Ưu điểm"; STT 13 then 15; "KT.TRƯỞNG BAN"; 9933 and 96811 ungrouped.
  has(list, "heading-numbering", "4.", "3.");
  has(list, "heading-numbering", "1.", "1. ");
  has(list, "stt-sequence", "15", "14");
  has(list, "nd30-form", "KT.", "KT. ");
  has(list, "number-format", "96811", "96.811");
  // A 2021 district report: district names were current then, and its appendix adds up to the text's 242.
  expect(list.filter((f) => f.rule === "outdated-reference" || f.rule === "table-arithmetic" || f.rule === "text-table-mismatch")).toEqual(
    [],
  );
}

describe("npm run check on the seeds", () => {
  it("finds each error of seed 001 (.txt) by its rule, against the period of its summary line", async () => {
    const r = await findings(SEED_001);
    expect(r.period).toMatchObject({ kind: "half", year: 2022, index: 1, label: "6 tháng đầu năm 2022", from: "summary-line" });
    seed001Errors(r.findings);
  });

  it("finds each error of seed 003 (.txt)", async () => {
    seed003Errors((await findings(SEED_003)).findings);
  });

  describe("as .docx made by LibreOffice", () => {
    let docx001: string;
    let docx003: string;
    beforeAll(() => {
      const src = path.join(dir, "seeds");
      mkdirSync(src, { recursive: true });
      copyFileSync(SEED_001, path.join(src, "seed-001.txt"));
      copyFileSync(SEED_003, path.join(src, "seed-003.txt"));
      docx001 = sofficeConvert(path.join(src, "seed-001.txt"), "docx", dir);
      docx003 = sofficeConvert(path.join(src, "seed-003.txt"), "docx", dir);
    }, 180_000);

    it("finds the same errors (the appendix is tab-laid paragraphs there)", async () => {
      seed001Errors((await findings(docx001)).findings);
      seed003Errors((await findings(docx003)).findings);
    });
  });

  it("takes the period from --period over the summary line", async () => {
    const r = await findings(SEED_003, "--period", "year:2021");
    expect(r.period).toMatchObject({ kind: "year", year: 2021, from: "given" });
    has(r.findings, "stale-period", "6 tháng đầu năm 2021", "năm 2021");
  });
});

describe("reports the engine generates", () => {
  const reports = generatedReports();

  it(`give no finding — all ${reports.length} of them (every example, every kind of period, both formats)`, async () => {
    const noisy: string[] = [];
    for (const { name, data } of reports) {
      const bytes = await buildDocx(buildReport(data));
      for (const given of [null, data.period]) {
        const r = await checkReportFile(bytes, "bao-cao.docx", given);
        if (!r.ok) throw new Error(`${name}: ${r.message}`);
        for (const f of r.report.findings) noisy.push(`${name}: ${f.rule} "${f.found}" — ${f.message}`);
      }
    }
    expect(noisy).toEqual([]);
  }, 120_000);

  it("give no finding through the CLI either, and name the period from the stored data", async () => {
    const file = path.join(dir, "generated.docx");
    writeFileSync(file, await buildDocx(buildReport(reports[0]!.data)));
    const r = await findings(file);
    expect(r.findings).toEqual([]);
    expect(r.period).toMatchObject({ ...reports[0]!.data.period, from: "stored-data" });
  });

  it("edited with one error of each class give exactly those findings", async () => {
    const file = path.join(dir, "edited.docx");
    writeFileSync(file, await editedReport());
    const r = await findings(file);
    expect(r.findings.map((f) => [f.rule, f.found]).sort()).toEqual(SEEDED_ERRORS.map((e) => [e.rule, e.found]).sort());
    for (const f of r.findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.where.length).toBeLessThanOrEqual(122);
      expect(["error", "warning"]).toContain(f.severity);
    }
  });
});

describe("what the CLI refuses", () => {
  it.each([
    [["missing.docx"], /không tìm thấy tệp/],
    [[], /Cách dùng: npm run check/],
    [["a.docx", "b.docx"], /Cách dùng/],
    [["--period", "half:2022:3", "x.docx"], /Kỳ báo cáo "half:2022:3" không hợp lệ/],
    [["--frob", "x.docx"], /Tham số không hợp lệ/],
  ])("%j: exit 1, a Vietnamese sentence, nothing printed", async (args, message) => {
    const r = await check(...args.map((a) => (a === "missing.docx" ? path.join(dir, a) : a)));
    expect(r.status).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  it("refuses a PDF named .docx and a directory with what to do", async () => {
    const pdf = path.join(dir, "bao-cao.docx");
    writeFileSync(pdf, "%PDF-1.7\n");
    const r = await check(pdf);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/PDF/);
    const d = await check(dir);
    expect(d.err).toMatch(/thư mục/);
  });
});
