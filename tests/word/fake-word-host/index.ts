// Public surface of the Word test double. Browser-safe; Node-only helpers are in ./node-files.
export { FakeWordHost, FAKE_ADDIN_ID } from "./fake-word-host";
export type { AsyncFault, ControlInfo, CursorSpec, FakeWordHostOptions, Revision, SyncFault, SyncRecord } from "./fake-word-host";
export { FakeOfficeExtensionError, WordErrorCodes, ExtensionErrorCodes, AsyncErrors } from "./office-errors";
export type { FakeAsyncError } from "./office-errors";
export { FakeClientResult, FakeRequestContext } from "./word-api";
export type { FakeAsyncResult } from "./office-api";
export { NS as WORDML_NAMESPACES } from "./wordml";
