import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { buildReport } from "../src/domain/build-report";
import { buildDocx } from "../src/render/docx-package";
import type { ReportData } from "../src/domain/report-data";
import { contributorColumnWidths } from "../src/render/blocks";
import { LANDSCAPE } from "../src/render/page-layout";
import { formatInteger } from "../src/domain/vietnamese-number";
import { buildContributorTable, monthHeading } from "../src/domain/contributor-table";

// Our engine against the `docx` npm package on the same contributor table, in the same process.

export async function ourReport(data: ReportData): Promise<Uint8Array> {
  return buildDocx(buildReport(data));
}

/** The same contributor table (header, group rows, rows, totals) as a docx-package document. */
export async function docxPackageTable(data: ReportData): Promise<Uint8Array> {
  const table = buildContributorTable(data.period, data.contributors ?? []);
  const widths = contributorColumnWidths(table.months.length, LANDSCAPE);
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text, bold, font: "Times New Roman", size: 26 })],
        }),
      ],
    });
  const rowOf = (values: string[], bold = false, header = false) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: values.map((v, i) => cell(v, i, bold)) });
  const month = (v: number) => (v === 0 ? "" : formatInteger(v));
  const rows = [rowOf(["STT", "Tên đơn vị", ...table.months.map((m) => monthHeading(m, table.months)), "Tổng cộng"], true, true)];
  for (const g of table.groups) {
    rows.push(rowOf([g.numeral, g.name, ...g.monthTotals.map(() => ""), ""], true));
    for (const r of g.rows) rows.push(rowOf([String(r.stt), r.name, ...r.months.map(month), formatInteger(r.total)]));
  }
  rows.push(rowOf(["", "Tổng cộng", ...table.monthTotals.map(month), formatInteger(table.grandTotal)], true));
  const doc = new Document({ sections: [{ children: [new Table({ rows, columnWidths: widths })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface Timing {
  medianMs: number;
  minMs: number;
  bytes: number;
}

export async function time(fn: () => Promise<Uint8Array>, runs: number, warmup = 3): Promise<Timing> {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = (await fn()).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    bytes = (await fn()).length;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, bytes };
}
