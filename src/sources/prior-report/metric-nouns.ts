import type { KnownMetricKey } from "../../domain/metrics";

// The nouns a report counts in, mapped to data format v1's metric keys. A figure is mapped only when the
// words right after it are one of these; "1.084 nội dung" or "30 thông báo" stay unmapped.

export interface NounMatch {
  key: KnownMetricKey;
  /** Characters consumed after the number, leading blanks and "các loại" included. */
  length: number;
  phrase: string;
}

const NOUNS: ReadonlyArray<{ re: RegExp; key: KnownMetricKey }> = [
  { re: /^lượt\s+(?:người\s+)?truy\s+cập/iu, key: "luot_truy_cap" },
  { re: /^tin\s*(?:,|\/|-|–)?\s*bài(?:\s+viết)?/iu, key: "tin_bai" },
  { re: /^văn\s+bản\s+chỉ\s+đạo\s*(?:,|-|–|và)?\s*điều\s+hành/iu, key: "van_ban_chi_dao" },
  { re: /^văn\s+bản\s+(?:quy\s+phạm\s+pháp\s+luật|QPPL)/iu, key: "van_ban_qppl" },
  { re: /^văn\s+bản/iu, key: "van_ban" },
  { re: /^(?:hình\s+)?ảnh/iu, key: "anh" },
  { re: /^(?:video\s*clip|video|clip)/iu, key: "video" },
  { re: /^lịch\s+(?:công\s+tác|làm\s+việc)/iu, key: "lich_cong_tac" },
  { re: /^dự\s+thảo/iu, key: "du_thao" },
  { re: /^câu\s+hỏi/iu, key: "hoi_dap" },
  { re: /^(?:chuyên\s+trang\s*(?:,|và|\/)?\s*chuyên\s+mục|chuyên\s+mục|chuyên\s+trang)/iu, key: "chuyen_muc" },
  { re: /^banner/iu, key: "banner" },
  { re: /^(?:thủ\s+tục\s+hành\s+chính|TTHC)/u, key: "tthc" },
  { re: /^thủ\s+tục\s+hành\s+chính/iu, key: "tthc" },
  { re: /^trang\s+(?:thông\s+tin\s+điện\s+tử\s+|TTĐT\s+|web\s+)?thành\s+phần/iu, key: "trang_thanh_phan" },
];

/** Matches the metric noun that starts `after` (the text right after a number). */
export function matchMetricNoun(after: string): NounMatch | null {
  const lead = /^\s*(?:các\s+loại\s+|loại\s+)?/iu.exec(after)![0];
  const rest = after.slice(lead.length);
  for (const { re, key } of NOUNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const next = rest[m[0].length] ?? " ";
    if (/[\p{L}\d]/u.test(next)) continue;
    return { key, length: lead.length + m[0].length, phrase: m[0] };
  }
  return null;
}

/** A metric noun that is the whole of `text` (trailing blanks aside): "số tin, bài", not "số tin bài về nông thôn mới". */
export function wholeMetricNoun(text: string): NounMatch | null {
  const noun = matchMetricNoun(text);
  return noun && noun.length === text.trimEnd().length ? noun : null;
}

const DOCUMENT_KIND = String.raw`(?:nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|kết\s+luận|thông\s+tư|quy\s+định|công\s+văn)`;
const DOCUMENT_KINDS = new RegExp(String.raw`^\s*${DOCUMENT_KIND}(?:\s*(?:,|và|\/)\s*${DOCUMENT_KIND})*`, "iu");

/**
 * A document named by its kind after a number ("214 nghị quyết", "145 nghị quyết, quyết định, chỉ thị"): documents,
 * but counted as `van_ban` only where the sentence is about posting them (figure-reading.ts decides).
 */
export function matchDocumentKind(after: string): NounMatch | null {
  const m = DOCUMENT_KINDS.exec(after);
  if (!m || /[\p{L}\d]/u.test(after[m[0].length] ?? " ")) return null;
  return { key: "van_ban", length: m[0].length, phrase: m[0].trim() };
}

/** Function words: neither the start of a counted noun nor part of one ("lượt theo dõi và …"). */
const FUNCTION_WORDS = [
  "và",
  "hoặc",
  "hay",
  "với",
  "của",
  "là",
  "trong",
  "đến",
  "tới",
  "tại",
  "từ",
  "cho",
  "có",
  "được",
  "đã",
  "để",
  "khi",
  "thì",
  "mà",
  "này",
  "đó",
  "trên",
  "dưới",
  "so",
  "bằng",
  "nhưng",
  "vào",
  "sau",
  "trước",
  "gồm",
  "như",
  "nhằm",
  "về",
  "do",
  "bởi",
  "nên",
  "đạt",
];

/** Words that cannot start a counted noun: a number followed by them is not a figure of anything. */
const NOT_A_NOUN = new Set([
  ...FUNCTION_WORDS,
  "theo",
  "các",
  "những",
  "cũng",
  "ra",
  "lên",
  "xuống",
  "ở",
  "còn",
  "chỉ",
  "30 năm tái lập",
  "5 km",
  // Time and measures: "30 năm tái lập", "5 km" are not counts of anything a report tallies.
  "năm",
  "tháng",
  "ngày",
  "tuần",
  "giờ",
  "phút",
  "giây",
  "quý",
  "kỳ",
  "tuổi",
  "km",
  "m",
  "m2",
  "ha",
  "kg",
  "tấn",
  "lít",
  "mét",
  "độ",
  "gb",
  "mb",
  "kb",
]);

/** Words that end a noun phrase ("lượt theo dõi và …", "lượt xem hàng tháng"). */
const NOUN_ENDS_BEFORE = new Set([...FUNCTION_WORDS, "hàng", "mỗi", "chưa", "không"]);

/** The noun words after a number that is not a metric ("30 thông báo", "150.000.000 đồng"), or null. */
export function countedNoun(after: string): string | null {
  const m = /^\s*((?:[\p{L}]+(?:[-–][\p{L}]+)?\s*){1,4})/u.exec(after);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  const first = words[0]!.toLocaleLowerCase("vi-VN");
  if (NOT_A_NOUN.has(first)) return null;
  // Stop before function words so the noun reads "thông báo", not "thông báo về đấu".
  const kept: string[] = [];
  for (const w of words) {
    if (kept.length > 0 && NOUN_ENDS_BEFORE.has(w.toLocaleLowerCase("vi-VN"))) break;
    kept.push(w);
  }
  return kept.join(" ");
}
