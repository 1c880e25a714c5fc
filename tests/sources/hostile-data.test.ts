import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { parseReportData, validateReportData } from "../../src/sources/data-file";
import { decodeTextFile, NOT_UTF8, TextEncodingError } from "../../src/sources/text-decoding";
import { problemLine } from "../../src/domain/validation-message";
import { runReportCli } from "../../src/cli/report-cli";
import { tempDir } from "../helpers/office-consumers";

// Data files that JSON.parse accepts but that would print a wrong report without a word (issue: untrusted input):
// each is refused, naming the field and what to do, before anything is built. Inputs are generated here, so the
// repository stays small.

const EXAMPLE = readFileSync(path.join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "utf8");
const lines = (r: ReturnType<typeof parseReportData>): string[] => (r.ok ? [] : r.problems.map(problemLine));

describe("encodings", () => {
  it('refuses a file saved as "ANSI" (Windows-1258) instead of printing replacement characters', () => {
    // "Đak Đoa" in Windows-1258: Đ = 0xD0, a = 0x61 — invalid as UTF-8.
    const ansi = Buffer.from(EXAMPLE.replace(/Đak Đoa/g, "\u0000"), "utf8");
    const bytes = Buffer.concat([ansi.subarray(0, 40), Buffer.from([0xd0, 0x61, 0x6b, 0x20, 0xd0, 0x6f, 0x61]), ansi.subarray(40)]);
    expect(() => decodeTextFile(bytes)).toThrow(TextEncodingError);
    expect(() => decodeTextFile(bytes)).toThrow(NOT_UTF8);
  });

  it('accepts the same file saved as "Unicode" (UTF-16 LE with its mark) or UTF-16 BE, and UTF-8 with a mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXAMPLE, "utf16le")]);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXAMPLE, "utf8")]);
    for (const bytes of [le, be, bom8]) {
      const parsed = parseReportData(decodeTextFile(bytes));
      expect(parsed.ok && parsed.data.unit.place).toBe("Đak Đoa");
    }
  });
});

describe("figures never changed silently", () => {
  it("refuses a key given twice, naming both lines", () => {
    const text = EXAMPLE.replace('"tin_bai": 242,', '"tin_bai": 242,\n    "tin_bai": 250,');
    const r = parseReportData(text);
    expect(r.ok).toBe(false);
    const line = lines(r).find((l) => l.startsWith("metrics.tin_bai"))!;
    const first = text.split("\n").findIndex((l) => l.includes('"tin_bai": 242')) + 1;
    expect(line).toContain(`dòng ${first} và dòng ${first + 1}`);
  });

  it("refuses two period objects, and an own metric given twice", () => {
    const twoPeriods = EXAMPLE.replace('"period": {', '"period": { "kind": "year", "year": 2021 },\n  "period": {');
    expect(lines(parseReportData(twoPeriods)).some((l) => l.startsWith("period:") && l.includes("hai lần"))).toBe(true);
    const custom = EXAMPLE.replace('"tin_bai": 242,', '"tin_bai": 242, "khac": { "value": 1, "label": "b\u1ea3n" }, "khac": 2,');
    expect(lines(parseReportData(custom)).some((l) => l.startsWith("metrics.khac"))).toBe(true);
  });

  it.each(["__proto__", "constructor", "prototype"])("reports a %s key instead of dropping it", (key) => {
    const r = parseReportData(EXAMPLE.replace('"tin_bai": 242,', `"tin_bai": 242, "${key}": 5,`));
    expect(lines(r).some((l) => l.startsWith(`metrics.${key}`) && l.includes("không được dùng"))).toBe(true);
  });

  it("refuses a figure beyond exact arithmetic, saying the limit", () => {
    const data = JSON.parse(EXAMPLE);
    data.contributors[0].rows[0].months[0] = 9007199254740991;
    data.metrics.tin_bai = 2e12;
    const r = validateReportData(data);
    expect(lines(r).some((l) => /contributors\[0\]\.rows\[0\]\.months\[0\].*số quá lớn.*1\.000\.000\.000\.000/.test(l))).toBe(true);
    expect(lines(r).some((l) => l.startsWith("metrics.tin_bai") && l.includes("số quá lớn"))).toBe(true);
  });

  it("refuses an appendix or a budget whose total would pass the bound, though every figure is within it", () => {
    const data = JSON.parse(EXAMPLE);
    const months = data.contributors[0].rows[0].months.length;
    data.contributors[0].rows = Array.from({ length: 3 }, (_, i) => ({ name: `Đơn vị ${i}`, months: Array(months).fill(1e12) }));
    data.budget = {
      items: [
        { label: "Nhuận bút", amount: 6e11 },
        { label: "Duy trì", amount: 6e11 },
      ],
    };
    const r = lines(validateReportData(data));
    expect(r).toContainEqual(expect.stringMatching(/^contributors: tổng số tin, bài của bảng phụ lục vượt 1\.000\.000\.000\.000/));
    expect(r).toContainEqual(expect.stringMatching(/^budget\.items: tổng các khoản chi vượt 1\.000\.000\.000\.000/));
  });

  it("counts a required text of control characters only as missing", () => {
    const data = JSON.parse(EXAMPLE);
    data.unit.name = "\u0000\u0008";
    expect(lines(validateReportData(data)).some((l) => l.startsWith("unit.name") && l.includes("ký tự điều khiển"))).toBe(true);
  });
});

describe("nesting", () => {
  it("refuses 100,000 nested arrays in a file with a message, not a stack overflow", () => {
    const deep = EXAMPLE.replace('"version": 1,', `"version": 1, "x": ${"[".repeat(100_000)}${"]".repeat(100_000)},`);
    const r = parseReportData(deep);
    expect(lines(r)).toEqual([expect.stringMatching(/lồng quá 64 tầng/)]);
  });

  it("refuses an already-parsed value nested that deep (pasted JSON, a document's data part)", () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(lines(validateReportData({ version: 1, deep: value }))).toEqual([expect.stringMatching(/lồng quá 64 tầng/)]);
  });
});

describe("npm run report refuses what is not a data file, before reading it", () => {
  const capture = () => {
    const err: string[] = [];
    return { err, io: { out: () => undefined, err: (s: string) => void err.push(s) } };
  };

  it.each([
    ["a FIFO (which would block the read forever)", "fifo"],
    ["a character device", "/dev/zero"],
    ["a directory", "dir"],
  ])("%s", async (_name, kind) => {
    const dir = tempDir();
    let data = kind;
    if (kind === "fifo") {
      data = path.join(dir, "so-lieu.json");
      execFileSync("mkfifo", [data]);
    } else if (kind === "dir") {
      data = path.join(dir, "thu-muc.json");
      mkdirSync(data);
    }
    const out = path.join(dir, "bao-cao.docx");
    const c = capture();
    expect(await runReportCli(["--data", data, "--out", out], c.io)).toBe(2);
    expect(c.err.join("\n")).toMatch(kind === "dir" ? /là một thư mục/ : /không phải một tệp thông thường/);
    expect(existsSync(out)).toBe(false);
  });

  it("a data file in a legacy code page: refused with how to save it as UTF-8, no report written", async () => {
    const dir = tempDir();
    const data = path.join(dir, "ansi.json");
    writeFileSync(
      data,
      Buffer.concat([Buffer.from(EXAMPLE.slice(0, 100), "utf8"), Buffer.from([0xd0, 0x61]), Buffer.from(EXAMPLE.slice(100), "utf8")]),
    );
    const out = path.join(dir, "bao-cao.docx");
    const c = capture();
    expect(await runReportCli(["--data", data, "--out", out], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("UTF-8");
    expect(existsSync(out)).toBe(false);
  });

  it("an --out that exists and is not a file is refused before anything runs", async () => {
    const dir = tempDir();
    const out = path.join(dir, "ra.docx");
    mkdirSync(out);
    const c = capture();
    expect(await runReportCli(["--data", path.join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "--out", out], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("không phải một tệp thông thường");
  });
});

describe("unit lists and stored data are read by the same rules", () => {
  it("refuses a unit list with a key given twice", async () => {
    const { readUnitFile } = await import("../../src/sources/unit-file");
    const unit = JSON.stringify(JSON.parse(EXAMPLE).unit, null, 2).replace(
      '"abbreviation": "BBT",',
      '"abbreviation": "BBT",\n  "abbreviation": "VP",',
    );
    const read = readUnitFile(`{ "units": [${unit}] }`);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map(problemLine).join("\n")).toMatch(/^units\[0\]\.abbreviation: trường này được ghi hai lần/m);
  });
});
