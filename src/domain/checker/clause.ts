// The sentence and the clause a phrase stands in, found by scanning out from it: a sentence ends at ". ", "! ",
// "? " or the end of the line; a clause also at ";" and at a bracket still open (a citation's title runs to them).

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
  while (s > 0 && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !isSentenceEnd(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** From the clause's start up to `start`: what a phrase at `start` is said under. */
export function clauseBefore(text: string, start: number): string {
  let s = start;
  let closed = 0;
  while (s > 0 && !isSentenceEnd(text, s - 1) && text[s - 1] !== ";") {
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
