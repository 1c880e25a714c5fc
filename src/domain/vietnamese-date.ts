// Dates as Nghị định 30/2020 writes them in the place-and-date line, and as reports cite them in text.

export interface CalendarDate {
  year: number;
  month: number;
  /** Absent when the day is left blank for the signer to fill in. */
  day?: number;
}

/** Reads "YYYY-MM-DD" or "YYYY-MM" (day left blank); null for anything else, including 2021-02-30. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Width of the gap left for a day or number the clerk writes by hand. */
export const BLANK = "     ";

/**
 * "Đak Đoa, ngày 29 tháng 7 năm 2021"; days below 10 and months 1–2 get a leading zero
 * ("ngày 05 tháng 02 năm 2022"); a blank day leaves room: "ngày     tháng 10 năm 2021".
 */
export function formatPlaceDate(place: string, date: CalendarDate): string {
  const dayPart = date.day === undefined ? `ngày${BLANK}` : `ngày ${String(date.day).padStart(2, "0")} `;
  const month = date.month <= 2 ? String(date.month).padStart(2, "0") : String(date.month);
  return `${place}, ${dayPart}tháng ${month} năm ${date.year}`;
}

const PLACE_DATE_LINE = /^(.{2,60}?),\s*ngày\s+(\d{1,2}|\s*)\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/**
 * The date of a place-and-date line read back ("Ia Pa, ngày 20 tháng 9 năm 2023"; a blank day gives no day); null for
 * any other line, a citation's date ("Căn cứ …, ngày …", "Theo …") included.
 */
export function readPlaceDate(line: string): CalendarDate | null {
  if (/^(?:căn\s+cứ|theo|thực\s+hiện)/iu.test(line)) return null;
  const m = PLACE_DATE_LINE.exec(line);
  if (!m) return null;
  const day = Number(m[2]!.trim());
  return { year: Number(m[4]), month: Number(m[3]), ...(day > 0 ? { day } : {}) };
}

/** "29/7/2021" as reports cite dates in running text; "   /7/2021" with a blank day. */
export function formatShortDate(date: CalendarDate): string {
  const day = date.day === undefined ? "   " : String(date.day);
  return `${day}/${date.month}/${date.year}`;
}
