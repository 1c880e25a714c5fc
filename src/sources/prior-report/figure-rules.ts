import type { KnownMetricKey } from "../../domain/metrics";
import {
  periodContains,
  periodLabel,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
  type Period,
  type YearMonth,
} from "../../domain/period";
import { matchMetricNoun } from "./metric-nouns";

// What a figure whose metric is known turns out to be, decided by small named rules in order: the first that has a
// verdict decides. Each rule reads only the words around the figure (figure-reading.ts gathers them); a rule that
// says "nothing" gives the reason the secretary sees beside the unmapped figure. Order matters where two could
// apply: a target in the tasks section is a target before it is anything else; a peak is a peak before it is a
// part; the period a clause names is judged after the words that make a figure somebody else's.

export interface ReadingContext {
  period: Period | null;
  /** In the tasks section ("phương hướng, nhiệm vụ"): figures there are targets. */
  planning: boolean;
  /** In a section about the component sites. */
  componentSites: boolean;
}

/** The period the figure's clause or sentence says it belongs to. */
export interface FigureScope {
  period: Period | null;
  multiYear: boolean;
  text: string;
  /** Named in the figure's own clause ("(năm 2018 có …)", "; năm 2020 có …"), not only at the sentence's start. */
  local?: true;
}

export interface FigureInContext {
  sentence: string;
  /** Where the number starts in the sentence. */
  start: number;
  key: KnownMetricKey;
  /** The metric noun follows the number ("242 tin, bài"), rather than preceding it. */
  hasNounAfter: boolean;
  /** The words since the previous figure (at most NEAR characters). */
  leadIn: string;
  /** leadIn, reaching back over a connector to the previous figure's words ("1.225 tin, bài và 2.310 ảnh"). */
  lead: string;
  /** The clause before the number (since ";", at most 2 × NEAR characters). */
  clausePrefix: string;
  /** The words after the metric noun, up to the next figure. */
  nounTail: string;
  scope: FigureScope | null;
  /** The keys this sentence has already given a value for, before this figure. */
  keysBefore: ReadonlySet<KnownMetricKey>;
  /** "nâng tổng số lượt truy cập lên …", "hiện nay": a running total. */
  cumulativeHint: boolean;
  /** "… trong kỳ đạt …": the period's own total. */
  inPeriodHint: boolean;
  ctx: ReadingContext;
}

export type Verdict =
  | { take: "value"; key: KnownMetricKey; weak: boolean }
  | { take: "prior"; key: KnownMetricKey; target: Period; targetText: string }
  | { take: "nothing"; reason: string }
  /** Visits up to a date in the period: the running total if the report gives the period's own count apart. */
  | { take: "running-if-apart"; reason: string }
  /** The figure is another key's (visits: the running total); the next rules judge it as that. */
  | { take: "rekey"; key: KnownMetricKey };

export interface FigureRule {
  name: string;
  judge(f: FigureInContext): Verdict | null;
}

/** How far back (in characters) a sentence is read for a platform or a cut-off date that covers it. */
const WIDE = 800;

const SOCIAL = /facebook|zalo|youtube|fanpage|tiktok|mạng\s+xã\s+hội/iu;
const NOT_POSTED =
  /(?:^|[\s,(])(gỡ\s+bỏ|bãi\s+bỏ|loại\s+bỏ|xóa|xoá|hủy|huỷ|từ\s+chối|trả\s+lại|biên\s+dịch|dịch|không\s+duyệt)\s*(?:được\s*)?$/iu;
const TRANSLATED = /dịch\s+sang|sang\s+tiếng|bản\s+dịch|song\s+ngữ/iu;
export const AVERAGE = /trung\s+bình|bình\s+quân|mỗi\s+(?:tháng|ngày|tuần|quý|năm)/iu;
/** A peak beside the total ("ngày cao điểm trên 40.000 lượt"): not a competing total. */
export const PEAK = /cao\s+điểm|cao\s+nhất|nhiều\s+nhất|thấp\s+nhất|kỷ\s+lục|đỉnh\s+điểm|có\s+(?:tháng|ngày|tuần|quý)(?![\p{L}])/iu;
const RESTRICTIVE_TAIL =
  /^\s*(?:là(?![\p{L}])|về\s|sưu\s+tầm|được\s+dịch|dịch\s|sang\s+tiếng|tiếng\s+\p{Lu}|mỗi\s|\/\s*(?:tháng|ngày|tuần)|hàng\s+(?:tháng|ngày|tuần)|bình\s+quân|trung\s+bình)/iu;
const CREATED = /mở|xây\s+dựng|tạo|thêm|bổ\s+sung|đăng|cập\s+nhật|triển\s+khai|thiết\s+lập|ra\s+mắt/iu;
const CUMULATIVE_BEFORE = /nâng\s+tổng|lũy\s+kế|luỹ\s+kế|kể\s+từ|từ\s+khi|tổng\s+(?:số\s+)?lượt\s+(?:người\s+)?truy\s+cập/iu;
const CUMULATIVE_AFTER = /^[^;.,]{0,40}?(?:kể\s+từ|từ\s+khi|lũy\s+kế|luỹ\s+kế)/iu;
const AS_OF = /tính\s+(?:đến|tới)/iu;
/** The sentence says the figure is a part: "trong đó", "riêng", "ngoài ra". */
const PART_OF = /trong\s+đó|riêng|ngoài\s+ra/iu;

const nothing = (reason: string): Verdict => ({ take: "nothing", reason });

/** The last cut-off date before the figure: "tính đến ngày 30/6/2023", "tính đến 28/12/2021", "tính đến tháng 11/2021". */
function asOfDate(text: string): YearMonth | null {
  const re = /tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:(\d{1,2})\s*\/\s*)?(?:tháng\s+)?(\d{1,2})\s*\/\s*(\d{4})/giu;
  let found: YearMonth | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) found = { year: Number(m[3]), month: Number(m[2]) };
  return found && found.month >= 1 && found.month <= 12 ? found : null;
}

const wide = (f: FigureInContext) => f.sentence.slice(Math.max(0, f.start - WIDE), f.start);

/** A section's own count: "Chuyên mục “Xây dựng Đảng” đăng 66 tin, bài" is part of the site's total. */
const SECTION_SUBJECT = /(?:^|[\s"“(])chuyên\s+(?:mục|trang)\s/iu;

/**
 * "đăng gần 90 tin bài về hoạt động …", "Chuyên mục … đăng 66 tin, bài": the count of one topic or one section —
 * weaker than a total, taken only when the report gives none.
 */
export function isTopicCount(f: FigureInContext): boolean {
  if (PART_OF.test(f.clausePrefix) || AVERAGE.test(f.clausePrefix)) return false;
  if (f.key === "tin_bai" && /^\s*về\s/iu.test(f.nounTail)) return true;
  return (f.key === "tin_bai" || f.key === "anh" || f.key === "video") && SECTION_SUBJECT.test(f.clausePrefix);
}

/** Words that make a figure a target wherever it stands: "phấn đấu đăng tải 150 tin, bài", "đặt mục tiêu …". */
export const TARGET =
  /kế\s+hoạch\s*(?:là|:|đề\s+ra|giao)?\s*(?:gần|trên|hơn|khoảng)?\s*$|phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|thời\s+gian\s+tới|sẽ\s+(?:tiếp\s+tục\s+)?(?:đăng|cập\s+nhật|mở|xây\s+dựng|đưa)/iu;
/** "chỉ gửi dưới 5 tin, bài", "ít nhất 2 tin mỗi tuần": a threshold, not a count. */
const THRESHOLD = /(?:^|\s)(?:dưới|chưa\s+đến|chưa\s+tới|không\s+quá|không\s+dưới|ít\s+nhất|tối\s+thiểu|tối\s+đa)\s*$/iu;
/** Questions received are not questions answered: "tiếp nhận 40 câu hỏi, đã trả lời 36 câu hỏi". */
const RECEIVED = /(?:tiếp\s+nhận|nhận\s+được|gửi\s+đến|gửi\s+về)\s*(?:gần|trên|hơn|khoảng)?\s*$/iu;

export const FIGURE_RULES: readonly FigureRule[] = [
  {
    name: "target-of-next-period",
    judge: (f) => (f.ctx.planning ? nothing("nằm trong phần phương hướng, nhiệm vụ: là chỉ tiêu kỳ tới, không phải kết quả") : null),
  },
  {
    name: "target-in-its-sentence",
    judge: (f) => (TARGET.test(f.clausePrefix) ? nothing("là chỉ tiêu, mục tiêu hoặc dự kiến, không phải kết quả đã đạt") : null),
  },
  {
    name: "questions-received",
    judge: (f) =>
      f.key === "hoi_dap" && RECEIVED.test(f.leadIn) ? nothing("số câu hỏi nhận được, không phải số câu đã được trả lời") : null,
  },
  {
    name: "social-media",
    judge: (f) => (SOCIAL.test(wide(f)) ? nothing("số liệu của mạng xã hội (Facebook, Zalo…), không phải của Cổng/Trang") : null),
  },
  {
    name: "component-sites",
    judge: (f) =>
      f.key !== "trang_thanh_phan" && (f.ctx.componentSites || /thành\s+phần/iu.test(f.clausePrefix))
        ? nothing("số liệu của các trang thông tin điện tử thành phần, không phải của Cổng/Trang chính")
        : null,
  },
  {
    name: "removed-or-translated",
    judge: (f) =>
      NOT_POSTED.test(f.lead) || TRANSLATED.test(f.clausePrefix) || TRANSLATED.test(f.nounTail.slice(0, 40))
        ? nothing("số liệu gỡ bỏ, bãi bỏ hoặc biên dịch, không phải số đăng tải")
        : null,
  },
  {
    name: "sections-not-new",
    judge: (f) =>
      f.key === "chuyen_muc" && !CREATED.test(f.clausePrefix) && !/^\s*mới/iu.test(f.nounTail)
        ? nothing("không rõ là chuyên trang, chuyên mục mở mới hay số hiện có")
        : null,
  },
  {
    name: "peak",
    judge: (f) => (PEAK.test(f.leadIn) ? nothing("số cao điểm hoặc cao nhất, không phải tổng của kỳ") : null),
  },
  {
    // "đăng tải hơn 400 tin, bài …, trong đó có 126 tin, bài do các phòng cung cấp": a part of the total just given.
    name: "part-of-a-total",
    judge: (f) =>
      f.keysBefore.has(f.key) && PART_OF.test(f.clausePrefix)
        ? nothing("một phần của số liệu vừa nêu trong câu (trong đó, riêng), không phải tổng")
        : null,
  },
  {
    name: "threshold",
    judge: (f) => (THRESHOLD.test(f.leadIn) ? nothing("là mức ngưỡng (dưới, ít nhất, tối đa…), không phải số đã đăng") : null),
  },
  {
    name: "part-or-average",
    judge: (f) =>
      !isTopicCount(f) && (AVERAGE.test(f.clausePrefix) || RESTRICTIVE_TAIL.test(f.nounTail))
        ? nothing("số liệu chỉ một loại riêng hoặc số trung bình, không phải tổng của chỉ tiêu")
        : null,
  },
  {
    name: "several-kinds-in-one",
    judge: (f) => {
      const combined = /^\s*(?:,|\/|và)\s*(?:các\s+)?(\p{L}[\p{L}\s,]{0,30})/iu.exec(f.nounTail);
      return f.hasNounAfter && combined && matchMetricNoun(combined[1]!) && !/^\s*(?:,|\/|và)\s*[\d(]/u.test(f.nounTail)
        ? nothing('một số gộp nhiều loại (ví dụ "tin, bài, văn bản"), không tách được cho từng chỉ tiêu')
        : null;
    },
  },
  {
    name: "visits-running-total",
    judge: (f) => {
      if (f.key !== "luot_truy_cap") return null;
      const cumulative = f.cumulativeHint || (!f.inPeriodHint && (CUMULATIVE_BEFORE.test(f.lead) || CUMULATIVE_AFTER.test(f.nounTail)));
      if (cumulative) return { take: "rekey", key: "luot_truy_cap_luy_ke" };
      if (!AS_OF.test(wide(f)) || f.scope) return null;
      const reason = 'không rõ là lượt truy cập trong kỳ hay lũy kế (câu chỉ nói "tính đến")';
      const date = asOfDate(wide(f));
      return date && f.ctx.period && periodContains(f.ctx.period, date) ? { take: "running-if-apart", reason } : nothing(reason);
    },
  },
  {
    name: "another-period",
    judge: (f) => {
      const { scope, ctx } = f;
      if (f.key === "luot_truy_cap_luy_ke" || !scope) return null;
      if (scope.multiYear) return nothing(`câu nói về ${scope.text}, không phải kỳ báo cáo`);
      if (!scope.period || !ctx.period || samePeriod(scope.period, ctx.period)) return null;
      // "(năm 2018 có 1.302 tin bài)": a figure of the compared period, in its own clause, is a prior value.
      const compared = [samePeriodLastYear(ctx.period), previousPeriod(ctx.period)].some((c) => samePeriod(c, scope.period!));
      if (compared && scope.local) return { take: "prior", key: f.key, target: scope.period, targetText: scope.text };
      return nothing(`câu nói về ${periodLabel(scope.period)}, khác kỳ báo cáo (${periodLabel(ctx.period)})`);
    },
  },
];

/** The rules in order; a figure no rule objects to is this period's value of its key. */
export function judgeFigure(figure: FigureInContext, rules: readonly FigureRule[] = FIGURE_RULES): Exclude<Verdict, { take: "rekey" }> {
  const f = { ...figure };
  for (const rule of rules) {
    const v = rule.judge(f);
    if (!v) continue;
    if (v.take === "rekey") {
      f.key = v.key;
      continue;
    }
    return v;
  }
  return { take: "value", key: f.key, weak: isTopicCount(f) };
}
