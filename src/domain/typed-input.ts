// Figures, dates and numbers as a secretary types them into the pane, read into the values of data format v1.
// Each reader answers with the value or with a sentence in her words that says what was typed and what to
// type instead — never a schema word, never a JSON path (those are for data files).

import { MAX_FIGURE } from "./figure-limit";

export type Typed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A count or an amount as people write it: "1225", "1.225", "1 225", "1,225" (groups of three), with an
 * optional "đồng" after money. Empty is "not reported" (undefined). Decimals, signs and words are refused.
 */
export function readCount(raw: string): Typed<number | undefined> {
  const s = raw
    .normalize("NFC")
    .trim()
    .replace(/\s*(đồng|đ)$/iu, "");
  if (s === "") return { ok: true, value: undefined };
  if (/^-/.test(s)) return { ok: false, message: `phải là số không âm — bạn nhập ${raw.trim()}` };
  const grouped = /^\d{1,3}([.,\s\u00a0\u202f])\d{3}(\1\d{3})*$/u.test(s);
  if (!grouped && !/^\d+$/.test(s)) {
    return /^\d+[.,]\d{1,2}$/.test(s)
      ? { ok: false, message: `phải là số nguyên (dấu chấm chỉ để phân cách hàng nghìn, ví dụ 1.225) — bạn nhập ${raw.trim()}` }
      : { ok: false, message: `chỉ gồm chữ số, ví dụ 1.225 — bạn nhập ${raw.trim()}` };
  }
  const value = Number(s.replace(/\D/g, ""));
  if (value > MAX_FIGURE) return { ok: false, message: `quá lớn (tối đa ${MAX_FIGURE.toLocaleString("vi-VN")}) — bạn nhập ${raw.trim()}` };
  return { ok: true, value };
}

function isoOf(y: number, m: number, d?: number): string | null {
  if (m < 1 || m > 12 || y < 2000 || y > 2100) return null;
  const mm = String(m).padStart(2, "0");
  if (d === undefined) return `${y}-${mm}`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return null;
  return `${y}-${mm}-${String(d).padStart(2, "0")}`;
}

/**
 * A date as she writes it: "15/07/2024", "15-7-2024", "15.07.2024", or ISO "2024-07-15"; `allowMonth` also takes
 * "07/2024" (a report dated by month, the day left for the clerk). Stored as ISO. Empty is undefined.
 */
export function readDate(raw: string, allowMonth = false): Typed<string | undefined> {
  const s = raw.trim();
  if (s === "") return { ok: true, value: undefined };
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? { ok: true, value: iso } : { ok: false, message: `không có ngày ${s} — hãy nhập ngày/tháng/năm, ví dụ 15/07/2024` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, value: iso } : { ok: false, message: `không có ngày ${s} — hãy nhập ngày/tháng/năm, ví dụ 15/07/2024` };
  }
  if (allowMonth) {
    m = /^(\d{1,2})[/.-](\d{4})$/.exec(s) ?? null;
    if (m) {
      const iso = isoOf(Number(m[2]), Number(m[1]));
      if (iso) return { ok: true, value: iso };
    }
  }
  return { ok: false, message: `hãy nhập ngày/tháng/năm, ví dụ 15/07/2024 — bạn nhập ${s}` };
}

/** An ISO date as she reads it: "2024-07-15" → "15/07/2024", "2024-07" → "07/2024". */
export function showDate(iso: string | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}

/**
 * The report's number: digits only ("05"). A full symbol as printed ("05/BC-BBT", "Số: 05/BC-BBT") gives its
 * number, and the message says so: the rest of the symbol comes from the unit's abbreviation.
 */
export function readReportNumber(raw: string): Typed<string | undefined> & { note?: string } {
  const s = raw.trim().replace(/^số\s*:?\s*/iu, "");
  if (s === "") return { ok: true, value: undefined };
  if (/^\d{1,6}$/.test(s)) return { ok: true, value: s };
  const m = /^(\d{1,6})\s*[/-]\s*BC\s*[-/]\s*[\p{L}\d.&-]+$/iu.exec(s);
  if (m) return { ok: true, value: m[1]!, note: `chỉ cần số (${m[1]}): phần "/BC-…" được ghi theo ký hiệu của đơn vị` };
  return { ok: false, message: `chỉ ghi số báo cáo, ví dụ 05 (phần "/BC-…" tự điền theo ký hiệu đơn vị) — bạn nhập ${raw.trim()}` };
}
