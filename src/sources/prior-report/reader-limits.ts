// What the prior-report reader takes, whatever the file: far beyond any report, so a file past one is the wrong
// file or a crafted one, refused with a message before the reader spends time or memory on it.

/** Characters of text: a long report has a few tens of thousands. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Paragraphs (a pasted text's lines, or a .docx's w:p — an appendix table counts one per cell). */
export const MAX_PARAGRAPHS = 50_000;
/** A sentence is read for figures only up to this length; the longest in the seed reports is under 900. */
export const MAX_SENTENCE_CHARS = 3_000;
/** Counts in one sentence; the seed reports have at most 8. More is a table pasted as prose. */
export const MAX_FIGURES_PER_SENTENCE = 40;
