import { TAG_PREFIX } from "../domain/report-model";
import { supports } from "./word-capabilities";
import { WordUserError } from "./word-errors";

// Checks done in the first round trip of every write, before anything is changed.

export interface Preflight {
  controls: Word.ContentControlCollection;
  /** Reads the loaded track-changes mode after the sync; null where WordApi 1.4 is missing. */
  trackMode: (() => string) | null;
}

/** Queues the loads the checks need; run `context.sync()` once, then call `checkPreflight`. */
export function queuePreflight(context: Word.RequestContext): Preflight {
  const controls = context.document.contentControls;
  controls.load("items/tag,items/text");
  let trackMode: Preflight["trackMode"] = null;
  if (supports("1.4")) {
    context.document.load("changeTrackingMode");
    trackMode = () => String(context.document.changeTrackingMode);
  }
  return { controls, trackMode };
}

export function ourControls(pre: Preflight): Word.ContentControl[] {
  return pre.controls.items.filter((c) => (c.tag ?? "").startsWith(TAG_PREFIX));
}

/** Tracked insertions of whole tables and figures would bury the report under revision marks. */
export function checkPreflight(pre: Preflight): void {
  const mode = pre.trackMode?.();
  if (mode && mode !== "Off") {
    throw new WordUserError(
      "Tài liệu đang bật Theo dõi thay đổi (Track Changes). Hãy tắt nó (Review › Track Changes) rồi thử lại — số liệu chèn vào sẽ không bị đánh dấu sửa đổi.",
    );
  }
}
