import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runReportCli } from "../../src/cli/report-cli";
import { tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { EXAMPLE_FILE } from "../helpers/report-fixtures";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function writeData(dir: string, mutate: (d: Record<string, unknown>) => void): string {
  const data = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as Record<string, unknown>;
  mutate(data);
  const file = path.join(dir, "so-lieu.json");
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe("npm run report", () => {
  test("writes a valid .docx from the example data", async () => {
    const dir = tempDir();
    const out = path.join(dir, "bao-cao.docx");
    const c = capture();
    expect(await runReportCli(["--data", EXAMPLE_FILE, "--out", out], c.io)).toBe(0);
    expect(c.out.join("\n")).toContain("Đã tạo");
    expect((await validateDocxAgainstSchema(readFileSync(out))).errors).toBe("");
    expect(readdirSync(dir)).toEqual(["bao-cao.docx"]);
  });

  test("bad data: every problem named by its JSON path, exit 1, no file written", async () => {
    const dir = tempDir();
    const data = writeData(dir, (d) => {
      (d.metrics as Record<string, unknown>).tin_bai = -5;
      (d.metrics as Record<string, unknown>).video = "12";
      (d.report as Record<string, unknown>).date = "2021-02-30";
    });
    const out = path.join(dir, "bao-cao.docx");
    const c = capture();
    expect(await runReportCli(["--data", data, "--out", out], c.io)).toBe(1);
    const message = c.err.join("\n");
    expect(message).toContain("metrics.tin_bai: không được là số âm, nhận được -5");
    expect(message).toContain("metrics.video: cần một số nguyên không âm");
    expect(message).toContain('nhận được "12"');
    expect(message).toContain('report.date: cần ngày dạng "YYYY-MM-DD"');
    expect(message).toContain("chưa tạo báo cáo nào");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["so-lieu.json"]);
  });

  test("an existing report is left untouched when the new data is wrong", async () => {
    const dir = tempDir();
    const out = path.join(dir, "bao-cao.docx");
    writeFileSync(out, "bản cũ");
    const data = writeData(dir, (d) => {
      d.period = { kind: "half", year: 2021, index: 3 };
    });
    const c = capture();
    expect(await runReportCli(["--data", data, "--out", out], c.io)).toBe(1);
    expect(c.err.join("\n")).toContain("period.index");
    expect(readFileSync(out, "utf8")).toBe("bản cũ");
  });

  test("malformed JSON names the line and column", async () => {
    const dir = tempDir();
    const file = path.join(dir, "hong.json");
    writeFileSync(file, '{\n  "version": 1,\n  "unit": {\n    "name": "BAN BIÊN TẬP"\n    "place": "Đak Đoa"\n  }\n}\n');
    const c = capture();
    expect(await runReportCli(["--data", file, "--out", path.join(dir, "x.docx")], c.io)).toBe(1);
    expect(c.err.join("\n")).toMatch(/dòng 5, cột 5/);
    expect(readdirSync(dir)).toEqual(["hong.json"]);
  });

  test("usage mistakes say what to type", async () => {
    const c = capture();
    expect(await runReportCli(["--data", "khong-co.json", "--out", "x.docx"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain('Không tìm thấy tệp số liệu "khong-co.json"');
    const d = capture();
    expect(await runReportCli(["--data", EXAMPLE_FILE, "--out", "bao-cao.pdf"], d.io)).toBe(2);
    expect(d.err.join("\n")).toContain("phải có đuôi .docx");
    const e = capture();
    expect(await runReportCli(["--data"], e.io)).toBe(2);
    expect(e.err.join("\n")).toContain("Cách dùng: npm run report -- --data");
  });

  test("as a process: non-zero exit, Vietnamese message, never a stack trace", async () => {
    const dir = tempDir();
    const data = writeData(dir, (d) => {
      (d.contributors as Array<{ rows: Array<{ months: number[] }> }>)[0]!.rows[1]!.months = [1, 2, 3];
    });
    const err = await run("npx", ["tsx", "src/cli/report.ts", "--data", data, "--out", path.join(dir, "r.docx")], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in err && err.code).toBe(1);
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toContain("contributors[0].rows[1].months: kỳ báo cáo có 6 tháng nên cần đúng 6 số liệu tháng, nhận được 3.");
    expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(existsSync(path.join(dir, "r.docx"))).toBe(false);
  });
});
