import JSZip from "jszip";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { parseReportData } from "../../src/sources/data-file";

// A report the engine generates (xã Ia Grai, 6 tháng đầu năm 2026), edited the way copied reports go wrong: each
// edit puts in one error of one class. Tests of the checker (CLI, Word double, pane) assert exactly these.

export interface SeededError {
  rule: string;
  /** Text in word/document.xml before and after the edit (each must occur exactly once). */
  from: string;
  to: string;
  /** What the finding names as found. */
  found: string;
}

export const SEEDED_ERRORS: readonly SeededError[] = [
  {
    rule: "outdated-reference",
    from: "<w:t>UBND XÃ IA GRAI</w:t>",
    to: "<w:t>UBND HUYỆN IA GRAI</w:t>",
    found: "UBND HUYỆN",
  },
  {
    rule: "stale-period",
    from: "Trong 6 tháng đầu năm 2026, Trang thông tin điện tử xã Ia Grai đã thu hút",
    to: "Trong 6 tháng đầu năm 2025, Trang thông tin điện tử xã Ia Grai đã thu hút",
    found: "6 tháng đầu năm 2025",
  },
  { rule: "number-format", from: "thu hút 48.530 lượt truy cập", to: "thu hút 48,530 lượt truy cập", found: "48,530" },
  { rule: "heading-numbering", from: "<w:t>II. ĐÁNH GIÁ CHUNG</w:t>", to: "<w:t>I. ĐÁNH GIÁ CHUNG</w:t>", found: "I." },
  // The appendix table is written in the default namespace (no "w:" prefix).
  { rule: "table-arithmetic", from: "<t>48</t></r></p></tc></tr>", to: "<t>49</t></r></p></tc></tr>", found: "49" },
  {
    rule: "stt-sequence",
    from: '<t>6</t></r></p></tc><tc><p><pPr><pStyle w:val="SbcTableTextLeft"/></pPr><r><t>Ban Chỉ huy',
    to: '<t>7</t></r></p></tc><tc><p><pPr><pStyle w:val="SbcTableTextLeft"/></pPr><r><t>Ban Chỉ huy',
    found: "7",
  },
];

export function iaGraiData() {
  const parsed = parseReportData(readFileSync(path.resolve(__dirname, "../../examples/xa-ia-grai-6-thang-2026.json"), "utf8"));
  if (!parsed.ok) throw new Error("the example must be valid");
  return parsed.data;
}

/** The generated report with every seeded error (or the ones given) put in. */
export async function editedReport(errors: readonly SeededError[] = SEEDED_ERRORS): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(buildReport(iaGraiData())));
  let xml = await zip.file("word/document.xml")!.async("string");
  for (const e of errors) {
    const count = xml.split(e.from).length - 1;
    if (count !== 1) throw new Error(`"${e.from}" occurs ${count} times in the generated report`);
    xml = xml.replace(e.from, e.to);
  }
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
