import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The CLI as a user runs it: JSON on stdout, or a Vietnamese message on stderr with exit code 1.

const root = join(__dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(root, "src/cli/extract.ts"), ...args], { encoding: "utf8", cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run extract", () => {
  it("prints one JSON object for a pasted report", () => {
    const file = join(dir, "bao-cao.txt");
    writeFileSync(
      file,
      "BÁO CÁO\nTình hình hoạt động Trang thông tin điện tử quý I năm 2024\nTrong quý I năm 2024, Trang đăng 128 tin, bài và hơn 300 ảnh.\n",
    );
    const r = run("--", file);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      period: { kind: "quarter", year: 2024, index: 1 },
      metrics: { tin_bai: { value: 128, qualifier: null }, anh: { value: 300, qualifier: "hơn" } },
      prior: null,
      contributors: null,
      unmapped: [],
    });
  });

  it("refuses an encrypted .docx with a Vietnamese message and no stack trace", () => {
    const file = join(dir, "mat-khau.docx");
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(file, ole);
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Không đọc được "mat-khau\.docx": tệp là văn bản Word cũ \(\.doc\) hoặc \.docx đã đặt mật khẩu/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a missing file and a missing argument", () => {
    const missing = run(join(dir, "khong-co.docx"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/không tìm thấy tệp/);
    const usage = run();
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^Cách dùng: npm run extract -- /);
  });
});
