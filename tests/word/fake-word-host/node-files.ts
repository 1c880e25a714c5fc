// Node-only helpers for tests that read or write .docx files on disk (kept out of the browser bundle).
import { readFile, writeFile } from "node:fs/promises";
import { FakeWordHost } from "./fake-word-host";
import type { FakeWordHostOptions } from "./fake-word-host";

export async function openDocxFile(path: string, options?: FakeWordHostOptions): Promise<FakeWordHost> {
  return await FakeWordHost.fromDocx(new Uint8Array(await readFile(path)), options);
}

export async function saveDocxFile(host: FakeWordHost, path: string): Promise<Uint8Array> {
  const bytes = await host.saveDocx();
  await writeFile(path, bytes);
  return bytes;
}
