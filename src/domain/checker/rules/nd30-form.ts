import { authorityAbbreviation, type DocumentFormat } from "../../document-format";
import { readPlaceDate, type CalendarDate } from "../../vietnamese-date";
import { shortened, type Finding } from "../finding";
import { locate, type ReportLayout, type TextLine } from "../report-layout";

// nd30-form: the parts of the form that get a report sent back (Nghị định 30/2020/NĐ-CP, Phụ lục I; for Party
// documents Hướng dẫn 36-HD/VPTW, II.1): the place-and-date line's leading zeros (days under 10, months 1 and 2),
// the number line ("Số: 01/BC-BBT"; HD 36 "Số 12-BC/BTGDVTU"), the signing authority ("KT. ", "TM. ", "TL. ",
// "Q. "; HD 36 "K/T ", "T/M ", "T/L "), "Nơi nhận:" ending with "- Lưu: VT, …" (HD 36 "- Lưu …"), and "./."
// closing the body.

type Report = (
  line: TextLine,
  start: number,
  found: string,
  expected: string | null,
  message: string,
  severity?: "error" | "warning",
) => void;

/** The place-and-date line: in the header (or the body, when a report has no header table). */
function placeDateLine(lines: readonly TextLine[]): TextLine | undefined {
  return lines.find((l) => (l.zone === "header" || l.zone === "body") && readPlaceDate(l.text) !== null);
}

function placeDate(lines: TextLine[], report: Report): TextLine | null {
  const line = placeDateLine(lines);
  if (!line) return null;
  const dayMatch = /ngày\s+(\d{1,2})\s/u.exec(line.text);
  if (dayMatch) {
    const day = dayMatch[1]!;
    const start = dayMatch.index + dayMatch[0].indexOf(day, 4);
    if (day.length === 1 && day !== "0") {
      report(line, start, day, `0${day}`, `Ngày dưới 10 viết thêm số 0 ở trước: "ngày 0${day}".`);
    }
  }
  const monthMatch = /tháng\s+(\d{1,2})\s/u.exec(line.text)!;
  const month = monthMatch[1]!;
  const mStart = monthMatch.index + monthMatch[0].indexOf(month, 5);
  const n = Number(month);
  if ((n === 1 || n === 2) && month.length === 1)
    report(line, mStart, month, `0${month}`, `Tháng 1 và 2 viết thêm số 0 ở trước: "tháng 0${month}".`);
  if (n >= 3 && month.startsWith("0")) report(line, mStart, month, String(n), `Từ tháng 3 trở đi không viết số 0 ở trước: "tháng ${n}".`);
  return line;
}

function numberLine(lines: TextLine[], format: DocumentFormat, report: Report): void {
  const line = lines.find((l) => l.zone === "header" && /^số\s*:?\s*[\d\s…./-]*[-/]?\s*(?:BC|KH|TB|CV)\b/iu.test(l.text));
  if (!line) {
    const anyHeader = lines.some((l) => l.zone === "header");
    const first = lines[0];
    if (first) {
      report(
        first,
        0,
        "",
        null,
        anyHeader
          ? `Không thấy dòng số, ký hiệu của văn bản ("Số: …/BC-…") ở phần đầu báo cáo.`
          : `Không thấy phần đầu báo cáo (cơ quan ban hành, "Số: …/BC-…", địa danh và ngày tháng) trước chữ "BÁO CÁO".`,
        "warning",
      );
    }
    return;
  }
  const colon = /^số(\s*):/iu.exec(line.text);
  if (format === "nd30" && !colon) {
    const m = /^số/iu.exec(line.text)!;
    report(line, 0, m[0], `${m[0]}:`, `Dòng số, ký hiệu theo Nghị định 30 viết "Số: …/BC-…" (có dấu hai chấm).`);
  } else if (format === "nd30" && colon && colon[1] !== "") {
    report(line, 0, colon[0], "Số:", `Không để dấu cách trước dấu hai chấm: "Số:".`);
  } else if (format === "hd36" && colon) {
    report(line, 0, colon[0], "Số", `Văn bản của Đảng (Hướng dẫn 36) viết "Số 12-BC/…", không có dấu hai chấm.`);
  }
  if (format === "nd30" && /\d\s*-\s*BC\s*\//u.test(line.text)) {
    report(line, 0, "", null, `Ký hiệu viết theo mẫu của Đảng ("…-BC/…"); Nghị định 30 viết "…/BC-…".`, "warning");
  }
}

// "Q." only with its dot, and the others without a separator only before a title, so "QUẢN LÝ …" is not one.
const AUTHORITY = /^(K\s*\/\s*T|T\s*\/\s*M|T\s*\/\s*L|KT|TM|TL|TUQ|Q(?=\s*\.))(\s*\.?\s*)(?=\p{Lu})/u;
const TITLE_WORD = /^(?:TRƯỞNG|CHỦ|GIÁM|PHÓ|BAN|ỦY|UBND|BỘ|THỦ|CHÁNH|TỔNG|VIỆN|HIỆU|THƯỜNG|BÍ)/u;

function authority(lines: TextLine[], format: DocumentFormat, report: Report): void {
  for (const line of lines.filter((l) => l.zone === "closing")) {
    const m = AUTHORITY.exec(line.text);
    if (!m) continue;
    const raw = m[1]!.replace(/\s+/g, "");
    const written = m[0];
    if (m[2] === "" && !raw.includes("/") && !TITLE_WORD.test(line.text.slice(written.length))) continue;
    const expected = `${authorityAbbreviation(format, raw)} `;
    if (written !== expected) {
      const form = format === "hd36" ? "Hướng dẫn 36 viết" : "Nghị định 30 viết";
      report(
        line,
        0,
        written,
        expected,
        `Quyền hạn ký viết "${written.trim()}"; ${form} "${expected.trim()} ${line.text.slice(written.length, written.length + 20).trim()}…" (dấu và một dấu cách).`,
      );
    }
  }
}

function recipients(lines: TextLine[], format: DocumentFormat, report: Report): void {
  const at = lines.findIndex((l) => l.zone === "closing" && /^nơi\s+nhận/iu.test(l.text));
  if (at < 0) {
    const last = [...lines].reverse().find((l) => l.zone === "body" || l.zone === "closing");
    if (last) report(last, 0, "", null, `Không thấy phần "Nơi nhận:" (các nơi nhận, dòng cuối "- Lưu: VT, …").`);
    return;
  }
  const head = lines[at]!;
  if (!/^nơi\s+nhận\s*:/iu.test(head.text)) {
    const m = /^nơi\s+nhận/iu.exec(head.text)!;
    report(head, 0, m[0], `${m[0]}:`, `Viết "Nơi nhận:" (có dấu hai chấm).`);
  }
  const list: TextLine[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.trim() === "") continue;
    if (!/^[-–•+]/u.test(l.text.trim()) || l.zone !== "closing") break;
    list.push(l);
  }
  const archive = list.findIndex((l) => /^[-–•+]\s*lưu\b/iu.test(l.text.trim()));
  if (archive < 0) {
    report(
      list[list.length - 1] ?? head,
      0,
      "",
      null,
      `"Nơi nhận" thiếu dòng lưu văn bản ở cuối: "${format === "hd36" ? "- Lưu …" : "- Lưu: VT, …"}".`,
    );
    return;
  }
  const line = list[archive]!;
  if (format === "nd30") {
    const m = /^([-–•+]\s*)(lưu)(\s*:?\s*)/iu.exec(line.text)!;
    if (!m[3]!.includes(":")) {
      const found = m[2]! + m[3]!;
      report(line, m[1]!.length, found, `${m[2]}: `, `Dòng lưu viết "- Lưu: VT, …" (có dấu hai chấm sau "Lưu").`);
    }
  }
  if (archive !== list.length - 1) report(line, 0, "", null, `Dòng "- Lưu …" phải là dòng cuối của "Nơi nhận".`, "warning");
}

function closingMark(lines: TextLine[], report: Report): void {
  const body = lines.filter((l) => l.zone === "body" && !l.inTable && l.text.trim() !== "");
  if (body.length === 0 || body.some((l) => /\.\/\.\s*$/u.test(l.text))) return;
  const last = body[body.length - 1]!;
  const text = last.text.replace(/\s+$/u, "");
  const end = /[.;:,]?$/u.exec(text)![0];
  report(last, text.length - end.length, end, "./.", `Câu kết thúc phần nội dung báo cáo phải có dấu "./." ở cuối.`);
}

export function nd30Form(layout: ReportLayout, format: DocumentFormat): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (line, start, found, expected, message, severity = "error") => {
    const at = locate(line, start, found.length);
    const finding: Finding = { rule: "nd30-form", severity, message, where: shortened(line.text, start), found, expected, at };
    if (expected !== null && severity === "error") finding.fix = [{ at, found, replacement: expected }];
    findings.push(finding);
  };
  const lines = layout.lines;
  numberLine(lines, format, report);
  placeDate(lines, report);
  closingMark(lines, report);
  recipients(lines, format, report);
  authority(lines, format, report);
  return findings;
}

/** "ĐẢNG CỘNG SẢN VIỆT NAM" in the header: a Party document, checked against HD 36 instead of ND30. */
export function formatOf(layout: ReportLayout): DocumentFormat {
  return layout.lines.some((l) => l.zone === "header" && /^đảng\s+cộng\s+sản\s+việt\s+nam$/iu.test(l.text.trim())) ? "hd36" : "nd30";
}

/** The date of the place-and-date line, if there is one. */
export function reportDateOf(layout: ReportLayout): CalendarDate | null {
  const line = placeDateLine(layout.lines);
  return line ? readPlaceDate(line.text) : null;
}
