// Sentences are what a figure's source quotes. Reports end sentences with "." but also write "TT. Bồi dưỡng",
// "TP. Hồ Chí Minh" and "KT. TRƯỞNG BAN": those abbreviations do not end a sentence.
//
// One pass over the text, no backtracking: a sentence ends at a run of ".!?…", then closing quotes or brackets,
// then white space, then (after an optional opening mark and more space) a capital letter or a digit. A regular
// expression doing the same retried every dot of a long run of dots and rescanned the text since the last
// sentence for every abbreviation — minutes on a 300 KB line of "TP. Hà TP. Hà …".

const ABBREVIATIONS = new Set(["tp", "tt", "kt", "tm", "tl", "ths", "ts", "pgs", "gs", "bs", "q", "p", "th.s", "st", "ks", "cn", "ub"]);

const TERMINATOR = /[.!?…]/;
const CLOSER = /["”’)\]]/;
const OPENER = /["“(\-–•+]/;
const SPACE = /\s/;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

function skip(text: string, from: number, set: RegExp): number {
  let i = from;
  while (i < text.length && set.test(text[i]!)) i++;
  return i;
}

/** The word just before `end`, not reaching back before `start`. */
function wordBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATOR.test(text[i]!)) {
      i++;
      continue;
    }
    const runEnd = skip(text, i, TERMINATOR);
    const closed = skip(text, runEnd, CLOSER);
    const spaced = skip(text, closed, SPACE);
    if (spaced === closed) {
      i = Math.max(closed, i + 1);
      continue;
    }
    let next = spaced;
    if (next < text.length && OPENER.test(text[next]!)) next = skip(text, next + 1, SPACE);
    if (!CAPITAL_OR_DIGIT.test(text.slice(next, next + 2))) {
      i = spaced;
      continue;
    }
    const word = wordBefore(text, start, i);
    // The abbreviations are ASCII and at most four letters: no locale-aware lowercasing (slow) of every word.
    const abbreviation = word.length <= 4 && (ABBREVIATIONS.has(word.toLowerCase()) || ONE_CAPITAL.test(word));
    if (!abbreviation) {
      const sentence = text.slice(start, closed).trim();
      if (sentence) out.push(sentence);
      start = spaced;
    }
    i = spaced;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
