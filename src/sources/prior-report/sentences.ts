// Sentences are what a figure's source quotes. Reports end sentences with "." but also write "TT. Bồi dưỡng",
// "TP. Hồ Chí Minh" and "KT. TRƯỞNG BAN": those abbreviations do not end a sentence.

const ABBREVIATIONS = new Set(["tp", "tt", "kt", "tm", "tl", "ths", "ts", "pgs", "gs", "bs", "q", "p", "th.s", "st", "ks", "cn", "ub"]);

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“(\-–•+]?\s*[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = /(\S+)$/u.exec(text.slice(start, m.index))?.[1] ?? "";
    if (ABBREVIATIONS.has(word.toLocaleLowerCase("vi-VN")) || /^\p{Lu}$/u.test(word)) continue;
    const end = m.index + m[1]!.length + m[2]!.length;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
