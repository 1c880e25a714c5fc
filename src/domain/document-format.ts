import { BLANK } from "./vietnamese-date";

// The two forms a report can take. State bodies follow Nghị định 30/2020/NĐ-CP (Phụ lục I); Party committees
// and their boards follow Hướng dẫn 36-HD/VPTW of 03/4/2018 of the Central Party Office (Mục II and
// Phụ lục 3 "Mẫu trình bày thể thức văn bản"). Everything that differs between them on the page is decided
// here, so the report model stays one shape and the renderer only reads what the model says.

export type DocumentFormat = "nd30" | "hd36";

export const FORMATS: readonly DocumentFormat[] = ["nd30", "hd36"];

/** ND30: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over the motto. HD 36 (II.1.1): "ĐẢNG CỘNG SẢN VIỆT NAM", no motto. */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

/**
 * The document's symbol. ND30 (Phụ lục I, II.3): "01/BC-BBT" — number, slash, type, hyphen, issuer. HD 36
 * (II.1.3): "12-BC/BTGDVTU" — number, hyphen, type, slash, issuer. A missing number is left blank for the clerk.
 */
export function documentSymbol(format: DocumentFormat, number: string | undefined, abbreviation: string): string {
  const n = number ? number : BLANK;
  return format === "hd36" ? `${n}-BC/${abbreviation}` : `${n}/BC-${abbreviation}`;
}

/** The number line under the issuer: ND30 "Số: 01/BC-BBT"; HD 36 "Số 12-BC/BTGDVTU" (no colon). */
export function numberLine(format: DocumentFormat, number: string | undefined, abbreviation: string): string {
  return format === "hd36" ? `Số ${documentSymbol(format, number, abbreviation)}` : `Số: ${documentSymbol(format, number, abbreviation)}`;
}

// Signing on behalf of: ND30 writes "TM.", "KT.", "TL.", "TUQ.", "Q."; HD 36 (II.1.7) "T/M", "K/T", "T/L", "T/U".
const ND30_TO_HD36: Record<string, string> = { "TM.": "T/M", "KT.": "K/T", "TL.": "T/L", "TUQ.": "T/U" };
const HD36_TO_ND30: Record<string, string> = Object.fromEntries(Object.entries(ND30_TO_HD36).map(([a, b]) => [b, a]));

/**
 * A signing-authority abbreviation in the form's own spelling, whichever form it was written in ("KT", "KT.", "K/T" →
 * ND30 "KT.", HD 36 "K/T"); one HD 36 has no equivalent for ("Q") is kept as written there.
 */
export function authorityAbbreviation(format: DocumentFormat, written: string): string {
  const raw = written.toUpperCase().replace(/\s+/g, "").replace(/\.$/, "");
  const nd30 = raw.includes("/") ? HD36_TO_ND30[raw] : `${raw}.`;
  if (!nd30) return raw;
  return format === "hd36" ? (ND30_TO_HD36[nd30] ?? raw) : nd30;
}

/**
 * The authority line in the form's own abbreviation, whichever form she typed: "KT. TRƯỞNG BAN" is
 * "K/T TRƯỞNG BAN" in a Party document and the other way round. Anything else is kept as she wrote it.
 */
export function authorityLine(format: DocumentFormat, authority: string): string {
  // The abbreviation ends with its dot, a space or the end: "TLĐ" or "TRƯỞNG BAN" are not one.
  const m = /^\s*(T\s*\/\s*[MLU]|K\s*\/\s*T|TUQ|TM|KT|TL)(?:\.|(?=\s|$))\s*(.*)$/iu.exec(authority);
  if (!m) return authority.trim();
  const rest = m[2]!.trim();
  const word = authorityAbbreviation(format, m[1]!);
  return rest ? `${word} ${rest}` : word;
}

/** The archive line that closes "Nơi nhận": ND30 "- Lưu: VT, BBT."; HD 36's models write "- Lưu Văn phòng …." */
export function archiveLine(format: DocumentFormat, archive: string): string {
  return format === "hd36" ? `- Lưu ${archive}.` : `- Lưu: ${archive}.`;
}

/**
 * "Kính gửi:" (ND30 Phụ lục I, ô 9a; HD 36 the same for letters to a superior): one addressee on the same line;
 * several each on a line of its own, "- …;" and the last one ending in ".".
 */
export function addresseeLines(to: readonly string[]): string[] {
  const clean = (s: string) =>
    s
      .trim()
      .replace(/^[-–•+]\s*/, "")
      .replace(/[;.,:]+$/, "");
  if (to.length === 1) return [`Kính gửi: ${clean(to[0]!)}.`];
  return ["Kính gửi:", ...to.map((t, i) => `- ${clean(t)}${i === to.length - 1 ? "." : ";"}`)];
}
