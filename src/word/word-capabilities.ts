// Baseline: WordApi 1.1 (Word 2016+, Word on the web, Mac). Higher sets are used only where present.

export function supports(version: "1.3" | "1.4" | "1.5"): boolean {
  return Office.context.requirements.isSetSupported("WordApi", version);
}
