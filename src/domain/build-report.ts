import type { ReportData } from "./report-data";
import {
  OWN_HEADING_ID_PREFIX,
  TAG_PREFIX,
  paragraph,
  type Block,
  type BlockContent,
  type BlockKind,
  type HeadingLevel,
  type ParagraphModel,
  type ReportModel,
} from "./report-model";
import { buildContributorTable, monthHeading, needsLandscape, unitsWithoutArticles, type ContributorTable } from "./contributor-table";
import { buildStatistics, statisticsWarnings } from "./statistics";
import { metricValue, toMetricFigure } from "./metrics";
import { budgetSentences, budgetWarnings } from "./budget";
import { narrativeOf } from "./narrative";
import { formatNumber } from "./numbering";
import { duringPeriod, nextPeriod, periodBounds, periodLabel, summaryLine } from "./period";
import { formatPlaceDate, formatShortDate, parseIsoDate } from "./vietnamese-date";
import {
  addresseeLines,
  archiveLine,
  authorityLine,
  documentSymbol,
  MOTTO,
  NATIONAL_TITLE,
  numberLine,
  PARTY_TITLE,
  type DocumentFormat,
} from "./document-format";
import { joinVietnamese, sentenceCase, upper } from "./text";
import { buildSiteTable, siteSums, siteTableNeedsLandscape, type SiteTable } from "./site-table";
import { SITES_NOUN, siteSentences } from "./site-wording";
import { formatCount, formatInteger } from "./vietnamese-number";

export { MOTTO, NATIONAL_TITLE } from "./document-format";

export function formatOf(data: ReportData): DocumentFormat {
  return data.unit.format ?? "nd30";
}

/** "01/BC-BBT" (ND30) or "12-BC/BTGDVTU" (HD 36); the number blank when the clerk assigns it at registration. */
export function reportSymbol(data: ReportData): string {
  return documentSymbol(formatOf(data), data.report.number, data.unit.abbreviation);
}

/** The issuer as it reads inside a sentence: "Ban biên tập trang thông tin điện tử". */
export function issuerInText(data: ReportData): string {
  return sentenceCase(data.unit.name);
}

function recipientLines(data: ReportData): string[] {
  const clean = (s: string) =>
    s
      .trim()
      .replace(/^[-–•+]\s*/, "")
      .replace(/[;.,]+$/, "");
  const archive = data.unit.archive ? clean(data.unit.archive) : "VT";
  // ND30 (Phụ lục I, Nơi nhận): a report with "Kính gửi" lists its addressees first as "- Như trên;".
  const asAbove = data.report.to?.length ? ["- Như trên;"] : [];
  const others = data.unit.recipients.map(clean).filter((r) => !/^như trên$/iu.test(r));
  return [...asAbove, ...others.map((r) => `- ${r};`), archiveLine(formatOf(data), archive)];
}

class BlockList {
  readonly blocks: Block[] = [];
  private counters = [0, 0, 0];
  part: Block["part"] = "body";

  add(id: string, kind: BlockKind, title: string, content: BlockContent, heading?: Block["heading"]): void {
    this.blocks.push({ tag: TAG_PREFIX + id, kind, title, part: this.part, content, ...(heading ? { heading } : {}) });
  }

  paragraphs(id: string, kind: BlockKind, title: string, paragraphs: ParagraphModel[]): void {
    this.add(id, kind, title, { kind: "paragraphs", paragraphs });
  }

  /** Numbers follow the headings actually present, so an absent section never leaves a gap. */
  heading(id: string, level: 1 | 2, text: string): void {
    this.counters[level - 1]! += 1;
    for (let deeper = level; deeper < this.counters.length; deeper++) this.counters[deeper] = 0;
    this.blocks.push({ ...headingBlock(id, level, text, this.counters.slice(0, level)), part: this.part });
  }
}

const HEADING_ROLES = { 1: "heading1", 2: "heading2", 3: "heading3" } as const;

/**
 * A numbered heading block. `path` gives its number within the report ([2] → "II.", [2, 1] → "2.1."); a heading
 * inserted on its own into a document is renumbered there to follow the headings above it.
 */
export function headingBlock(
  id: string,
  level: HeadingLevel,
  text: string,
  path: readonly number[] = new Array<number>(level).fill(1),
): Block {
  const number = formatNumber(path);
  const words = level === 1 ? upper(text) : text;
  return {
    tag: `${TAG_PREFIX}heading:${id}`,
    kind: "heading",
    // The title is what Word shows on the control and the pane on its button: the heading itself, not "Đề mục 1.".
    title: `Đề mục ${number} ${text}`,
    part: "body",
    content: { kind: "paragraphs", paragraphs: [paragraph(HEADING_ROLES[level], `${number} ${words}`)] },
    heading: { level, words },
  };
}

/** A heading in the secretary's own words; `suffix` makes its tag unique in the document. */
export function ownHeadingBlock(suffix: string, level: HeadingLevel, words: string): Block {
  return headingBlock(`${OWN_HEADING_ID_PREFIX}${suffix}`, level, words.trim());
}

/** "Số liệu: tin, bài; ảnh; video": the figures a statistics block states, by their nouns, never their keys. */
function statTitle(data: ReportData, keys: readonly string[]): string {
  return `Số liệu: ${keys.map((k) => toMetricFigure(k, data.metrics[k] ?? 0).noun).join("; ")}`;
}

const bullets = (lines: readonly string[]) => lines.map((l) => paragraph("bullet", `- ${l.replace(/^[-–•+]\s*/, "")}`));

export function buildReport(data: ReportData): ReportModel {
  const period = data.period;
  const next = nextPeriod(period);
  const periodText = periodLabel(period);
  const nextText = periodLabel(next);
  const site = data.unit.site;
  const issuer = issuerInText(data);
  const date = parseIsoDate(data.report.date)!;
  const table: ContributorTable | null = data.contributors?.length ? buildContributorTable(period, data.contributors) : null;
  const sites: SiteTable | null = data.sites ? buildSiteTable(data.sites) : null;
  // One appendix is "Phụ lục"; with both tables, the contributors' is I and the sites' II.
  const appendixNames = table && sites ? { contributors: "Phụ lục I", sites: "Phụ lục II" } : { contributors: "Phụ lục", sites: "Phụ lục" };
  const warnings = [
    ...statisticsWarnings(data),
    ...budgetWarnings(data),
    ...tableWarnings(data, table),
    ...dateWarnings(data),
    ...siteWarnings(data),
  ];
  const list = new BlockList();

  const format = formatOf(data);
  list.add("header", "header", "Tiêu đề văn bản", {
    kind: "header",
    format,
    ...(data.unit.governingBody ? { governingBody: upper(data.unit.governingBody) } : {}),
    issuer: upper(data.unit.name),
    numberLine: numberLine(format, data.report.number, data.unit.abbreviation),
    nationalTitle: format === "hd36" ? PARTY_TITLE : NATIONAL_TITLE,
    ...(format === "hd36" ? {} : { motto: MOTTO }),
    placeDate: formatPlaceDate(data.unit.place, date),
  });
  list.paragraphs("title", "title", "Tên loại và trích yếu", [
    // HD 36 (Phụ lục 3, 5): the document type 15–16 pt — 16 chosen; ND30's is 13–14 (14).
    paragraph(format === "hd36" ? "doc-type-party" : "doc-type", "BÁO CÁO"),
    paragraph("summary", summaryLine(site, period)),
  ]);
  if (data.report.to?.length) {
    list.paragraphs(
      "kinh-gui",
      "addressee",
      "Kính gửi",
      addresseeLines(data.report.to).map((l) => paragraph("addressee", l)),
    );
  }
  const basis = data.text?.basis ?? [];
  const lead = basis.length ? `Căn cứ ${basis.join("; căn cứ ")}, ` : "Thực hiện chức năng, nhiệm vụ được giao, ";
  const opening =
    data.text?.opening ??
    `${lead}${issuer} báo cáo kết quả hoạt động của ${site} ${periodText} và phương hướng, nhiệm vụ ${nextText} như sau:`;
  list.paragraphs("opening", "opening", "Mở đầu", [paragraph("body", opening)]);

  // I. Results
  list.heading("ket-qua", 1, `Kết quả hoạt động ${periodText}`);
  const stats = buildStatistics(data, table ? { tin_bai: table.grandTotal } : {});
  const contentStats = stats.filter((s) => s.id !== "luot_truy_cap");
  const visits = stats.find((s) => s.id === "luot_truy_cap");
  if (contentStats.length) {
    list.heading("ket-qua.thong-tin", 2, "Công tác cập nhật thông tin");
    for (const s of contentStats) list.paragraphs(`stat:${s.id}`, "stat", statTitle(data, s.keys), [paragraph("body", s.text)]);
  }
  if (visits) {
    list.heading("ket-qua.truy-cap", 2, "Lượt truy cập");
    list.paragraphs(`stat:${visits.id}`, "stat", statTitle(data, visits.keys), [paragraph("body", visits.text)]);
  }
  const budget = budgetSentences(data);
  if (budget) {
    list.heading("ket-qua.kinh-phi", 2, "Kinh phí hoạt động");
    list.paragraphs("budget", "budget", "Kinh phí", [paragraph("body", budget)]);
  }
  if (sites) {
    // Present from the first insertion, even before any site has reported, so a refresh fills it in place.
    const text = siteSentences(period, sites, siteSums(data.sites?.reports ?? []), appendixNames.sites);
    list.heading("ket-qua.trang-thanh-phan", 2, `Hoạt động của các ${SITES_NOUN}`);
    list.paragraphs("trang-thanh-phan:tong-hop", "stat", "Tổng hợp số liệu các trang thành phần", [paragraph("body", text.summary)]);
    list.paragraphs("trang-thanh-phan:khong-tin-bai", "stat", "Trang thành phần chưa có tin, bài", [
      paragraph("bullet", text.withoutArticles),
    ]);
    if (text.notReported) {
      list.paragraphs("trang-thanh-phan:chua-bao-cao", "stat", "Trang thành phần chưa gửi báo cáo", [
        paragraph("bullet", text.notReported),
      ]);
    }
  }

  // II. Assessment
  const narrative = narrativeOf(data, { site, period: periodText, next: nextText });
  list.heading("danh-gia", 1, "Đánh giá chung");
  list.heading("danh-gia.uu-diem", 2, "Ưu điểm");
  list.paragraphs("text:uu-diem", "text", "Ưu điểm", bullets(narrative.advantages));
  list.heading("danh-gia.han-che", 2, "Hạn chế");
  list.paragraphs("text:han-che", "text", "Hạn chế", bullets(narrative.limitations));
  if (table) {
    const none = unitsWithoutArticles(table);
    const text = none.length
      ? `- ${duringPeriod(period)}, còn ${formatCount(none.length)} đơn vị chưa có tin, bài: ${joinVietnamese(none)} (chi tiết tại ${detailOf(appendixNames.contributors)}).`
      : `- ${duringPeriod(period)}, tất cả các đơn vị trong danh sách đều có tin, bài (chi tiết tại ${detailOf(appendixNames.contributors)}).`;
    list.paragraphs("khong-tin-bai", "stat", "Đơn vị chưa có tin, bài", [paragraph("bullet", text)]);
  }

  // III. Tasks, IV. Proposals
  list.heading("nhiem-vu", 1, `Phương hướng, nhiệm vụ ${nextText}`);
  list.paragraphs("text:nhiem-vu", "text", "Phương hướng, nhiệm vụ", bullets(narrative.tasks));
  if (narrative.proposals.length) {
    list.heading("kien-nghi", 1, "Kiến nghị, đề xuất");
    list.paragraphs("text:kien-nghi", "text", "Kiến nghị, đề xuất", bullets(narrative.proposals));
  }

  list.paragraphs("closing", "closing", "Kết thúc", [
    paragraph(
      "closing",
      `Trên đây là báo cáo kết quả hoạt động ${site} ${periodText} và phương hướng, nhiệm vụ ${nextText} của ${issuer}./.`,
    ),
  ]);
  list.add("signature", "signature", "Nơi nhận và chữ ký", {
    kind: "signature",
    format,
    recipientsHeading: "Nơi nhận:",
    recipientLines: recipientLines(data),
    ...(data.unit.signer.authority ? { authority: upper(authorityLine(format, data.unit.signer.authority)) } : {}),
    title: upper(data.unit.signer.title),
    name: data.unit.signer.name,
  });

  const reference = `(Kèm theo Báo cáo số ${reportSymbol(data)} ngày ${formatShortDate(date)} của ${issuer})`;
  if (table) {
    list.part = "appendix";
    list.paragraphs("phu-luc", "appendix", appendixNames.contributors, [
      paragraph("appendix-title", upper(appendixNames.contributors)),
      paragraph("appendix-caption", upper(`Số lượng tin, bài của các đơn vị đăng trên ${site} ${periodText}`)),
      paragraph("appendix-reference", reference),
    ]);
    list.add("contributors", "contributors", "Bảng số lượng tin, bài", {
      kind: "contributor-table",
      table,
      headings: ["STT", "Tên đơn vị", ...table.months.map((m) => monthHeading(m, table.months)), "Tổng cộng"],
    });
  }
  if (sites) {
    list.part = "appendix";
    list.paragraphs("phu-luc-trang-thanh-phan", "appendix", appendixNames.sites, [
      // A second appendix starts a page of its own.
      paragraph(table ? "appendix-title-next" : "appendix-title", upper(appendixNames.sites)),
      paragraph("appendix-caption", upper(`Thống kê hoạt động của các ${SITES_NOUN} ${periodText}`)),
      paragraph("appendix-reference", reference),
    ]);
    list.add("trang-thanh-phan", "sites", "Bảng số liệu các trang thành phần", {
      kind: "site-table",
      table: sites,
      headings: ["STT", "Trang thông tin điện tử thành phần", ...sites.columns.map((c) => c.heading)],
    });
  }

  const landscape = (table ? needsLandscape(table) : false) || (sites ? siteTableNeedsLandscape(sites) : false);
  return { data, blocks: list.blocks, appendixLandscape: landscape, warnings };
}

/** "Phụ lục kèm theo" when there is one appendix, else its number: "Phụ lục I". */
function detailOf(name: string): string {
  return name === "Phụ lục" ? "Phụ lục kèm theo" : name;
}

/** Dates that do not fit the period: usually last period's file copied, or a typo in the year. */
export function dateWarnings(data: ReportData): string[] {
  const out: string[] = [];
  const { first, last } = periodBounds(data.period);
  const ym = (y: number, m: number) => y * 12 + m;
  const date = parseIsoDate(data.report.date);
  if (date && ym(date.year, date.month) < ym(last.year, last.month)) {
    out.push(
      `Ngày báo cáo (${formatShortDate(date)}) ở trước khi ${periodLabel(data.period)} kết thúc — kiểm tra lại ngày hoặc kỳ báo cáo.`,
    );
  }
  const asOf = data.asOf ? parseIsoDate(data.asOf) : null;
  if (asOf && (ym(asOf.year, asOf.month) < ym(first.year, first.month) || ym(asOf.year, asOf.month) > ym(last.year, last.month) + 1)) {
    out.push(`Ngày "số liệu tính đến" (${formatShortDate(asOf)}) nằm ngoài ${periodLabel(data.period)} — kiểm tra lại.`);
  }
  return out;
}

/** The portal's own count of its component sites against its list: the report would state both. */
function siteWarnings(data: ReportData): string[] {
  const stated = metricValue(data.metrics.trang_thanh_phan);
  const listed = data.sites?.expected?.length;
  if (stated === undefined || !listed || stated === listed) return [];
  return [
    `Số trang thành phần (metrics.trang_thanh_phan = ${formatInteger(stated)}) khác số trang trong danh sách sites.expected (${formatInteger(listed)}) — báo cáo sẽ nêu cả hai con số.`,
  ];
}

function tableWarnings(data: ReportData, table: ContributorTable | null): string[] {
  if (!table) return [];
  const warnings: string[] = [];
  const stated = data.metrics.tin_bai;
  const value = metricValue(stated);
  const approximate = typeof stated === "object" && stated.qualifier !== undefined;
  if (value !== undefined && !approximate && value !== table.grandTotal) {
    warnings.push(
      `Tổng số tin, bài trong bảng phụ lục (${formatInteger(table.grandTotal)}) khác số liệu metrics.tin_bai (${formatInteger(value)}) — báo cáo sẽ nêu hai con số khác nhau.`,
    );
  }
  table.groups.forEach((g, gi) => {
    const seen = new Set<string>();
    g.rows.forEach((r, ri) => {
      const key = r.name.toLocaleLowerCase("vi-VN");
      if (seen.has(key)) warnings.push(`Đơn vị "${r.name}" xuất hiện hai lần trong nhóm "${g.name}" (contributors[${gi}].rows[${ri}]).`);
      seen.add(key);
    });
  });
  return warnings;
}
