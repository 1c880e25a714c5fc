// Proxy objects with Office.js semantics: calls are queued, run in order at context.sync(), and loaded
// values become readable only after that sync. Targets are resolved when their operation runs, as in Word.
import type { WordDocumentModel } from "./docx-model";
import { sdtContentOf, sdtIdOf, sdtPrValue, setSdtPrChild } from "./docx-model";
import {
  cannotDelete,
  cannotEdit,
  controlsIn,
  deleteControl,
  deleteSpan,
  insertOoxmlAt,
  insertParagraphAt,
  insertTextAt,
  isSpanAttached,
  paragraphsIn,
  searchSpans,
  spanOoxml,
  spanText,
  wordError,
} from "./editing";
import type { EditOptions, Location, Span } from "./editing";
import { itemsPlan, parseLoadOption } from "./load-options";
import type { LoadPlan } from "./load-options";
import { ExtensionErrorCodes, FakeOfficeExtensionError, propertyNotLoaded, valueNotLoaded, WordErrorCodes } from "./office-errors";
import { childElements, descendantsW, firstW, isBlockContainer, isW, NS, wAttr } from "./wordml";
import type { XElement, XNode } from "./wordml";

type Commit = () => void;

export interface QueuedOperation {
  /** "ContentControl.insertOoxml", "Body.load", … */
  name: string;
  write: boolean;
  minApi?: string;
  run: () => Commit | void | Promise<Commit | void>;
}

/** What the proxies need from the host; implemented by FakeWordHost. */
export interface WordBackend {
  readonly model: WordDocumentModel;
  supportsWordApi(version: string): boolean;
  editOptions(): EditOptions;
  cursorSpan(): Span;
  setCursorSpan(span: Span): void;
  executeBatch(ops: QueuedOperation[]): Promise<void>;
  /** Every control Word lists in document.contentControls: the body's, and those in headers, footers and text boxes. */
  allControls(): XElement[];
  /** Document.insertFileFromBase64 "Replace": the document becomes the file's (WordApi 1.5). */
  replaceDocumentWith(bytes: Uint8Array, options: Record<string, unknown>): Promise<void>;
  /** Application.createDocument(base64).open(): a new document window (WordApi 1.3). */
  openNewDocument(bytes: Uint8Array | null): void;
}

export class FakeClientResult<T> {
  private loaded = false;
  private current: T | undefined;
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.current as T;
  }
  /** @internal */
  settle(value: T): void {
    this.loaded = true;
    this.current = value;
  }
  toJSON(): { value: T | undefined } {
    return { value: this.current };
  }
}

export class FakeRequestContext {
  readonly document: FakeDocument;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo: Record<string, unknown> = {};
  /** @internal */ readonly backend: WordBackend;
  private pending: QueuedOperation[] = [];
  /** @internal */ closed = false;

  constructor(backend: WordBackend) {
    this.backend = backend;
    this.document = new FakeDocument(this);
    this.application = new FakeApplication(this);
  }

  /** @internal */
  enqueue(op: QueuedOperation): void {
    if (this.closed) {
      throw new FakeOfficeExtensionError(ExtensionErrorCodes.invalidRequestContext, undefined, op.name);
    }
    this.pending.push(op);
  }

  get pendingOperationCount(): number {
    return this.pending.length;
  }

  load<T extends FakeClientObject>(object: T, option?: unknown): T {
    object.load(option);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.pending;
    this.pending = [];
    await this.backend.executeBatch(ops);
    return passThroughValue as T;
  }

  trace(message: string): void {
    void message;
  }
}

/** One resolved target, fixed when the operation that creates the object runs (Word's object paths). */
class Handle<T> {
  private pinned = false;
  private value: T | undefined;
  constructor(
    private readonly resolver: () => T,
    private readonly check: (v: T) => boolean,
  ) {}
  get(): T {
    if (!this.pinned) {
      this.value = this.resolver();
      this.pinned = true;
    }
    const v = this.value as T;
    if (!this.check(v)) throw wordError(WordErrorCodes.itemNotFound, "The object no longer exists in the document.");
    return v;
  }
}

export abstract class FakeClientObject {
  readonly context: FakeRequestContext;
  protected readonly values = new Map<string, unknown>();
  /** undefined until a sync decides it, for objects obtained through *OrNullObject. */
  protected nullState: boolean | undefined = false;
  abstract readonly typeName: string;

  constructor(context: FakeRequestContext) {
    this.context = context;
  }

  protected get backend(): WordBackend {
    return this.context.backend;
  }
  protected get model(): WordDocumentModel {
    return this.context.backend.model;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Scalar properties and the API version each needs (absent: 1.1). */
  protected abstract scalarProperties(): Record<string, string>;
  protected abstract computeScalar(name: string): unknown;
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }
  /** Throws ItemNotFound if the target is gone; returns false for a null object. */
  protected abstract touch(): boolean;

  load(option?: unknown): this {
    const plan = parseLoadOption(option);
    this.context.enqueue({ name: `${this.typeName}.load`, write: false, run: () => this.executeLoad(plan) });
    return this;
  }

  /** @internal Runs at sync time; the returned commit publishes values only if the whole batch succeeds. */
  executeLoad(plan: LoadPlan): Commit {
    if (!this.touch()) return () => this.markNull(true);
    const snapshot = new Map<string, unknown>();
    const props = this.scalarProperties();
    const names = plan.all ? Object.keys(props).filter((n) => this.backend.supportsWordApi(props[n]!)) : [...plan.scalars];
    for (const name of names) {
      if (!(name in props)) {
        if (this.navigation(name)) {
          plan.navs.set(name, { all: true, scalars: new Set(), navs: new Map() });
          continue;
        }
        throw wordError(WordErrorCodes.invalidArgument, `'${name}' is not a property of ${this.typeName}.`, `${this.typeName}.load`);
      }
      if (!this.backend.supportsWordApi(props[name]!)) {
        throw new FakeOfficeExtensionError(ExtensionErrorCodes.apiNotFound, undefined, `${this.typeName}.${name}`);
      }
      snapshot.set(name, this.computeScalar(name));
    }
    const navCommits: Commit[] = [];
    for (const [name, sub] of plan.navs) {
      const nav = this.navigation(name);
      if (!nav)
        throw wordError(WordErrorCodes.invalidArgument, `'${name}' is not a property of ${this.typeName}.`, `${this.typeName}.load`);
      navCommits.push(nav.executeLoad(sub));
    }
    return () => {
      this.markNull(false);
      for (const [k, v] of snapshot) this.values.set(k, v);
      navCommits.forEach((c) => c());
    };
  }

  /** @internal */
  markNull(isNull: boolean): void {
    if (this.nullState !== false || isNull) this.nullState = isNull;
  }

  protected read<T>(name: string): T {
    if (!this.values.has(name)) throw propertyNotLoaded(name);
    return this.values.get(name) as T;
  }

  protected queue(method: string, write: boolean, run: () => Commit | void | Promise<Commit | void>, minApi?: string): void {
    const op: QueuedOperation = { name: `${this.typeName}.${method}`, write, run };
    if (minApi) op.minApi = minApi;
    this.context.enqueue(op);
  }

  /** Property setter: updates the local value at once and queues the write, as Office.js does. */
  protected writeProperty(name: string, value: unknown, apply: () => void): void {
    this.values.set(name, value);
    this.queue(`set_${name}`, true, apply, this.scalarProperties()[name]);
  }

  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) (this as unknown as Record<string, unknown>)[k] = v;
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.values) {
      if (v instanceof FakeClientObject) continue;
      out[k] = v;
    }
    return out;
  }
}

const LOCATIONS: Location[] = ["Replace", "Start", "End", "Before", "After"];

function checkLocation(loc: unknown, allowed: Location[], where: string): Location {
  if (typeof loc !== "string" || !LOCATIONS.includes(loc as Location) || !allowed.includes(loc as Location)) {
    throw wordError(
      WordErrorCodes.invalidArgument,
      `insertLocation '${String(loc)}' is not valid here; use one of ${allowed.join(", ")}.`,
      where,
    );
  }
  return loc as Location;
}

function checkString(value: unknown, what: string, where: string): string {
  if (typeof value !== "string") throw wordError(WordErrorCodes.invalidArgument, `${what} must be a string.`, where);
  return value;
}

/** Shared by every object that stands for a place in the document. */
abstract class SpanObject extends FakeClientObject {
  protected abstract span(): Span;
  /** Where Start/End/Replace of this object's content land (a control's inside, a body's content…). */
  protected contentSpan(): Span {
    return this.span();
  }

  protected touch(): boolean {
    this.span();
    return true;
  }

  protected editInsertOoxml(method: string, ooxml: unknown, loc: unknown, allowed: Location[], spanFor: (l: Location) => Span): FakeRange {
    return this.editInsert(method, ooxml, "ooxml", loc, allowed, spanFor, insertOoxmlAt);
  }

  protected editInsertText(method: string, text: unknown, loc: unknown, allowed: Location[], spanFor: (l: Location) => Span): FakeRange {
    return this.editInsert(method, text, "text", loc, allowed, spanFor, insertTextAt);
  }

  /** Queues an insertion; the returned range resolves to what was inserted once the batch has run. */
  private editInsert(
    method: string,
    value: unknown,
    argName: string,
    loc: unknown,
    allowed: Location[],
    spanFor: (l: Location) => Span,
    insertAt: typeof insertTextAt,
  ): FakeRange {
    let result: Span | undefined;
    const where = `${this.typeName}.${method}`;
    const range = new FakeRange(this.context, () => {
      if (!result) throw wordError(WordErrorCodes.generalException, "The insertion did not run.");
      return result;
    });
    this.queue(method, true, () => {
      const l = checkLocation(loc, allowed, where);
      result = insertAt(this.model, spanFor(l), l, checkString(value, argName, where), this.backend.editOptions(), where);
      range.pin();
    });
    return range;
  }

  protected editInsertParagraph(text: unknown, loc: unknown, allowed: Location[], spanFor: (l: Location) => Span): FakeParagraph {
    let result: XElement | undefined;
    const where = `${this.typeName}.insertParagraph`;
    const paragraph = new FakeParagraph(this.context, () => {
      if (!result) throw wordError(WordErrorCodes.generalException, "The insertion did not run.");
      return result;
    });
    this.queue("insertParagraph", true, () => {
      const l = checkLocation(loc, allowed, where);
      result = insertParagraphAt(this.model, spanFor(l), l, checkString(text, "paragraphText", where), this.backend.editOptions(), where);
      paragraph.pin();
    });
    return paragraph;
  }

  protected ooxmlResult(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queue("getOoxml", false, () => {
      const xml = spanOoxml(this.model, this.span());
      return () => result.settle(xml);
    });
    return result;
  }

  protected rangeAt(method: string, spanFor: () => Span, minApi?: string): FakeRange {
    const range = new FakeRange(this.context, spanFor);
    this.queue(method, false, () => range.pin(), minApi);
    return range;
  }

  select(selectionMode?: "Select" | "Start" | "End"): void {
    this.queue("select", false, () => {
      const span = this.span();
      if (selectionMode === "Start" || selectionMode === "End") {
        const nodes = span.kind === "nodes" ? span.nodes : null;
        if (nodes) {
          const n = selectionMode === "Start" ? nodes[0]! : nodes[nodes.length - 1]!;
          this.backend.setCursorSpan({
            kind: "point",
            parent: n.parentNode as XElement,
            before: selectionMode === "Start" ? n : n.nextSibling,
          });
          return;
        }
      }
      this.backend.setCursorSpan(span);
    });
  }
}

function pointAtStart(container: XElement): Span {
  const first = firstContentChild(container);
  return { kind: "point", parent: container, before: first };
}

function firstContentChild(container: XElement): XNode | null {
  for (let c = container.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && !isW(c, "pPr")) return c;
  return null;
}

function pointAtEnd(container: XElement): Span {
  const last = container.lastChild;
  if (isW(container, "body") && isW(last, "sectPr")) return { kind: "point", parent: container, before: last };
  return { kind: "point", parent: container, before: null };
}

function rangeOfSpan(span: Span, where: unknown, allowed: string[], at: string): Span {
  const loc = where ?? "Whole";
  if (typeof loc !== "string" || !allowed.includes(loc)) {
    throw wordError(
      WordErrorCodes.invalidArgument,
      `rangeLocation '${String(loc)}' is not valid here; use one of ${allowed.join(", ")}.`,
      at,
    );
  }
  const nodes = span.kind === "nodes" ? span.nodes : null;
  switch (loc) {
    case "Start":
      return nodes
        ? { kind: "point", parent: nodes[0]!.parentNode as XElement, before: nodes[0]! }
        : span.kind === "content"
          ? pointAtStart(span.container)
          : span;
    case "End":
    case "After":
      return nodes
        ? { kind: "point", parent: nodes[0]!.parentNode as XElement, before: nodes[nodes.length - 1]!.nextSibling }
        : span.kind === "content"
          ? pointAtEnd(span.container)
          : span;
    case "Before":
      return nodes ? { kind: "point", parent: nodes[0]!.parentNode as XElement, before: nodes[0]! } : span;
    default:
      return span;
  }
}

export class FakeDocument extends FakeClientObject {
  readonly typeName = "Document";
  private _body: FakeBody | undefined;
  private _controls: FakeContentControlCollection | undefined;

  get body(): FakeBody {
    return (this._body ??= new FakeBody(this.context));
  }

  get contentControls(): FakeContentControlCollection {
    return (this._controls ??= new FakeContentControlCollection(this.context, () => this.backend.allControls()));
  }

  /**
   * WordApi 1.5. "Headers, footers, watermarks, and other section properties are copied by default"; the
   * maximum size is 4 MB; "Document settings aren't preserved"; custom XML parts come along only with
   * importCustomXmlParts (WordApi 1.6) — all from the Document.insertFileFromBase64 reference. Only "Replace" is modelled.
   */
  insertFileFromBase64(base64File: string, insertLocation: string, insertFileOptions?: Record<string, unknown>): FakeClientObject {
    const where = "Document.insertFileFromBase64";
    this.queue(
      "insertFileFromBase64",
      true,
      async () => {
        const l = checkLocation(insertLocation, ["Replace", "Start", "End"], where);
        if (l !== "Replace")
          throw wordError(WordErrorCodes.notImplemented, "The fake models Document.insertFileFromBase64 with Replace only.", where);
        const bytes = decodeBase64(checkString(base64File, "base64File", where), where);
        if (bytes.length > 4 * 1024 * 1024)
          throw wordError(WordErrorCodes.invalidArgument, "The document being inserted is larger than 4 MB.", where);
        await this.backend.replaceDocumentWith(bytes, insertFileOptions ?? {});
      },
      "1.5",
    );
    return this;
  }

  get changeTrackingMode(): string {
    return this.read("changeTrackingMode");
  }

  set changeTrackingMode(mode: string) {
    this.writeProperty("changeTrackingMode", mode, () => {
      if (!["Off", "TrackAll", "TrackMineOnly"].includes(mode)) {
        throw wordError(WordErrorCodes.invalidArgument, `changeTrackingMode '${mode}' is not valid.`, "Document.changeTrackingMode");
      }
      this.model.trackRevisions = mode !== "Off";
    });
  }

  getSelection(): FakeRange {
    const range = new FakeRange(this.context, () => this.backend.cursorSpan());
    this.queue("getSelection", false, () => range.pin());
    return range;
  }

  protected scalarProperties(): Record<string, string> {
    return { changeTrackingMode: "1.4" };
  }

  protected computeScalar(name: string): unknown {
    if (name === "changeTrackingMode") return this.model.trackRevisions ? "TrackAll" : "Off";
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "body") return this.body;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }

  protected touch(): boolean {
    return true;
  }
}

export class FakeBody extends SpanObject {
  readonly typeName = "Body";
  private _paragraphs: FakeParagraphCollection | undefined;
  private _controls: FakeContentControlCollection | undefined;

  protected span(): Span {
    return { kind: "content", container: this.model.body };
  }

  get text(): string {
    return this.read("text");
  }

  /**
   * Body.paragraphs reference remark: "Paragraphs in tables aren't returned for requirement sets 1.1 and 1.2. From
   * requirement set 1.3, paragraphs in tables are also returned."
   */
  get paragraphs(): FakeParagraphCollection {
    return (this._paragraphs ??= new FakeParagraphCollection(this.context, () => {
      const all = paragraphsIn(this.span());
      return this.backend.supportsWordApi("1.3") ? all : all.filter((p) => !insideTable(p));
    }));
  }

  get contentControls(): FakeContentControlCollection {
    return (this._controls ??= new FakeContentControlCollection(this.context, () => controlsIn(this.span())));
  }

  /** Body.search (WordApi 1.1): the matches in document order, each a range of runs (see searchSpans). */
  search(searchText: string, searchOptions?: { matchCase?: boolean }): FakeRangeCollection {
    const where = "Body.search";
    let spans: Span[] | undefined;
    const collection = new FakeRangeCollection(this.context, () => {
      if (!spans) throw wordError(WordErrorCodes.generalException, "The search did not run.", where);
      return spans;
    });
    this.queue("search", false, () => {
      const text = checkString(searchText, "searchText", where);
      if (text.length === 0 || text.length > 255)
        throw wordError(WordErrorCodes.invalidArgument, "The search text must be 1 to 255 characters.", where);
      spans = searchSpans(this.model.body, text, searchOptions?.matchCase ?? false);
    });
    return collection;
  }

  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    return this.editInsertOoxml("insertOoxml", ooxml, insertLocation, ["Replace", "Start", "End"], () => this.span());
  }

  insertText(text: string, insertLocation: string): FakeRange {
    return this.editInsertText("insertText", text, insertLocation, ["Replace", "Start", "End"], () => this.span());
  }

  insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    return this.editInsertParagraph(paragraphText, insertLocation, ["Start", "End"], () => this.span());
  }

  getOoxml(): FakeClientResult<string> {
    return this.ooxmlResult();
  }

  getRange(rangeLocation?: string): FakeRange {
    return this.rangeAt(
      "getRange",
      () => rangeOfSpan(this.span(), rangeLocation, ["Whole", "Start", "End", "After", "Content"], "Body.getRange"),
      "1.3",
    );
  }

  clear(): void {
    this.queue("clear", true, () => deleteSpan(this.model, this.span(), this.backend.editOptions(), "Body.clear"));
  }

  protected scalarProperties(): Record<string, string> {
    return { text: "1.1" };
  }

  protected computeScalar(name: string): unknown {
    return name === "text" ? spanText(this.span()) : undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}

export class FakeRange extends SpanObject {
  readonly typeName = "Range";
  private readonly handle: Handle<Span>;
  private _paragraphs: FakeParagraphCollection | undefined;
  private _controls: FakeContentControlCollection | undefined;

  constructor(context: FakeRequestContext, resolver: () => Span) {
    super(context);
    this.handle = new Handle(resolver, (s) => isSpanAttached(this.model, s));
  }

  /** @internal */
  pin(): void {
    this.handle.get();
  }

  protected span(): Span {
    return this.handle.get();
  }

  get text(): string {
    return this.read("text");
  }

  get isEmpty(): boolean {
    return this.read("isEmpty");
  }

  get paragraphs(): FakeParagraphCollection {
    return (this._paragraphs ??= new FakeParagraphCollection(this.context, () => paragraphsIn(this.span())));
  }

  get contentControls(): FakeContentControlCollection {
    return (this._controls ??= new FakeContentControlCollection(this.context, () => controlsIn(this.span())));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.context, () => enclosingControl(this.span()), true);
  }

  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    return this.editInsertOoxml("insertOoxml", ooxml, insertLocation, LOCATIONS, () => this.span());
  }

  insertText(text: string, insertLocation: string): FakeRange {
    return this.editInsertText("insertText", text, insertLocation, LOCATIONS, () => this.span());
  }

  insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    return this.editInsertParagraph(paragraphText, insertLocation, ["Before", "After"], () => blockSpanAround(this.span()));
  }

  getOoxml(): FakeClientResult<string> {
    return this.ooxmlResult();
  }

  getRange(rangeLocation?: string): FakeRange {
    return this.rangeAt(
      "getRange",
      () => rangeOfSpan(this.span(), rangeLocation, ["Whole", "Start", "End", "After", "Content"], "Range.getRange"),
      "1.3",
    );
  }

  /** WordApi 1.3: from the start of this range to the end of `range`. Read-only use (paragraphs, text) is faithful. */
  expandTo(range: FakeRange): FakeRange {
    return this.rangeAt("expandTo", () => spanBetween(this.span(), range.span()), "1.3");
  }

  delete(): void {
    this.queue("delete", true, () => deleteSpan(this.model, this.span(), this.backend.editOptions(), "Range.delete"));
  }

  protected scalarProperties(): Record<string, string> {
    return { text: "1.1", isEmpty: "1.3" };
  }

  protected computeScalar(name: string): unknown {
    if (name === "text") return spanText(this.span());
    if (name === "isEmpty") return spanText(this.span()) === "";
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}

/** Range.insertParagraph Before/After acts on whole paragraphs: widen an inline span to its paragraph. */
function blockSpanAround(span: Span): Span {
  let parent: XNode | null = span.kind === "nodes" ? span.nodes[0]!.parentNode : span.kind === "content" ? span.container : span.parent;
  if (span.kind === "point" || (parent && isBlockContainer(parent as XElement))) return span;
  while (parent && !isW(parent, "p")) parent = parent.parentNode;
  return parent ? { kind: "nodes", nodes: [parent as XElement] } : span;
}

function enclosingControl(span: Span): XElement | null {
  let n: XNode | null = span.kind === "nodes" ? span.nodes[0]!.parentNode : span.kind === "content" ? span.container : span.parent;
  for (; n; n = n.parentNode) if (isW(n, "sdt")) return n;
  return null;
}

const BUILT_IN_STYLES = new Set([
  "Normal",
  "Heading1",
  "Heading2",
  "Heading3",
  "Heading4",
  "Heading5",
  "Heading6",
  "Heading7",
  "Heading8",
  "Heading9",
  "Title",
  "Subtitle",
  "Caption",
  "Header",
  "Footer",
  "FootnoteText",
  "EndnoteText",
  "Hyperlink",
  "Strong",
  "Emphasis",
  "NoSpacing",
  "ListParagraph",
  "Quote",
  "IntenseQuote",
  "TableGrid",
  "TOCHeading",
  "TOC1",
  "TOC2",
  "TOC3",
]);

export class FakeParagraph extends SpanObject {
  readonly typeName = "Paragraph";
  private readonly handle: Handle<XElement>;
  private _controls: FakeContentControlCollection | undefined;

  constructor(context: FakeRequestContext, resolver: () => XElement) {
    super(context);
    this.handle = new Handle(resolver, (p) => isSpanAttached(this.model, { kind: "nodes", nodes: [p] }));
  }

  /** @internal */
  pin(): void {
    this.handle.get();
  }

  private get element(): XElement {
    return this.handle.get();
  }

  protected span(): Span {
    return { kind: "nodes", nodes: [this.element] };
  }

  protected override contentSpan(): Span {
    return { kind: "content", container: this.element };
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }

  get contentControls(): FakeContentControlCollection {
    return (this._controls ??= new FakeContentControlCollection(this.context, () => controlsIn(this.span())));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.context, () => enclosingControl(this.span()), true);
  }

  insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    return this.editInsertParagraph(paragraphText, insertLocation, ["Before", "After"], () => this.span());
  }

  insertText(text: string, insertLocation: string): FakeRange {
    return this.editInsertText("insertText", text, insertLocation, ["Replace", "Start", "End"], (l) =>
      l === "Replace" ? this.contentSpan() : this.contentSpan(),
    );
  }

  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    return this.editInsertOoxml("insertOoxml", ooxml, insertLocation, ["Replace", "Start", "End"], (l) =>
      l === "Replace" ? this.span() : this.contentSpan(),
    );
  }

  getOoxml(): FakeClientResult<string> {
    return this.ooxmlResult();
  }

  getRange(rangeLocation?: string): FakeRange {
    return this.rangeAt(
      "getRange",
      () => {
        const loc = rangeLocation ?? "Whole";
        if (loc === "Content" || loc === "Whole") return this.contentSpan();
        return rangeOfSpan(loc === "After" ? this.span() : this.contentSpan(), loc, ["Start", "End", "After"], "Paragraph.getRange");
      },
      "1.3",
    );
  }

  delete(): void {
    this.queue("delete", true, () => deleteSpan(this.model, this.span(), this.backend.editOptions(), "Paragraph.delete"));
  }

  protected scalarProperties(): Record<string, string> {
    return { text: "1.1", style: "1.1", styleBuiltIn: "1.3", tableNestingLevel: "1.3" };
  }

  protected computeScalar(name: string): unknown {
    const p = this.element;
    const pPr = firstW(p, "pPr");
    const styleEl = pPr ? firstW(pPr, "pStyle") : null;
    const styleId = styleEl ? wAttr(styleEl, "val") : null;
    switch (name) {
      case "text":
        return spanText(this.span());
      case "style":
        return (styleId && this.model.styleNameOf(styleId)) ?? styleId ?? this.model.styleNameOf("Normal") ?? "Normal";
      case "styleBuiltIn":
        return styleId === null ? "Normal" : BUILT_IN_STYLES.has(styleId) ? styleId : "Other";
      case "tableNestingLevel": {
        let level = 0;
        for (let n: XNode | null = p.parentNode; n; n = n.parentNode) if (isW(n, "tbl")) level++;
        return level;
      }
    }
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "contentControls" ? this.contentControls : undefined;
  }
}

const APPEARANCES: Record<string, string> = { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" };

export class FakeContentControl extends SpanObject {
  readonly typeName = "ContentControl";
  private readonly handle: Handle<XElement | null>;
  private _paragraphs: FakeParagraphCollection | undefined;
  private _controls: FakeContentControlCollection | undefined;

  constructor(context: FakeRequestContext, resolver: () => XElement | null, orNull = false) {
    super(context);
    this.handle = new Handle(resolver, (sdt) => sdt === null || isSpanAttached(this.model, { kind: "nodes", nodes: [sdt] }));
    if (orNull) this.nullState = undefined;
  }

  /** @internal Resolves now; returns a commit recording whether it is a null object. */
  pin(): Commit {
    const isNull = this.handle.get() === null;
    return () => this.markNull(isNull);
  }

  protected override touch(): boolean {
    return this.handle.get() !== null;
  }

  private get element(): XElement {
    const sdt = this.handle.get();
    if (!sdt) throw wordError(WordErrorCodes.itemNotFound, "The content control does not exist (null object).");
    return sdt;
  }

  protected span(): Span {
    return { kind: "nodes", nodes: [this.element] };
  }

  protected override contentSpan(): Span {
    return { kind: "content", container: sdtContentOf(this.element) };
  }

  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(value: string) {
    this.writeProperty("tag", value, () => setSdtPrChild(this.element, "tag", value === "" ? null : { val: value }));
  }
  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.writeProperty("title", value, () => setSdtPrChild(this.element, "alias", value === "" ? null : { val: value }));
  }
  get text(): string {
    return this.read("text");
  }
  get type(): string {
    return this.read("type");
  }
  get appearance(): string {
    return this.read("appearance");
  }
  set appearance(value: string) {
    this.writeProperty("appearance", value, () => {
      if (!Object.values(APPEARANCES).includes(value)) {
        throw wordError(WordErrorCodes.invalidArgument, `appearance '${value}' is not valid.`, "ContentControl.appearance");
      }
      this.model.appearance.set(this.element, value);
    });
  }
  get cannotEdit(): boolean {
    return this.read("cannotEdit");
  }
  set cannotEdit(value: boolean) {
    this.writeProperty("cannotEdit", value, () => this.setLock(value, cannotDelete(this.element)));
  }
  get cannotDelete(): boolean {
    return this.read("cannotDelete");
  }
  set cannotDelete(value: boolean) {
    this.writeProperty("cannotDelete", value, () => this.setLock(cannotEdit(this.element), value));
  }

  private setLock(noEdit: boolean, noDelete: boolean): void {
    const val = noEdit && noDelete ? "sdtContentLocked" : noEdit ? "contentLocked" : noDelete ? "sdtLocked" : null;
    setSdtPrChild(this.element, "lock", val ? { val } : null);
  }

  get paragraphs(): FakeParagraphCollection {
    return (this._paragraphs ??= new FakeParagraphCollection(this.context, () => paragraphsIn(this.contentSpan())));
  }

  get contentControls(): FakeContentControlCollection {
    return (this._controls ??= new FakeContentControlCollection(this.context, () => controlsIn(this.contentSpan())));
  }

  /**
   * The reference of ContentControl.insertOoxml, insertText, insertHtml and insertFileFromBase64: "'Replace'
   * cannot be used with 'RichTextTable' and 'RichTextTableRow' content controls"; of insertParagraph: "'Before'
   * and 'After' cannot be used with 'RichTextTable', 'RichTextTableRow', and 'RichTextTableCell'". Word answers a
   * broken table structure with GeneralException (office-js #6350, #4251); the exact code here is inferred.
   */
  private contentFor(method: string, loc: Location, refused: Location[], subtypes: string[]): Span {
    if (refused.includes(loc)) {
      const subtype = controlSubtype(this.element);
      if (subtypes.includes(subtype)) {
        throw wordError(
          WordErrorCodes.generalException,
          `'${loc}' cannot be used with a '${subtype}' content control.`,
          `ContentControl.${method}`,
        );
      }
    }
    return loc === "Before" || loc === "After" ? this.span() : this.contentSpan();
  }

  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    return this.editInsertOoxml("insertOoxml", ooxml, insertLocation, ["Replace", "Start", "End"], (l) =>
      this.contentFor("insertOoxml", l, ["Replace"], TABLE_ONLY),
    );
  }

  insertText(text: string, insertLocation: string): FakeRange {
    return this.editInsertText("insertText", text, insertLocation, ["Replace", "Start", "End"], (l) =>
      this.contentFor("insertText", l, ["Replace"], TABLE_ONLY),
    );
  }

  /** Modelled only as far as the table rule: HTML conversion itself is not (NotImplemented). */
  insertHtml(html: string, insertLocation: string): FakeRange {
    return this.unmodelledInsert("insertHtml", html, insertLocation);
  }

  /** Modelled only as far as the table rule: inserting a file into a control is not (NotImplemented). */
  insertFileFromBase64(base64File: string, insertLocation: string): FakeRange {
    return this.unmodelledInsert("insertFileFromBase64", base64File, insertLocation);
  }

  private unmodelledInsert(method: string, value: unknown, insertLocation: string): FakeRange {
    const where = `ContentControl.${method}`;
    const range = new FakeRange(this.context, () => {
      throw wordError(WordErrorCodes.generalException, "The insertion did not run.");
    });
    this.queue(method, true, () => {
      const l = checkLocation(insertLocation, ["Replace", "Start", "End"], where);
      checkString(value, method === "insertHtml" ? "html" : "base64File", where);
      this.contentFor(method, l, ["Replace"], TABLE_ONLY);
      throw wordError(WordErrorCodes.notImplemented, `The fake does not model ContentControl.${method}.`, where);
    });
    return range;
  }

  insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    return this.editInsertParagraph(paragraphText, insertLocation, ["Start", "End", "Before", "After"], (l) =>
      this.contentFor("insertParagraph", l, ["Before", "After"], [...TABLE_ONLY, "RichTextTableCell"]),
    );
  }

  getOoxml(): FakeClientResult<string> {
    return this.ooxmlResult();
  }

  getRange(rangeLocation?: string): FakeRange {
    return this.rangeAt(
      "getRange",
      () => {
        const loc = rangeLocation ?? "Whole";
        if (loc === "Whole") return this.span();
        if (loc === "Before" || loc === "After") return rangeOfSpan(this.span(), loc, ["Before", "After"], "ContentControl.getRange");
        return rangeOfSpan(this.contentSpan(), loc, ["Start", "End", "Content"], "ContentControl.getRange");
      },
      "1.3",
    );
  }

  delete(keepContent: boolean): void {
    this.queue("delete", true, () =>
      deleteControl(this.model, this.element, keepContent === true, this.backend.editOptions(), "ContentControl.delete"),
    );
  }

  clear(): void {
    this.queue("clear", true, () => deleteSpan(this.model, this.contentSpan(), this.backend.editOptions(), "ContentControl.clear"));
  }

  get subtype(): string {
    return this.read("subtype");
  }

  protected scalarProperties(): Record<string, string> {
    return {
      id: "1.1",
      tag: "1.1",
      title: "1.1",
      text: "1.1",
      type: "1.1",
      subtype: "1.3",
      appearance: "1.1",
      cannotEdit: "1.1",
      cannotDelete: "1.1",
    };
  }

  protected computeScalar(name: string): unknown {
    const sdt = this.element;
    switch (name) {
      case "id":
        return Number(sdtIdOf(sdt));
      case "tag":
        return sdtPrValue(sdt, "tag") ?? "";
      case "title":
        return sdtPrValue(sdt, "alias") ?? "";
      case "text":
        return spanText(this.contentSpan());
      case "type":
        return controlType(sdt);
      case "subtype":
        return controlSubtype(sdt);
      case "appearance": {
        const stored = this.model.appearance.get(sdt);
        if (stored) return stored;
        const pr = firstW(sdt, "sdtPr");
        const el = pr ? Array.from(descendantsNs(pr, NS.w15, "appearance"))[0] : undefined;
        const v = el?.getAttributeNS(NS.w15, "val");
        return (v && APPEARANCES[v]) ?? "BoundingBox";
      }
      case "cannotEdit":
        return cannotEdit(sdt);
      case "cannotDelete":
        return cannotDelete(sdt);
    }
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}

function descendantsNs(root: XElement, ns: string, localName: string): XElement[] {
  const out: XElement[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) {
      const el = c as XElement;
      if (el.namespaceURI === ns && el.localName === localName) out.push(el);
    }
  }
  return out;
}

const TABLE_ONLY = ["RichTextTable", "RichTextTableRow"];

/** ContentControl.subtype (WordApi 1.3): what the control wraps. */
export function controlSubtype(sdt: XElement): string {
  const type = controlType(sdt);
  const parent = sdt.parentNode as XElement | null;
  if (type === "PlainText") return parent && isBlockContainer(parent) ? "PlainTextParagraph" : "PlainTextInline";
  if (type !== "RichText") return type;
  if (isW(parent, "tbl")) return "RichTextTableRow";
  if (isW(parent, "tr")) return "RichTextTableCell";
  if (!parent || !isBlockContainer(parent)) return "RichTextInline";
  const content = firstW(sdt, "sdtContent");
  const blocks = content ? childElements(content).filter((c) => isW(c, "p") || isW(c, "tbl") || isW(c, "sdt")) : [];
  return blocks.length === 1 && isW(blocks[0], "tbl") ? "RichTextTable" : "RichTextParagraphs";
}

function controlType(sdt: XElement): string {
  const pr = firstW(sdt, "sdtPr");
  if (!pr) return "RichText";
  if (firstW(pr, "text")) return "PlainText";
  if (firstW(pr, "dropDownList")) return "DropDownList";
  if (firstW(pr, "comboBox")) return "ComboBox";
  if (firstW(pr, "date")) return "DatePicker";
  if (firstW(pr, "picture")) return "Picture";
  if (firstW(pr, "group")) return "Group";
  if (firstW(pr, "docPartObj")) return "BuildingBlockGallery";
  return "RichText";
}

/** A collection of items made from entries (elements, or spans for search results), resolved when loaded. */
abstract class FakeCollection<TItem extends FakeClientObject, TEntry = XElement> extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly resolveElements: () => TEntry[],
  ) {
    super(context);
  }

  protected abstract makeItem(entry: TEntry): TItem;

  get items(): TItem[] {
    return this.read("items");
  }

  protected scalarProperties(): Record<string, string> {
    return {};
  }
  protected computeScalar(): unknown {
    return undefined;
  }
  protected touch(): boolean {
    this.resolveElements();
    return true;
  }

  override executeLoad(plan: LoadPlan): Commit {
    let elements = this.resolveElements();
    const skip = plan.skip ?? plan.navs.get("items")?.skip ?? 0;
    const top = plan.top ?? plan.navs.get("items")?.top;
    elements = elements.slice(skip, top === undefined ? undefined : skip + top);
    const items = elements.map((el) => this.makeItem(el));
    const sub = itemsPlan(plan);
    const commits = items.map((item) => item.executeLoad(sub));
    return () => {
      this.values.set("items", items);
      commits.forEach((c) => c());
    };
  }

  override toJSON(): Record<string, unknown> {
    const items = this.values.get("items") as TItem[] | undefined;
    return { items: items?.map((i) => i.toJSON()) };
  }
}

export class FakeContentControlCollection extends FakeCollection<FakeContentControl> {
  readonly typeName = "ContentControlCollection";

  protected makeItem(el: XElement): FakeContentControl {
    return new FakeContentControl(this.context, () => el);
  }

  private filtered(method: string, predicate: (sdt: XElement) => boolean): FakeContentControlCollection {
    const sub = new FakeContentControlCollection(this.context, () => this.resolveElements().filter(predicate));
    this.queue(method, false, () => void this.resolveElements());
    return sub;
  }

  getByTag(tag: string): FakeContentControlCollection {
    return this.filtered("getByTag", (sdt) => (sdtPrValue(sdt, "tag") ?? "") === tag);
  }

  getByTitle(title: string): FakeContentControlCollection {
    return this.filtered("getByTitle", (sdt) => (sdtPrValue(sdt, "alias") ?? "") === title);
  }

  getById(id: number): FakeContentControl {
    return this.single("getById", () => this.resolveElements().find((s) => Number(sdtIdOf(s)) === id) ?? null, false);
  }

  getByIdOrNullObject(id: number): FakeContentControl {
    return this.single("getByIdOrNullObject", () => this.resolveElements().find((s) => Number(sdtIdOf(s)) === id) ?? null, true, "1.3");
  }

  getFirst(): FakeContentControl {
    return this.single("getFirst", () => this.resolveElements()[0] ?? null, false, "1.3");
  }

  getFirstOrNullObject(): FakeContentControl {
    return this.single("getFirstOrNullObject", () => this.resolveElements()[0] ?? null, true, "1.3");
  }

  private single(method: string, find: () => XElement | null, orNull: boolean, minApi?: string): FakeContentControl {
    const where = `${this.typeName}.${method}`;
    const control = new FakeContentControl(
      this.context,
      () => {
        const found = find();
        if (!found && !orNull) throw wordError(WordErrorCodes.itemNotFound, "The requested content control doesn't exist.", where);
        return found;
      },
      orNull,
    );
    this.queue(method, false, () => control.pin(), minApi);
    return control;
  }
}

/** Search results: ranges, loaded like any collection (items, and their text). */
export class FakeRangeCollection extends FakeCollection<FakeRange, Span> {
  readonly typeName = "RangeCollection";

  protected makeItem(span: Span): FakeRange {
    const range = new FakeRange(this.context, () => span);
    range.pin();
    return range;
  }
}

function insideTable(p: XElement): boolean {
  for (let n: XNode | null = p.parentNode; n; n = n.parentNode) if (isW(n, "tbl")) return true;
  return false;
}

export class FakeParagraphCollection extends FakeCollection<FakeParagraph> {
  readonly typeName = "ParagraphCollection";

  protected makeItem(el: XElement): FakeParagraph {
    return new FakeParagraph(this.context, () => el);
  }

  getFirst(): FakeParagraph {
    return this.pick("getFirst", (all) => all[0]);
  }

  getLast(): FakeParagraph {
    return this.pick("getLast", (all) => all[all.length - 1]);
  }

  private pick(method: string, choose: (all: XElement[]) => XElement | undefined): FakeParagraph {
    const where = `${this.typeName}.${method}`;
    const paragraph = new FakeParagraph(this.context, () => {
      const p = choose(this.resolveElements());
      if (!p) throw wordError(WordErrorCodes.itemNotFound, "The collection is empty.", where);
      return p;
    });
    this.queue(method, false, () => paragraph.pin(), "1.3");
    return paragraph;
  }
}

/** Paragraphs met (pre-order, so a paragraph holding the point counts) before the point `before` in `parent`. */
function paragraphsBefore(body: XElement, parent: XElement, before: XNode | null): number {
  let count = 0;
  let found = false;
  const walk = (el: XElement): void => {
    for (let child = el.firstChild; child && !found; child = child.nextSibling) {
      if (el === parent && child === before) {
        found = true;
        return;
      }
      if (child.nodeType !== 1) continue;
      if (isW(child as XElement, "p")) count++;
      walk(child as XElement);
    }
    if (el === parent && !found) found = true;
  };
  walk(body);
  return count;
}

/** Range.expandTo on the double: the paragraphs from the start of `a` to the end of `b`, in document order. */
function spanBetween(a: Span, b: Span): Span {
  const anyNode = (s: Span): XNode => (s.kind === "nodes" ? s.nodes[0]! : s.kind === "content" ? s.container : s.parent);
  let body: XNode | null = anyNode(a);
  while (body && !isW(body as XElement, "body")) body = body.parentNode;
  if (!body) throw new Error("expandTo: range is not in the document body");
  const root = body as XElement;
  const bound = (s: Span, edge: "start" | "end"): number => {
    if (s.kind === "point") return paragraphsBefore(root, s.parent, s.before);
    if (s.kind === "content") return paragraphsBefore(root, s.container, edge === "start" ? s.container.firstChild : null);
    const node = edge === "start" ? s.nodes[0]! : s.nodes[s.nodes.length - 1]!;
    return paragraphsBefore(root, node.parentNode as XElement, edge === "start" ? node : node.nextSibling);
  };
  const all = descendantsW(root, "p");
  const nodes = all.slice(bound(a, "start"), Math.max(bound(a, "start"), bound(b, "end")));
  return nodes.length ? { kind: "nodes", nodes } : { kind: "point", parent: root, before: root.firstChild };
}

function decodeBase64(text: string, where: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw wordError(WordErrorCodes.invalidArgument, "base64File is not valid Base64.", where);
  }
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** An object the double models only for its methods: no loadable properties, always there. */
abstract class MethodsOnlyObject extends FakeClientObject {
  protected scalarProperties(): Record<string, string> {
    return {};
  }
  protected computeScalar(): unknown {
    return undefined;
  }
  protected touch(): boolean {
    return true;
  }
}

/** Word.Application: only createDocument (WordApi 1.3). */
export class FakeApplication extends MethodsOnlyObject {
  readonly typeName = "Application";

  createDocument(base64File?: string): FakeDocumentCreated {
    const where = "Application.createDocument";
    let bytes: Uint8Array | null = null;
    const created = new FakeDocumentCreated(this.context, () => bytes);
    this.queue(
      "createDocument",
      false,
      () => {
        bytes = base64File === undefined || base64File === null ? null : decodeBase64(checkString(base64File, "base64File", where), where);
      },
      "1.3",
    );
    return created;
  }
}

/** Word.DocumentCreated: open() shows it in a new window; the add-in's own document stays the open one. */
export class FakeDocumentCreated extends MethodsOnlyObject {
  readonly typeName = "DocumentCreated";
  constructor(
    context: FakeRequestContext,
    private readonly bytes: () => Uint8Array | null,
  ) {
    super(context);
  }

  open(): void {
    this.queue("open", false, () => this.backend.openNewDocument(this.bytes()), "1.3");
  }
}
