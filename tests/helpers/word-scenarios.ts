import type { ReportData } from "../../src/domain/report-data";
import type { FakeWordHost } from "../word/fake-word-host";
import { docxText, validateDocxAgainstSchema } from "./office-consumers";

// What every Word scenario ends with, and how scenarios vary the data.

export const squash = (s: string) => s.replace(/\s+/g, " ");

/** Saves the document, checks it against the schema and returns LibreOffice's text of it. */
export async function savedTextOf(host: FakeWordHost): Promise<string> {
  const bytes = await host.saveDocx();
  const { errors } = await validateDocxAgainstSchema(bytes);
  expect(errors).toBe("");
  return squash(docxText(bytes));
}

export function withChanges(data: ReportData, change: (d: ReportData) => void): ReportData {
  const copy = structuredClone(data);
  change(copy);
  return copy;
}
