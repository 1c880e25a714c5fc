// The sentence and the clause a phrase stands in, found by scanning out from it: a sentence ends at ". ", "! ",
// "? " or the end of the line; a clause also at ";" and at a bracket still open (a citation's title runs to them).

/**
 * How far a scan goes from the phrase: a citation's title and what a comparison needs to see are within a few
 * hundred characters (the seeds' longest citation title is under 200); a line of 2,000,000 characters with a phrase every few words stays linear.
 */
export const MAX_SCAN = 400;

export interface Stretch {
  start: number;
  end: number;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  return (c === "." || c === "!" || c === "?") && /\s/u.test(text[i + 1] ?? " ") && text[i - 1] !== ".";
}

export function sentenceAround(text: string, start: number, end: number): Stretch {
  let s = start;
  const first = Math.max(0, start - MAX_SCAN);
  while (s > first && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  const last = Math.min(text.length, end + MAX_SCAN);
  while (e < last && !isSentenceEnd(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** From the clause's start up to `start`: what a phrase at `start` is said under. */
export function clauseBefore(text: string, start: number): string {
  let s = start;
  let closed = 0;
  const first = Math.max(0, start - MAX_SCAN);
  while (s > first && !isSentenceEnd(text, s - 1) && text[s - 1] !== ";") {
    const c = text[s - 1];
    if (c === ")") closed++;
    else if (c === "(") {
      // An opening bracket not closed before the phrase starts its clause; "(PCI)" does not.
      if (closed === 0) break;
      closed--;
    }
    s--;
  }
  return text.slice(s, start);
}
