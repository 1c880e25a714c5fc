import type { Strings } from "./i18n";
import type { InsertResult } from "../word/insert-report";

/** Her words for where an insert went, and the tracked-changes warning when Word recorded it so (both panes). */
export function insertOutcome(t: Strings, r: InsertResult): string {
  if (r.placed === "new-document") return r.note ?? t.inserted(r.blocks);
  if (r.placed === "this-document") return t.insertedWhole;
  const parts = [t.inserted(r.blocks) + t.insertedAfterCursor + (r.numbered ? t.insertedNumbered(r.numbered) : "")];
  if (r.note) parts.push(r.note);
  if (r.tracked) parts.push(t.tracked);
  return parts.join(" ");
}
