// Vietnamese text arrives composed (NFC) or decomposed (NFD, e.g. from macOS or some IMEs); Word search,
// hashing and comparison only agree when every string is normalised the same way.
export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** Upper case that stays correct for Vietnamese letters (đ → Đ, ư → Ư). */
export function upper(s: string): string {
  return nfc(s).toLocaleUpperCase("vi-VN");
}

/** "a", "a và b", "a, b và c". */
export function joinVietnamese(items: readonly string[], conjunction = "và"): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + ` ${conjunction} ` + items[items.length - 1];
}

/** First letter upper-cased, the rest untouched: sentence starts generated from lower-case phrases. */
export function capitalizeFirst(s: string): string {
  const [first = "", ...rest] = Array.from(s);
  return first.toLocaleUpperCase("vi-VN") + rest.join("");
}

const VOWELS = "aăâeêioôơuưyáắấéếíóốớúứýàằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ";
const SYLLABLE = new RegExp(`^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWELS}]+(ch|ng|nh|[cmnpt])?$`, "u");

/** A word that cannot be a Vietnamese syllable (UBND, TTĐT, HĐND) is an abbreviation and keeps its case. */
export function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (!letters) return false;
  return !SYLLABLE.test(letters.toLocaleLowerCase("vi-VN"));
}

/** "BAN BIÊN TẬP CỔNG TTĐT TỈNH" → "Ban biên tập cổng TTĐT tỉnh": upper-case names used inside a sentence. */
export function sentenceCase(upperText: string): string {
  const words = nfc(upperText).split(/(\s+)/);
  const lowered = words.map((w) => (/\s/.test(w) || isAbbreviation(w) ? w : w.toLocaleLowerCase("vi-VN")));
  return capitalizeFirst(lowered.join(""));
}

