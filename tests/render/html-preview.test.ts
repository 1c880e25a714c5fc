import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseReportData } from "../../src/sources/data-file";
import { buildReport } from "../../src/domain/build-report";
import type { ReportData } from "../../src/domain/report-data";
import { escapeHtml, reportPreviewDocument, reportPreviewHtml } from "../../src/render/html-preview";

const EXAMPLE = path.resolve(__dirname, "../../examples/dak-doa-6-thang-2021.json");

function exampleData(change: (d: Record<string, any>) => void = () => undefined): ReportData {
  // `any`: the test edits the JSON freely; parseReportData validates what comes out.
  const raw = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, any>;
  change(raw);
  const parsed = parseReportData(JSON.stringify(raw));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
}

/** The text a reader sees: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("report preview HTML", () => {
  const model = buildReport(exampleData());
  const html = reportPreviewHtml(model);
  const text = visibleText(html);

  test("shows every block of the model, once, in order, tagged as in Word", () => {
    const tags = [...html.matchAll(/data-tag="([^"]+)"/g)].map((m) => m[1]);
    expect(tags).toEqual(model.blocks.map((b) => b.tag));
  });

  test("the header has both columns: issuer, number, national title, motto, place and date", () => {
    for (const s of [
      "UBND HUYỆN ĐAK ĐOA",
      "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ",
      "Số: 01/BC-BBT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đak Đoa, ngày 29 tháng 7 năm 2021",
    ]) {
      expect(text).toContain(s);
    }
    expect(html).toMatch(/<td class="left">.*UBND HUYỆN ĐAK ĐOA.*<\/td><td class="right">.*CỘNG HÒA/);
  });

  test("numbered headings and the statistics sentences carry the figures as the document will", () => {
    expect(text).toContain("I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2021");
    expect(text).toContain("II. ĐÁNH GIÁ CHUNG");
    expect(text).toContain("9.933");
    expect(text).toContain("96.811");
    expect(html).toContain('<h2 class="p-h1">');
  });

  test("the contributor table has month columns, group rows, empty cells for zero and the grand total", () => {
    const table = /<table class="contributors">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    expect(table).toContain('<th scope="col">Tháng 6</th>');
    expect(table).toContain("CÁC ĐƠN VỊ CỘNG TÁC GỬI TIN BÀI");
    // Phòng Dân tộc sent nothing: its month cells are empty and its total is 0.
    expect(table).toMatch(/<td>13<\/td><td class="name">Phòng Dân tộc<\/td>(<td><\/td>){6}<td>0<\/td>/);
    const total = /<tr class="total">(.*?)<\/tr>/.exec(table)?.[1] ?? "";
    // Column sums worked out here from the raw file, not taken from the engine.
    const raw = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { contributors: Array<{ rows: Array<{ months: number[] }> }> };
    const months = [0, 1, 2, 3, 4, 5].map((i) => raw.contributors.flatMap((g) => g.rows).reduce((s, r) => s + (r.months[i] ?? 0), 0));
    const grand = months.reduce((s, v) => s + v, 0);
    expect(visibleText(total).trim()).toBe(
      `Tổng cộng ${months.map((m) => (m === 0 ? "" : String(m))).join(" ")} ${grand}`.replace(/\s+/g, " "),
    );
    expect(grand).toBe(242);
  });

  test("the signature block lists recipients and the signer", () => {
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- Lưu: VT, BBT.");
    expect(text).toContain("KT. TRƯỞNG BAN");
    expect(text).toContain("Kiều Thu Hương");
  });

  test("the appendix starts a new page", () => {
    expect(html.indexOf('</div><div class="page')).toBeLessThan(html.indexOf('data-tag="soanbaocao:phu-luc"'));
    expect(html.indexOf('</div><div class="page')).toBeGreaterThan(html.indexOf('data-tag="soanbaocao:signature"'));
  });

  test("text from the data is escaped: markup in a name stays text", () => {
    const hostile = buildReport(
      exampleData((d) => {
        d.unit.site = 'Trang <img src=x onerror="alert(1)"> & "tin" \'điện tử\'';
        d.contributors[0].rows[0].name = "<script>alert(1)</script>";
        d.unit.signer.name = "A&B <b>";
      }),
    );
    const out = reportPreviewDocument(hostile);
    expect(out).not.toMatch(/<img|<script|<b>/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("Trang &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;tin&quot; &#39;điện tử&#39;");
    expect(visibleText(out)).toContain("A&B <b>");
  });

  test("escapeHtml covers the five specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  test("a whole document with its language and styles for the preview frame", () => {
    const doc = reportPreviewDocument(model, "en");
    expect(doc.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(doc).toContain("Times New Roman");
  });
});
