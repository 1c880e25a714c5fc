// Vietnamese text arrives composed (NFC) or decomposed (NFD, e.g. from macOS or some IMEs); Word search,
// hashing and comparison only agree when every string is normalised the same way.
export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** Upper case that stays correct for Vietnamese letters (đ → Đ, ư → Ư). */
/** "Đường dây nóng" → "Duong day nong": for file names and keys that must stay ASCII. */
export function withoutDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d");
}

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
// No "u" flag: every letter here is in the BMP, and Internet Explorer 11 (the legacy pane) throws on the flag.
const SYLLABLE = new RegExp(`^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWELS}]+(ch|ng|nh|[cmnpt])?$`);
const HAS_VOWEL = new RegExp(`[${VOWELS}]`);

/** A word that cannot be a Vietnamese syllable (UBND, TTĐT, HĐND) is an abbreviation and keeps its case. */
export function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (!letters) return false;
  return !SYLLABLE.test(letters.toLocaleLowerCase("vi-VN"));
}

/** "BAN BIÊN TẬP CỔNG TTĐT TỈNH" → "Ban biên tập cổng TTĐT tỉnh": upper-case names used inside a sentence. */
/** Words after which a place name follows: "tỉnh Trà Vinh", "huyện Đak Đoa", "thành phố Hà Nội". */
const PLACE_LEVELS = /^(tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|tp\.?)$/u;

function titleWord(w: string): string {
  return capitalizeFirst(w.toLocaleLowerCase("vi-VN"));
}

export function sentenceCase(upperText: string): string {
  const words = nfc(upperText).trim().split(/\s+/);
  const out: string[] = [];
  let inPlaceName = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLocaleLowerCase("vi-VN");
    const twoWords = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLocaleLowerCase("vi-VN")}` : "";
    const hasVowel = HAS_VOWEL.test(lower);
    if (inPlaceName && hasVowel) {
      // A place name keeps capitals on every syllable ("tỉnh Trà Vinh", "huyện Đak Đoa"), even syllables of
      // minority languages that are not Vietnamese syllables (Đak, Krông).
      out.push(titleWord(w));
    } else if (isAbbreviation(w)) {
      out.push(w);
      inPlaceName = false;
    } else if ((PLACE_LEVELS.test(lower) || lower === "thành") && /^(ủy|uỷ)$/u.test(words[i + 1]?.toLocaleLowerCase("vi-VN") ?? "")) {
      // "Tỉnh ủy Hậu Giang", "Huyện ủy": the committee, followed by its place.
      out.push(lower, words[i + 1]!.toLocaleLowerCase("vi-VN"));
      i++;
      inPlaceName = true;
    } else if (PLACE_LEVELS.test(twoWords)) {
      out.push(lower, words[i + 1]!.toLocaleLowerCase("vi-VN"));
      i++;
      inPlaceName = true;
    } else {
      out.push(lower);
      inPlaceName = PLACE_LEVELS.test(lower);
    }
  }
  return capitalizeFirst(out.join(" "));
}
