// The Word side of the pane, loaded only inside Word. The pane calls these and shows their words; all rules
// about what may be inserted or overwritten live in src/word/.
export { insertWholeReport, insertOneBlock, undoLastInsert } from "../word/insert-report";
export type { InsertResult } from "../word/insert-report";
export type { InsertUndo } from "../word/undo-insert";
export { openReportAsNewDocument } from "../word/whole-document";
export { refreshReport } from "../word/refresh-report";
export type { RefreshResult, BlockRef } from "../word/refresh-report";
export { readStoredReport } from "../word/report-store";
export { describeWordError } from "../word/word-errors";
export { ownHeadingBlock } from "../domain/build-report";
export { readDraftSetting, writeDraftSetting } from "../word/draft-store";
