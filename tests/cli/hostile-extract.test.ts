import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { runExtractCli } from "../../src/cli/extract-cli";
import { buildDocx, p, patchDeclaredSize } from "../sources/prior-report/docx-fixture";
import { pathologicalDocx } from "../helpers/pathological-docx";
import { PATHOLOGICAL_TEXTS } from "../helpers/pathological-texts";
import { tempDir } from "../helpers/office-consumers";

// `npm run extract` on a corpus of bad, hostile and odd files, all generated here (the repository stays small):
// each is refused with a Vietnamese message naming what is wrong, exit code 1 and nothing on stdout — or, when it
// is a report after all, read within the reader's caps with a warning for what it left unread.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const dir = tempDir("hostile-extract-");

async function extract(file: string): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runExtractCli([file], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join("\n"), err: err.join("\n") };
}

function save(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function zipBomb(): Promise<Uint8Array> {
  // 60 MB of the same byte (past the 40 MB a part may inflate to) from about 60 KB; it declares its true size.
  const zip = new JSZip();
  zip.file("word/document.xml", new Uint8Array(60 * 1024 * 1024).fill(0x20));
  zip.file("[Content_Types].xml", "<Types/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const refused: Array<[string, () => Promise<Uint8Array | string>, RegExp]> = [
  ["zip-bomb.docx", zipBomb, /giải nén ra quá lớn.*zip bomb/],
  [
    "kich-thuoc-gia.docx",
    async () => patchDeclaredSize(await buildDocx([p("Đã đăng 5 tin bài.")]), "word/document.xml", 0xfffffff0),
    /quá lớn.*zip bomb/,
  ],
  [
    "doctype.docx",
    () =>
      buildDocx([], {
        documentXml: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`,
      }),
    /DOCTYPE\/ENTITY/,
  ],
  [
    "xxe.docx",
    () =>
      buildDocx([], {
        documentXml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&ext;</w:t></w:r></w:p></w:body></w:document>`,
      }),
    /DOCTYPE\/ENTITY/,
  ],
  [
    "mat-khau.docx",
    async () => {
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      return ole;
    },
    /Word cũ \(\.doc\) hoặc \.docx đã đặt mật khẩu/,
  ],
  ["la-pdf.docx", async () => "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n", /tệp là PDF/],
  [
    "la-anh.docx",
    async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    /mang đuôi Word nhưng nội dung không phải văn bản Word/,
  ],
  [
    "cat-doi.docx",
    async () => {
      const whole = await buildDocx([p("Đã đăng 5 tin bài.")]);
      return whole.slice(0, Math.floor(whole.length / 2));
    },
    /bị hỏng/,
  ],
  [
    "crc-sai.docx",
    async () => {
      // Stored, not deflated: the figure's bytes are in the file, and one is changed after its CRC was computed.
      const altered = await buildDocx([p("Đã đăng 242 tin bài.")], { compression: "STORE" });
      altered[Buffer.from(altered).indexOf("242")] = "9".charCodeAt(0);
      return altered;
    },
    /bị hỏng \(mã kiểm tra CRC không khớp\)/,
  ],
  ["nhieu-doan.docx", () => pathologicalDocx("many-paragraphs"), /hơn 50\.000 đoạn văn/],
  ["long-sau.docx", () => pathologicalDocx("deep-nesting"), /lồng nhau sâu hơn 256 cấp/],
  ["rong.docx", async () => new Uint8Array(0), /tệp rỗng/],
  [
    "ansi.txt",
    async () => new Uint8Array([...new TextEncoder().encode("BÁO CÁO quý I năm 2024: "), 0xd0, 0x61, 0x6b, 0x20, 0xd0, 0x6f, 0x61]),
    /UTF-8/,
  ],
  ["qua-nhieu-dong.txt", async () => PATHOLOGICAL_TEXTS.find((t) => t.name === "short-paragraphs")!.text(), /hơn 50\.000 dòng/],
  ["qua-dai.txt", async () => "a".repeat(2_100_000), /văn bản quá dài/],
];

describe("npm run extract on hostile files", () => {
  it.each(refused)("%s: refused with a Vietnamese message, exit 1, nothing printed", async (name, make, message) => {
    const r = await extract(save(name, await make()));
    expect(r.status).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(new RegExp(`^Không đọc được "${name.replace(/\./g, "\\.")}": `));
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/Lỗi không mong đợi|\n\s+at /);
  });

  it("a file larger than the limit is refused from its size, before it is read", async () => {
    const file = join(dir, "lon.docx");
    writeFileSync(file, "");
    execFileSync("truncate", ["-s", "31M", file]);
    const r = await extract(file);
    expect([r.status, r.out]).toEqual([1, ""]);
    expect(r.err).toMatch(/tệp quá lớn \(31,0 MB, giới hạn 30 MB\)/);
  });

  it("a directory, a FIFO and a device are refused at once, without reading them", async () => {
    const sub = join(dir, "thu-muc.docx");
    mkdirSync(sub);
    const fifo = join(dir, "ong.txt");
    execFileSync("mkfifo", [fifo]);
    for (const [file, message] of [
      [sub, /đây là thư mục/],
      [fifo, /không phải một tệp thông thường/],
      ["/dev/zero", /không phải một tệp thông thường/],
    ] as const) {
      const r = await extract(file);
      expect([r.status, r.out]).toEqual([1, ""]);
      expect(r.err).toMatch(message);
    }
  });

  it("an entry named outside the package (path traversal) is never written anywhere; the report is read", async () => {
    const bytes = await buildDocx([p("Trong quý I năm 2024, Trang đăng 128 tin, bài.")], { extra: { "../../thoat-ra.txt": "x" } });
    const before = readdirSync(dir);
    const r = await extract(save("duong-dan.docx", bytes));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ metrics: { tin_bai: { value: 128 } } });
    expect(readdirSync(dir).sort()).toEqual([...before, "duong-dan.docx"].sort());
    expect(existsSync(join(dir, "..", "..", "thoat-ra.txt"))).toBe(false);
  });

  it("a sentence past the reader's caps is read no further, said in a warning; output stays proportional", async () => {
    const figures = Array.from({ length: 30 }, (_, i) => `${i + 1} thông báo`).join(", ");
    const text = `BÁO CÁO\nKết quả quý I năm 2024\nTrong quý I năm 2024, Trang nhận ${figures}. Trang đăng 128 tin, bài.\n${"Đã đăng 5 tin bài ".repeat(400)}\n`;
    const r = await extract(save("tran.txt", text));
    expect(r.status).toBe(0);
    const json = JSON.parse(r.out) as {
      metrics: Record<string, { value: number; sentence: number }>;
      unmapped: unknown[];
      sentences: string[];
      warnings: string[];
    };
    expect(json.metrics.tin_bai).toMatchObject({ value: 128 });
    expect(json.sentences[json.metrics.tin_bai!.sentence]).toBe("Trang đăng 128 tin, bài.");
    expect(
      json.warnings.some((w) => /^Câu bắt đầu "Đã đăng 5 tin bài .*" dài 7\.199 ký tự \(quá 3\.000\) nên không được đọc số liệu/.test(w)),
    ).toBe(true);
    // Thirty figures of one sentence name it by index; its text is among the sentences once, and the whole output
    // is a few times the text, not thirty.
    expect(json.unmapped.length).toBe(30);
    expect(json.sentences.filter((s) => s.includes("29 thông báo, 30 thông báo"))).toHaveLength(1);
    expect(r.out.length).toBeLessThan(5 * text.length);
  });
});
