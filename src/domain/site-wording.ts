import type { Period } from "./period";
import { duringPeriod } from "./period";
import { formatCount, formatQualified } from "./vietnamese-number";
import { joinVietnamese } from "./text";
import { reportedCounts, sitesNotReported, sitesWithoutArticles, type SiteSum, type SiteTable } from "./site-table";

// The sentences of the component sites' section, from the roll-up's table and sums. The wording is ours; the
// figures follow ND30 (thousands with ".", small counts with two digits).

export const SITES_NOUN = "trang thông tin điện tử thành phần";

/** What a site did with a figure: "đăng tải 7.620 tin, bài", "thu hút … lượt truy cập". */
const VERBS: Record<string, string> = {
  tin_bai: "đăng tải",
  anh: "đăng tải",
  video: "đăng tải",
  du_thao: "đăng tải",
  van_ban: "cập nhật",
  van_ban_chi_dao: "cập nhật",
  van_ban_qppl: "cập nhật",
  lich_cong_tac: "cập nhật",
  chuyen_muc: "mở",
  banner: "thiết kế, cập nhật",
  hoi_dap: "có",
  tthc: "công khai",
  luot_truy_cap: "thu hút",
};

function figure(sum: SiteSum, reported: number): string {
  // A sum over fewer sites than reported says so: it is not the figure of all of them.
  const partial = sum.sites < reported ? ` (số liệu của ${formatCount(sum.sites)}/${formatCount(reported)} trang)` : "";
  return `${formatQualified(sum.value, sum.qualifier)} ${sum.noun}${partial}`;
}

/** Figures with the same verb read as one list: "đăng tải 7.620 tin, bài, 3.100 ảnh và 120 video". */
function clauses(sums: readonly SiteSum[], reported: number): string[] {
  const out: Array<{ verb: string; items: string[] }> = [];
  for (const s of sums) {
    if (s.key === "luot_truy_cap_luy_ke") continue;
    const verb = VERBS[s.key] ?? "có";
    const last = out[out.length - 1];
    if (last?.verb === verb) last.items.push(figure(s, reported));
    else out.push({ verb, items: [figure(s, reported)] });
  }
  const text = out.map((c) => `${c.verb} ${joinVietnamese(c.items)}`);
  const cumulative = sums.find((s) => s.key === "luot_truy_cap_luy_ke");
  if (cumulative) text.push(`tổng số lượt truy cập lũy kế đạt ${figure({ ...cumulative, noun: "lượt" }, reported)}`);
  return text;
}

export interface SiteSentences {
  /** How many sites reported, and what they did: one paragraph. */
  summary: string;
  /** The reporting sites with no article. */
  withoutArticles: string;
  /** The listed sites that have not reported; null without a list (no one to name). */
  notReported: string | null;
}

/** `appendix` is how the text points at the table ("Phụ lục", "Phụ lục II"). */
export function siteSentences(period: Period, table: SiteTable, sums: readonly SiteSum[], appendix: string): SiteSentences {
  const during = duringPeriod(period);
  const { all: reported, listed, expected } = reportedCounts(table);
  const unlisted = reported - listed;
  const count =
    expected === null
      ? formatCount(reported)
      : `${formatCount(listed)}/${formatCount(expected)}${unlisted ? ` (và ${formatCount(unlisted)} trang ngoài danh sách)` : ""}`;
  let summary: string;
  if (reported === 0) {
    summary = `${during}, chưa có ${SITES_NOUN} nào gửi báo cáo.`;
  } else {
    summary = `${during}, có ${count} ${SITES_NOUN} gửi báo cáo.`;
    const parts = clauses(sums, reported);
    // The pointer to the table is a sentence of its own: a figure's "(số liệu của …)" may end the list.
    if (parts.length) summary += ` Các trang đã ${parts.join("; ")}. Số liệu từng trang tại ${appendix}.`;
  }

  const none = sitesWithoutArticles(table);
  const withoutArticles =
    reported === 0
      ? `- Chưa có số liệu tin, bài của các ${SITES_NOUN}.`
      : none.length
        ? `- Còn ${formatCount(none.length)} trang chưa có tin, bài nào ${lowerFirst(during)}: ${joinVietnamese(none)}.`
        : `- Các trang đã báo cáo số tin, bài đều có tin, bài mới ${lowerFirst(during)}.`;

  let notReported: string | null = null;
  if (expected !== null) {
    const missing = sitesNotReported(table);
    notReported = missing.length
      ? `- Còn ${formatCount(missing.length)} trang chưa gửi báo cáo: ${joinVietnamese(missing)}.`
      : `- Tất cả ${formatCount(expected)} ${SITES_NOUN} đã gửi báo cáo.`;
  }
  return { summary, withoutArticles, notReported };
}

/** "Trong 6 tháng đầu năm 2026" inside a sentence: "trong 6 tháng đầu năm 2026". */
function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1);
}
