import { nfc } from "./text";

// A block remembers a fingerprint of the text it was inserted with, so a refresh can tell the user's edits
// from our own output. Word reports a control's text with its own separators (\r between paragraphs, \t or
// cell marks in tables), so whitespace and control characters are left out: only the characters count.

export function comparableText(text: string): string {
  return nfc(text).replace(/[\s\u0000-\u001f\u00a0\u200b]+/g, "");
}

/** FNV-1a over UTF-16 code units, two independent 32-bit lanes: a 16-hex-digit fingerprint. */
export function textFingerprint(text: string): string {
  const s = comparableText(text);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
