import { officeAsync } from "./office-async";

// The pane's unfinished draft, kept in the open document (Office document settings travel with the file), so
// closing the pane or Word loses nothing she typed. Separate from the report's data snapshot: a draft is what
// she is typing, the snapshot what the document's blocks were made from.

const KEY = "soanbaocao.draft";

export function readDraftSetting(): string | null {
  const value = Office.context.document.settings.get(KEY) as unknown;
  return typeof value === "string" ? value : null;
}

export async function writeDraftSetting(json: string | null): Promise<void> {
  if (json === null) Office.context.document.settings.remove(KEY);
  else Office.context.document.settings.set(KEY, json);
  await officeAsync<void>((cb) => Office.context.document.settings.saveAsync(cb));
}
