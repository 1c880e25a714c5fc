import { buildContributorTable } from "../../domain/contributor-table";
import type { Period } from "../../domain/period";
import type { ContributorGroup, ReportData } from "../../domain/report-data";
import { formatInteger, type Qualifier } from "../../domain/vietnamese-number";
import { readContributorTable } from "./appendix-table";
import type { DocumentContent } from "./document-content";
import { readDocx, type DocxReadResult } from "./docx-reader";
import { embeddedMetrics, firstEmbeddedData } from "./embedded-data";
import { readFigures, type UnmappedFigure } from "./figure-reading";
import { PriorReportError } from "./prior-report-error";
import { detectReportPeriod, disagreeingStatements, staleHeadings } from "./report-period";
import { decodeText, readPlainText } from "./text-reader";

// Last period's figures, from last period's file: exactly from a report the add-in made (its embedded data),
// and as a careful reader would from one written by hand.

export interface ExtractedMetric {
  value: number;
  qualifier: Qualifier | null;
  /** The sentence the figure was read from, or "dữ liệu nhúng trong báo cáo". */
  source: string;
  /** The data file's own label for a metric outside the catalogue (embedded data only). */
  label?: string;
}

export interface PriorReportExtract {
  /** "embedded": read back from the add-in's data part; "text": read from the report's wording. */
  origin: "embedded" | "text";
  period: Period | null;
  /** The line the period was read from (hand-written reports). */
  periodSource: string | null;
  metrics: Record<string, ExtractedMetric>;
  prior: { period: Period | null; metrics: Record<string, ExtractedMetric> } | null;
  contributors: ContributorGroup[] | null;
  /** The appendix table's totals, computed from its cells (stated totals that disagree are in `warnings`). */
  contributorTotals: ContributorTotals | null;
  unmapped: UnmappedFigure[];
  /** Things the user should check: inconsistent appendix totals, stale headings, unreadable embedded data. */
  warnings: string[];
  /** The complete validated data, when the report was made by the add-in. */
  data?: ReportData;
}

export interface ContributorTotals {
  /** Month numbers of the columns, in order (1–12). */
  months: number[];
  monthTotals: number[];
  grandTotal: number;
}

export type ExtractResult = { ok: true; report: PriorReportExtract } | { ok: false; message: string };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : "";
}

type FileKind = "docx" | "text";

/**
 * Refuses, in words, the formats a report is often saved in but that cannot be read: an old .doc (or a .docx with a
 * password), PDF, RTF. Any other bytes pass.
 */
export function refuseForeignFormat(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new PriorReportError(
      "tệp là văn bản Word cũ (.doc) hoặc .docx đã đặt mật khẩu — cả hai đều không đọc được. Hãy mở tệp bằng Word, bỏ mật khẩu nếu có (Tệp > Thông tin > Bảo vệ tài liệu), lưu thành .docx rồi chọn lại.",
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new PriorReportError(
      "tệp là PDF — không đọc được số liệu từ PDF. Hãy chọn tệp .docx của báo cáo, hoặc chép nội dung báo cáo vào một tệp .txt.",
    );
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new PriorReportError("tệp là RTF — hãy mở bằng Word và lưu thành .docx rồi chọn lại.");
  }
}

function fileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) throw new PriorReportError("tệp rỗng — hãy chọn tệp báo cáo (.docx hoặc .txt).");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "docx";
  refuseForeignFormat(bytes);
  const ext = extensionOf(fileName);
  if (ext === "txt" || ext === "text") return "text";
  if (["docx", "docm", "dotx", "doc"].includes(ext)) {
    throw new PriorReportError(
      "tệp mang đuôi Word nhưng nội dung không phải văn bản Word (.docx) — có thể tệp bị hỏng hoặc đổi đuôi. Hãy mở bằng Word, lưu lại thành .docx rồi thử lại.",
    );
  }
  throw new PriorReportError("chỉ đọc được báo cáo dạng .docx (Word) hoặc văn bản thuần .txt — hãy chọn đúng tệp báo cáo.");
}

/** Reads the report's wording: period, figures, comparisons, the appendix table. */
export function readHandWritten(content: DocumentContent): PriorReportExtract {
  const detected = detectReportPeriod(content);
  const period = detected?.period ?? null;
  const figures = readFigures(content, period);
  const appendix = readContributorTable(content, period);
  const warnings: string[] = [...figures.warnings];
  if (!detected) warnings.push('Không xác định được kỳ báo cáo (không thấy cụm như "6 tháng đầu năm 2021" ở trích yếu hay tiêu đề).');
  if (period) warnings.push(...staleHeadings(content, period));
  if (detected) warnings.push(...disagreeingStatements(content, detected));
  if (appendix) {
    warnings.push(...appendix.problems);
    const articles = figures.metrics.tin_bai;
    if (articles && !articles.qualifier && articles.value !== appendix.grandTotal) {
      warnings.push(
        `Số tin, bài trong phần kết quả (${formatInteger(articles.value)}) khác tổng của bảng phụ lục (${formatInteger(appendix.grandTotal)}).`,
      );
    }
  }
  return {
    origin: "text",
    period,
    periodSource: detected?.source ?? null,
    metrics: figures.metrics,
    prior: figures.prior,
    contributors: appendix?.contributors ?? null,
    contributorTotals: appendix ? { months: appendix.months, monthTotals: appendix.monthTotals, grandTotal: appendix.grandTotal } : null,
    unmapped: figures.unmapped,
    warnings,
  };
}

/** Validated data (the part embedded in a report we made, or stored in the open document) as an extract. */
export function fromEmbedded(data: ReportData): PriorReportExtract {
  const table = data.contributors ? buildContributorTable(data.period, data.contributors) : null;
  return {
    origin: "embedded",
    period: data.period,
    periodSource: null,
    metrics: embeddedMetrics(data.metrics),
    prior: data.prior ? { period: data.prior.period, metrics: embeddedMetrics(data.prior.metrics) } : null,
    contributors: data.contributors ?? null,
    contributorTotals: table
      ? { months: table.months.map((m) => m.month), monthTotals: table.monthTotals, grandTotal: table.grandTotal }
      : null,
    unmapped: [],
    warnings: [],
    data,
  };
}

/** A report file's paragraphs and tables (and, in a .docx, the add-in's data parts), by the same safe readers. */
export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<DocxReadResult> {
  if (fileKind(bytes, fileName) === "text") return { content: readPlainText(decodeText(bytes)), dataParts: [] };
  return readDocx(bytes);
}

async function extract(bytes: Uint8Array, fileName: string): Promise<PriorReportExtract> {
  const docx = await readReportFile(bytes, fileName);
  if (docx.dataParts.length === 0) return readHandWritten(docx.content);
  const read = firstEmbeddedData(docx.dataParts);
  if (read.ok) return fromEmbedded(read.data);
  const report = readHandWritten(docx.content);
  // A report made by the add-in whose data part is damaged is still read, from its wording, and says so.
  report.warnings.unshift(
    ...read.problems.map((p) => `Báo cáo có dữ liệu nhúng của Soạn báo cáo nhưng ${p} Số liệu dưới đây được đọc từ nội dung văn bản.`),
  );
  return report;
}

/** Reads a prior report (.docx or .txt). Never throws: failures come back as a Vietnamese message. */
export async function extractPriorReport(bytes: Uint8Array, fileName: string): Promise<ExtractResult> {
  try {
    return { ok: true, report: await extract(bytes, fileName) };
  } catch (err) {
    if (err instanceof PriorReportError) return { ok: false, message: err.message };
    return { ok: false, message: "tệp không đọc được (có thể bị hỏng) — mở bằng Word, lưu lại thành .docx rồi thử lại." };
  }
}

/** A figure in the printed JSON: its sentence given by its place in `sentences`. */
type JsonFigure<T extends { source: string }> = Omit<T, "source"> & { sentence: number };

/** The JSON the CLI prints: the extract without the full embedded data. */
export interface PriorReportJson extends Omit<PriorReportExtract, "data" | "metrics" | "prior" | "unmapped"> {
  metrics: Record<string, JsonFigure<ExtractedMetric>>;
  prior: { period: Period | null; metrics: Record<string, JsonFigure<ExtractedMetric>> } | null;
  unmapped: Array<JsonFigure<UnmappedFigure>>;
  /** Each sentence a figure was read from, once: a sentence with many figures is not repeated for each. */
  sentences: string[];
}

/**
 * The extract as the CLI prints it. Figures name their sentence by index, so the output stays proportional to
 * what was read (a 3,000-character sentence with 40 figures printed once, not 40 times).
 */
export function extractToJson(report: PriorReportExtract): PriorReportJson {
  const sentences: string[] = [];
  const index = new Map<string, number>();
  const ref = <T extends { source: string }>({ source, ...rest }: T): JsonFigure<T> => {
    let i = index.get(source);
    if (i === undefined) {
      i = sentences.push(source) - 1;
      index.set(source, i);
    }
    return { ...rest, sentence: i } as JsonFigure<T>;
  };
  const metrics = (m: Record<string, ExtractedMetric>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, ref(v)]));
  const { data: _data, ...rest } = report;
  void _data;
  return {
    ...rest,
    metrics: metrics(report.metrics),
    prior: report.prior ? { period: report.prior.period, metrics: metrics(report.prior.metrics) } : null,
    unmapped: report.unmapped.map(ref),
    sentences,
  };
}
