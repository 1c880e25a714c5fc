// The test double standing in for Word: a real in-memory WordprocessingML document behind Office.js-shaped
// globals (Word, Office, OfficeExtension), with round-trip counting, fault injection and user-edit simulation.
// Browser-safe: no Node built-ins here (see node-files.ts for disk helpers).
import { sdtContentOf, sdtIdOf, sdtPrValue, WordDocumentModel } from "./docx-model";
import type { CustomXmlPartRecord } from "./docx-model";
import { deleteControl, isSpanAttached, markAllInserted, pointInParagraph, spanText, wordError } from "./editing";
import type { EditOptions, Span } from "./editing";
import { createOfficeNamespace, FakeDialogHost, makeOfficeDocument } from "./office-api";
import type { FakeOfficeDocument, FakeOfficeNamespace, OfficeBackend } from "./office-api";
import { ExtensionErrorCodes, FakeOfficeExtensionError, WordErrorCodes } from "./office-errors";
import type { FakeAsyncError } from "./office-errors";
import { FakeClientResult, FakeRequestContext } from "./word-api";
import type { QueuedOperation, WordBackend } from "./word-api";
import {
  childElements,
  createParagraph,
  createRun,
  createW,
  descendantsW,
  firstW,
  inlineText,
  isBlockContainer,
  isW,
  NS,
  serializeXml,
  textRules,
  XmlInputError,
} from "./wordml";
import type { XElement, XNode } from "./wordml";

export const FAKE_ADDIN_ID = "7f0c2a0e-5b8e-4a53-9d3c-50a9b40c0b01";

export interface FakeWordHostOptions {
  /** Highest WordApi requirement set the fake claims, e.g. "1.3" (default) or "1.4". */
  wordApi?: string;
  /** Other requirement sets and their versions; merged over the common-API defaults. */
  requirementSets?: Record<string, string>;
  /** Add-in id under which Office settings are saved in the document (web extension reference id). */
  addinId?: string;
  platform?: "PC" | "OfficeOnline" | "Mac";
  displayLanguage?: string;
  /** Author written on tracked insertions. */
  author?: string;
  /** How table text reads in `text` properties: Word's end-of-cell marks (default) or tabs (see wordml.ts). */
  cellMarkers?: "word" | "tabs";
}

/**
 * Where the user's cursor is. Word's cursor is always inside a paragraph (never between two), so every
 * collapsed position here is a point inside one. Paragraph numbers count every paragraph of the body (in
 * tables and controls too), from 0.
 * - "start" / "end": the start of the first paragraph / the end of the last one;
 * - afterParagraph: the end of paragraph n; beforeParagraph: its start; inParagraph: after `offset` characters;
 * - paragraph: paragraph n selected as a whole;
 * - inContentControl: the control's content selected, or the cursor at its start or end.
 */
export type CursorSpec =
  | "start"
  | "end"
  | { afterParagraph: number }
  | { beforeParagraph: number }
  | { inParagraph: number; offset: number }
  | { paragraph: number }
  | { inContentControl: string | number; at?: "content" | "start" | "end" };

/** Where a simulated user types a new paragraph: between paragraphs, at body level. */
export type TypingPosition = "start" | "end" | { afterParagraph: number } | { beforeParagraph: number };

export interface SyncFault {
  /** Word error code to fail with: "GeneralException", "ItemNotFound", "InvalidArgument", "AccessDenied", "NotAllowed", … */
  code: string;
  message?: string;
  /** Fail at the Nth operation (1-based) of the batch; earlier operations stay applied. */
  atOperation?: number;
  /** Fail at the first operation with this name ("insertOoxml" or "ContentControl.insertOoxml"). */
  method?: string;
  /** Let this many syncs pass first. */
  afterSyncs?: number;
}

export interface AsyncFault {
  /** "customXmlParts.addAsync", "customXmlParts.getByNamespaceAsync", "customXmlPart.getXmlAsync",
   *  "customXmlPart.deleteAsync", "settings.saveAsync", "settings.refreshAsync" */
  method: string;
  error?: FakeAsyncError;
  /** How many calls fail (default 1). */
  times?: number;
}

export interface SyncRecord {
  operations: string[];
  /** How many operations ran (all of them unless the sync failed). */
  executed: number;
  error?: string;
}

export interface Revision {
  type: "Inserted" | "Deleted";
  text: string;
}

export interface ControlInfo {
  id: number;
  tag: string;
  title: string;
  text: string;
  level: "block" | "inline";
}

const DEFAULT_SETS: Record<string, string> = {
  CustomXmlParts: "1.1",
  Settings: "1.1",
  DocumentEvents: "1.1",
  Selection: "1.1",
  TextCoercion: "1.1",
  OoxmlCoercion: "1.1",
  DialogApi: "1.1",
};

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function toOfficeError(e: unknown, location: string): FakeOfficeExtensionError {
  if (e instanceof FakeOfficeExtensionError) {
    if (!e.debugInfo.errorLocation) {
      e.debugInfo.errorLocation = location;
      e.debugInfo.statement = location;
    }
    return e;
  }
  if (e instanceof XmlInputError) return new FakeOfficeExtensionError(WordErrorCodes.invalidArgument, e.message, location);
  // A defect in the fake itself: keep its message visible rather than disguising it.
  return new FakeOfficeExtensionError(WordErrorCodes.generalException, `fake-word-host: ${(e as Error)?.message ?? String(e)}`, location);
}

export class FakeWordHost implements WordBackend, OfficeBackend {
  model: WordDocumentModel;
  /** context.sync round trips (explicit syncs, and Word.run's final sync when operations were pending). */
  syncCount = 0;
  /** Office common-API calls (custom XML parts, settings); not round trips of context.sync. */
  asyncCallCount = 0;
  runCount = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly asyncLog: string[] = [];
  /** Changes made while track changes was on. */
  readonly revisions: Revision[] = [];

  readonly Word: ReturnType<FakeWordHost["makeWordNamespace"]>;
  readonly Office: FakeOfficeNamespace;
  readonly OfficeExtension = {
    Error: FakeOfficeExtensionError,
    ErrorCodes: ExtensionErrorCodes,
    ClientResult: FakeClientResult,
    ClientRequestContext: FakeRequestContext,
    Promise,
  };

  private options: Required<Omit<FakeWordHostOptions, "requirementSets">> & { requirementSets: Record<string, string> };
  private viewing = false;
  /** Documents opened in a new window by Application.createDocument(…).open(), newest last. */
  readonly openedDocuments: (Uint8Array | null)[] = [];
  /** Office.context.ui: make dialogs fail to open, or close them as the user would. */
  readonly dialogs = new FakeDialogHost();
  private cursor: CursorSpec | { span: Span } = "start";
  private syncFaults: SyncFault[] = [];
  private asyncFaults: AsyncFault[] = [];
  private officeDocument: FakeOfficeDocument;

  private constructor(model: WordDocumentModel, options: FakeWordHostOptions = {}) {
    this.model = model;
    this.options = {
      wordApi: options.wordApi ?? "1.3",
      requirementSets: { ...DEFAULT_SETS, ...(options.requirementSets ?? {}) },
      addinId: options.addinId ?? FAKE_ADDIN_ID,
      platform: options.platform ?? "PC",
      displayLanguage: options.displayLanguage ?? "vi-VN",
      author: options.author ?? "Người dùng",
      cellMarkers: options.cellMarkers ?? "word",
    };
    textRules.cellMarkers = this.options.cellMarkers;
    this.officeDocument = makeOfficeDocument(this);
    this.Word = this.makeWordNamespace();
    this.Office = createOfficeNamespace(this, () => this.officeDocument, this.options, this.dialogs);
  }

  static createEmpty(options?: FakeWordHostOptions): FakeWordHost {
    return new FakeWordHost(WordDocumentModel.createEmpty(), options);
  }

  static async fromDocx(bytes: Uint8Array, options?: FakeWordHostOptions): Promise<FakeWordHost> {
    return new FakeWordHost(await WordDocumentModel.fromDocx(bytes, options?.addinId ?? FAKE_ADDIN_ID), options);
  }

  // ---- documents -------------------------------------------------------------------------------

  /** Replaces the open document with a new blank one (one empty paragraph), as File > New does. */
  newDocument(): void {
    this.model = WordDocumentModel.createEmpty();
    this.afterOpen();
  }

  /** Opens .docx bytes in place of the current document; the add-in's settings copy is re-read. */
  async openDocx(bytes: Uint8Array): Promise<void> {
    this.model = await WordDocumentModel.fromDocx(bytes, this.options.addinId);
    this.afterOpen();
  }

  async saveDocx(): Promise<Uint8Array> {
    return await this.model.toDocx(this.options.addinId);
  }

  /** Close and reopen: saves, then opens the saved bytes (unsaved Office settings are lost). Returns the bytes. */
  async reopen(): Promise<Uint8Array> {
    const bytes = await this.saveDocx();
    await this.openDocx(bytes);
    return bytes;
  }

  private afterOpen(): void {
    this.cursor = "start";
    this.officeDocument = makeOfficeDocument(this);
  }

  // ---- configuration ---------------------------------------------------------------------------

  setWordApi(version: string): void {
    this.options.wordApi = version;
  }

  /** Read-only protection: every write through the Word API fails with AccessDenied. Saved in settings.xml. */
  setProtected(on: boolean): void {
    this.model.readOnlyProtection = on;
  }

  isProtected(): boolean {
    return this.model.readOnlyProtection;
  }

  /**
   * Viewing mode (Word on the web) or a file opened read-only: Word raises GeneralException on the first write,
   * not AccessDenied (office-js #5484). Not saved in the document.
   */
  setViewingMode(on: boolean): void {
    this.viewing = on;
  }

  /** Track changes (Word's changeTrackingMode "TrackAll"); saved as w:trackRevisions. */
  setTrackChanges(on: boolean): void {
    this.model.trackRevisions = on;
  }

  failNextSync(fault: SyncFault): void {
    this.syncFaults.push({ ...fault });
  }

  failAsync(fault: AsyncFault): void {
    this.asyncFaults.push({ ...fault });
  }

  clearFaults(): void {
    this.syncFaults = [];
    this.asyncFaults = [];
  }

  get pendingFaults(): number {
    return this.syncFaults.length + this.asyncFaults.length;
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.asyncCallCount = 0;
    this.runCount = 0;
    this.syncLog.length = 0;
    this.asyncLog.length = 0;
  }

  /** Sets Word, Office and OfficeExtension on `target` (globalThis or a browser window); returns an undo function. */
  install(target: object = globalThis): () => void {
    const t = target as Record<string, unknown>;
    const names = ["Word", "Office", "OfficeExtension"] as const;
    const previous = names.map((n) => [n, Object.prototype.hasOwnProperty.call(t, n), t[n]] as const);
    textRules.cellMarkers = this.options.cellMarkers;
    t.Word = this.Word;
    t.Office = this.Office;
    t.OfficeExtension = this.OfficeExtension;
    return () => {
      for (const [n, had, value] of previous) {
        if (had) t[n] = value;
        else delete t[n];
      }
    };
  }

  // ---- cursor ---------------------------------------------------------------------------------

  setCursor(spec: CursorSpec): void {
    this.cursor = spec;
    this.cursorSpan();
  }

  /** @internal */
  cursorSpan(): Span {
    const c = this.cursor;
    if (typeof c === "object" && "span" in c) {
      if (isSpanAttached(this.model, c.span)) return c.span;
      this.cursor = "start";
      return this.cursorSpan();
    }
    const all = descendantsW(this.model.body, "p");
    if (c === "start") return pointInParagraph(all[0]!, "start");
    if (c === "end") {
      const bodyParagraphs = childElements(this.model.body).filter((n) => isW(n, "p"));
      return pointInParagraph(bodyParagraphs[bodyParagraphs.length - 1]!, "end");
    }
    if ("inContentControl" in c) {
      const sdt = this.findControl(c.inContentControl);
      const content = sdtContentOf(sdt);
      if (c.at === "start" || c.at === "end") {
        if (!isBlockContainer(content)) return { kind: "point", parent: content, before: c.at === "start" ? content.firstChild : null };
        const inside = descendantsW(content, "p");
        return pointInParagraph(c.at === "start" ? inside[0]! : inside[inside.length - 1]!, c.at);
      }
      return { kind: "content", container: content };
    }
    if ("paragraph" in c) return { kind: "nodes", nodes: [this.paragraphAt(c.paragraph)] };
    if ("inParagraph" in c) return pointInParagraph(this.paragraphAt(c.inParagraph), c.offset);
    if ("afterParagraph" in c) return pointInParagraph(this.paragraphAt(c.afterParagraph), "end");
    return pointInParagraph(this.paragraphAt(c.beforeParagraph), "start");
  }

  /** @internal */
  setCursorSpan(span: Span): void {
    this.cursor = { span };
  }

  // ---- WordBackend / OfficeBackend --------------------------------------------------------------

  /** @internal */
  supportsWordApi(version: string): boolean {
    return compareVersions(this.options.wordApi, version) >= 0;
  }

  /** @internal */
  allControls(): XElement[] {
    return [
      ...descendantsW(this.model.body, "sdt"),
      ...this.model.headerFooterDocuments().flatMap((d) => descendantsW(d.documentElement!, "sdt")),
    ];
  }

  /** @internal Document.insertFileFromBase64(…, "Replace"): the file's body, sections, headers and styles. */
  async replaceDocumentWith(bytes: Uint8Array, options: Record<string, unknown>): Promise<void> {
    let incoming: WordDocumentModel;
    try {
      incoming = await WordDocumentModel.fromDocx(bytes, this.options.addinId);
    } catch (e) {
      throw wordError(
        WordErrorCodes.invalidArgument,
        `The file is not a Word document: ${(e as Error).message}`,
        "Document.insertFileFromBase64",
      );
    }
    const target = this.model;
    // Document settings aren't preserved from the inserted file; the add-in's settings stay the target's.
    incoming.settings = target.settings;
    incoming.savedSettings = target.savedSettings;
    const importParts = options.importCustomXmlParts === true && this.supportsWordApi("1.6");
    incoming.customXmlParts = importParts ? [...target.customXmlParts, ...incoming.customXmlParts] : target.customXmlParts;
    if (this.model.trackRevisions) markAllInserted(incoming, this.editOptions());
    this.model = incoming;
    this.cursor = "start";
  }

  /** @internal */
  openNewDocument(bytes: Uint8Array | null): void {
    this.openedDocuments.push(bytes);
  }

  /** @internal */
  editOptions(): EditOptions {
    return { track: this.model.trackRevisions, author: this.options.author, log: (r) => this.revisions.push(r) };
  }

  get customXmlParts(): CustomXmlPartRecord[] {
    return this.model.customXmlParts;
  }

  get savedSettings(): Record<string, string> {
    return this.model.savedSettings;
  }

  set savedSettings(value: Record<string, string>) {
    this.model.savedSettings = value;
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const key = name.toLowerCase();
    const version =
      key === "wordapi" ? this.options.wordApi : Object.entries(this.options.requirementSets).find(([k]) => k.toLowerCase() === key)?.[1];
    if (version === undefined) return false;
    return minVersion === undefined || compareVersions(version, String(minVersion)) >= 0;
  }

  /** @internal */
  beginAsync(method: string): FakeAsyncError | null {
    this.asyncCallCount++;
    this.asyncLog.push(method);
    const i = this.asyncFaults.findIndex((f) => f.method === method);
    if (i < 0) return null;
    const fault = this.asyncFaults[i]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.asyncFaults.splice(i, 1);
    return fault.error ?? { code: 5001, name: "Internal Error", message: "An internal error has occurred." };
  }

  /** @internal One context.sync round trip: runs the batch in order; a failure stops it, earlier changes stay. */
  async executeBatch(ops: QueuedOperation[]): Promise<void> {
    this.syncCount++;
    const record: SyncRecord = { operations: ops.map((o) => o.name), executed: 0 };
    this.syncLog.push(record);
    const failAt = this.faultIndexFor(ops);
    const commits: (() => void)[] = [];
    let error: FakeOfficeExtensionError | null = null;
    if (failAt && failAt.index < 0) error = new FakeOfficeExtensionError(failAt.fault.code, failAt.fault.message, "RequestContext.sync");
    for (let i = 0; !error && i < ops.length; i++) {
      const op = ops[i]!;
      if (failAt && failAt.index === i) {
        error = new FakeOfficeExtensionError(failAt.fault.code, failAt.fault.message, op.name);
        break;
      }
      try {
        if (op.minApi && !this.supportsWordApi(op.minApi)) {
          throw new FakeOfficeExtensionError(ExtensionErrorCodes.apiNotFound, undefined, op.name);
        }
        if (op.write && this.viewing) {
          throw wordError(WordErrorCodes.generalException, "An internal error has occurred.", op.name);
        }
        if (op.write && this.isProtected()) {
          throw wordError(WordErrorCodes.accessDenied, "The document is protected; this change isn't allowed.", op.name);
        }
        const commit = await op.run();
        if (commit) commits.push(commit);
        record.executed++;
      } catch (e) {
        error = toOfficeError(e, op.name);
      }
    }
    // A real round trip never completes synchronously.
    await Promise.resolve();
    if (error) {
      record.error = error.code;
      throw error;
    }
    commits.forEach((c) => c());
  }

  private faultIndexFor(ops: QueuedOperation[]): { index: number; fault: SyncFault } | null {
    const fault = this.syncFaults[0];
    if (!fault) return null;
    if (fault.afterSyncs && fault.afterSyncs > 0) {
      fault.afterSyncs--;
      return null;
    }
    let index: number;
    if (fault.atOperation !== undefined) index = fault.atOperation <= ops.length ? fault.atOperation - 1 : NaN;
    else if (fault.method !== undefined) {
      const m = fault.method;
      index = ops.findIndex((o) => o.name === m || o.name.endsWith(`.${m}`));
      if (index < 0) index = NaN;
    } else index = ops.length ? 0 : -1;
    if (Number.isNaN(index)) return null;
    this.syncFaults.shift();
    return { index, fault };
  }

  private makeWordNamespace() {
    const host = this;
    class RequestContext extends FakeRequestContext {
      constructor() {
        super(host);
      }
    }
    const run = async <T>(...args: unknown[]): Promise<T> => {
      const batch = args[args.length - 1];
      if (typeof batch !== "function")
        throw new FakeOfficeExtensionError(ExtensionErrorCodes.invalidArgument, "Word.run needs a batch function.");
      host.runCount++;
      const context = new FakeRequestContext(host);
      try {
        const returned = (batch as (c: FakeRequestContext) => unknown)(context);
        if (!returned || typeof (returned as Promise<T>).then !== "function") {
          throw new FakeOfficeExtensionError(ExtensionErrorCodes.runMustReturnPromise);
        }
        const value = await (returned as Promise<T>);
        if (context.pendingOperationCount > 0) await context.sync();
        return value;
      } finally {
        context.closed = true;
      }
    };
    return {
      run,
      RequestContext,
      ErrorCodes: WordErrorCodes,
      InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
      ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
      ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
      ContentControlType: { richText: "RichText", plainText: "PlainText", unknown: "Unknown" },
      RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
      SelectionMode: { select: "Select", start: "Start", end: "End" },
    } as const;
  }

  // ---- inspection ------------------------------------------------------------------------------

  bodyText(): string {
    return spanText({ kind: "content", container: this.model.body });
  }

  paragraphTexts(): string[] {
    return descendantsW(this.model.body, "p").map((p) => inlineText(p));
  }

  /** The text of what is selected (what the last `select()` chose); "" for a cursor. */
  selectedText(): string {
    return spanText(this.cursorSpan());
  }

  contentControls(): ControlInfo[] {
    return descendantsW(this.model.body, "sdt").map((sdt) => ({
      id: Number(sdtIdOf(sdt)),
      tag: sdtPrValue(sdt, "tag") ?? "",
      title: sdtPrValue(sdt, "alias") ?? "",
      text: spanText({ kind: "content", container: sdtContentOf(sdt) }),
      level: isBlockContainer(sdt.parentNode as XElement) ? "block" : "inline",
    }));
  }

  documentXml(): string {
    return serializeXml(this.model.document);
  }

  /** Office settings as saved in the document (after settings.saveAsync), parsed. */
  savedSettingsValues(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.model.savedSettings).map(([k, v]) => [k, JSON.parse(v)]));
  }

  // ---- simulated user edits (not round trips; bypass protection and locks) --------------------

  readonly user = {
    /** Types a new paragraph of plain text at a position. */
    typeParagraph: (text: string, at: TypingPosition): void => {
      const span = this.spanFor(at);
      if (span.kind !== "point") throw new Error("typeParagraph needs a position between paragraphs");
      span.parent.insertBefore(createParagraph(this.model.document, text), span.before);
      this.model.ensureBodyInvariants();
    },
    /** Replaces the first occurrence of `find` inside paragraph `index`, keeping the runs' formatting. */
    replaceText: (index: number, find: string, replacement: string): void => {
      replaceInParagraph(this.paragraphAt(index), find, replacement);
    },
    /** Retypes the whole content of a control (by tag or id), keeping its first paragraph's and run's formatting. */
    setContentControlText: (tagOrId: string | number, text: string): void => {
      const sdt = this.findControl(tagOrId);
      const content = sdtContentOf(sdt);
      const firstP = descendantsW(content, "p")[0];
      const firstR = descendantsW(content, "r")[0];
      const pPr = firstP ? firstW(firstP, "pPr") : null;
      const rPr = firstR ? firstW(firstR, "rPr") : null;
      const kids = childElements(content);
      const block = isBlockContainer(content);
      kids.forEach((k) => content.removeChild(k));
      if (block) for (const line of text.split(/\r\n?|\n/)) content.appendChild(createParagraph(this.model.document, line, pPr, rPr));
      else content.appendChild(createRun(this.model.document, text, rPr));
    },
    /** Edits part of a control's text: replaces the first occurrence of `find` in its paragraphs. */
    replaceTextInContentControl: (tagOrId: string | number, find: string, replacement: string): void => {
      const sdt = this.findControl(tagOrId);
      const content = sdtContentOf(sdt);
      const holders = isBlockContainer(content) ? descendantsW(content, "p") : [content];
      const target = holders.find((h) =>
        textSegments(h)
          .map((s) => s.text)
          .join("")
          .includes(find),
      );
      if (!target) throw new Error(`"${find}" is not in content control ${String(tagOrId)}`);
      replaceInParagraph(target, find, replacement);
    },
    /** Puts a block control with one paragraph into the document's first header (a .docx with a header must be open). */
    addHeaderControl: (tag: string, text: string): void => {
      const header = this.model.headerFooterDocuments()[0];
      if (!header) throw new Error("the open document has no header part");
      const sdt = createW(header, "sdt");
      const pr = createW(header, "sdtPr");
      pr.appendChild(createW(header, "tag", { val: tag }));
      sdt.appendChild(pr);
      const content = createW(header, "sdtContent");
      content.appendChild(createParagraph(header, text));
      sdt.appendChild(content);
      header.documentElement!.appendChild(sdt);
    },
    /** Deletes a control (by tag or id) with its content, or unwraps it when keepContent is true. */
    deleteContentControl: (tagOrId: string | number, keepContent = false): void => {
      const opts: EditOptions = { track: false, author: this.options.author, log: () => undefined };
      deleteControl(this.model, this.findControl(tagOrId), keepContent, opts, "user");
    },
  };

  private spanFor(at: TypingPosition): Span {
    const body = this.model.body;
    if (at === "start") return { kind: "point", parent: body, before: childElements(body)[0] ?? null };
    if (at === "end") {
      const last = childElements(body).pop();
      return { kind: "point", parent: body, before: isW(last, "sectPr") ? last : null };
    }
    const p = this.paragraphAt("afterParagraph" in at ? at.afterParagraph : at.beforeParagraph);
    return { kind: "point", parent: p.parentNode as XElement, before: "afterParagraph" in at ? p.nextSibling : p };
  }

  private paragraphAt(index: number): XElement {
    const all = descendantsW(this.model.body, "p");
    const p = all[index];
    if (!p) throw new Error(`the document has ${all.length} paragraphs; there is no paragraph ${index}`);
    return p;
  }

  private findControl(tagOrId: string | number): XElement {
    const sdt = descendantsW(this.model.body, "sdt").find((s) =>
      typeof tagOrId === "number" ? Number(sdtIdOf(s)) === tagOrId : sdtPrValue(s, "tag") === tagOrId,
    );
    if (!sdt) throw new Error(`no content control with ${typeof tagOrId === "number" ? "id" : "tag"} ${String(tagOrId)}`);
    return sdt;
  }
}

interface TextSegment {
  t: XElement;
  text: string;
}

function textSegments(holder: XNode): TextSegment[] {
  return descendantsW(holder, "t")
    .filter((t) => {
      for (let n: XNode | null = t.parentNode; n && n !== holder; n = n.parentNode) if (isW(n, "del")) return false;
      return true;
    })
    .map((t) => ({ t, text: t.textContent ?? "" }));
}

function replaceInParagraph(p: XNode, find: string, replacement: string): void {
  if (find === "") throw new Error("replaceText needs a non-empty search text");
  const segs = textSegments(p);
  const full = segs.map((s) => s.text).join("");
  const start = full.indexOf(find);
  if (start < 0) throw new Error(`"${find}" is not in the paragraph "${full}"`);
  const end = start + find.length;
  let offset = 0;
  let placed = false;
  for (const s of segs) {
    const sStart = offset;
    const sEnd = offset + s.text.length;
    offset = sEnd;
    if (sEnd <= start || sStart >= end) continue;
    const a = Math.max(0, start - sStart);
    const b = Math.min(s.text.length, end - sStart);
    const next = s.text.slice(0, a) + (placed ? "" : replacement) + s.text.slice(b);
    placed = true;
    while (s.t.firstChild) s.t.removeChild(s.t.firstChild);
    s.t.appendChild(s.t.ownerDocument!.createTextNode(next));
    s.t.setAttributeNS(NS.xml, "xml:space", "preserve");
  }
}
