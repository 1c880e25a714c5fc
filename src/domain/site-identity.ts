import { nfc } from "./text";

// Which component site a report comes from. A site's file names itself three ways — its governing body
// ("SỞ TÀI CHÍNH", "UBND XÃ IA GRAI"), its editorial board ("BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ", the same for
// almost every site, so never enough alone) and its site ("Trang thông tin điện tử xã Ia Grai") — while the
// province's list names it its own way ("Sở Tài chính", "Xã Ia Grai"). Names are compared by their words, in any
// case, with the usual abbreviations spelt out and the "site of" wording taken away.

const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/\bubnd\b/gu, "ủy ban nhân dân"],
  [/\bhđnd\b/gu, "hội đồng nhân dân"],
  [/\bttđt\b/gu, "thông tin điện tử"],
  [/\btp\.?(?=\s)/gu, "thành phố"],
  [/uỷ/gu, "ủy"],
];

/** "Trang thông tin điện tử", "Cổng TTĐT", "của": the words around a name, not the name. */
const SITE_WORDS = /^(?:trang|cổng)(?: thông tin điện tử| thông tin| điện tử)?(?: thành phần)?(?: của)?(?:\s+|$)/u;
const GOVERNMENT = /^ủy ban nhân dân\s+/u;
/** "UBND tỉnh" stripped of its "UBND" is "tỉnh": a level alone names no one. */
const LEVEL_ONLY = /^(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)$/u;

/** The words of a name, lower case, abbreviations spelt out, punctuation and extra spaces gone. */
export function siteNameWords(name: string): string {
  let s = nfc(name).toLocaleLowerCase("vi-VN");
  for (const [from, to] of SPELLED_OUT) s = s.replace(from, to);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/**
 * Every form under which a name can be listed: "Trang thông tin điện tử UBND xã Ia Grai" is found as "ủy ban nhân
 * dân xã ia grai" and as "xã ia grai". An editorial board's generic name gives no key.
 */
export function siteKeys(names: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const words = siteNameWords(name);
    const bare = words.replace(SITE_WORDS, "");
    for (const key of [words, bare, bare.replace(GOVERNMENT, "")]) {
      if (key && !LEVEL_ONLY.test(key) && !/^ban biên tập\b/u.test(key) && !SITE_WORDS.test(key)) keys.add(key);
    }
  }
  return [...keys];
}

/** Whether two sets of keys name the same site. */
export function sameSite(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => b.includes(k));
}
