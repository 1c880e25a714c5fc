// Every string that reaches OOXML passes through here: unit names may contain &, <, > and quotes,
// and characters XML 1.0 forbids (control codes pasted from other programs) must never reach Word.

// A surrogate pair is matched first and kept; any other surrogate is a lone one and goes. No lookbehind: this
// also runs in Internet Explorer 11 (the legacy pane), whose regular expressions have none.
const INVALID_XML_CHARS = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;
const dropInvalid = (m: string): string => (m.length === 2 ? m : "");

/** Anything that needs escaping or removal; most strings (names, numbers) have none and skip the work. */
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(INVALID_XML_CHARS, dropInvalid).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttr(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return escapeXmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
