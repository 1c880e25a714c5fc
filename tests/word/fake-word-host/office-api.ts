// The Office common API subset the add-in uses: onReady, requirement sets, custom XML parts, settings.
// These calls are callback-based and are not context.sync round trips; the host counts them separately.
import type { CustomXmlPartRecord } from "./docx-model";
import { newGuid } from "./docx-model";
import { AsyncErrors } from "./office-errors";
import type { FakeAsyncError } from "./office-errors";
import { parseXml, XmlInputError } from "./wordml";

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: FakeAsyncError;
  asyncContext?: unknown;
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

/** What the Office namespace needs from the host. */
export interface OfficeBackend {
  readonly customXmlParts: CustomXmlPartRecord[];
  savedSettings: Record<string, string>;
  isSetSupported(name: string, minVersion?: string | number): boolean;
  /** Counts the call and returns an injected failure for it, if any. */
  beginAsync(method: string): FakeAsyncError | null;
}

/** Office passes (options?, callback?) in either order of presence; this sorts them out. */
function splitArgs<T>(a: unknown, b: unknown): { options: { asyncContext?: unknown }; callback: Callback<T> | undefined } {
  if (typeof a === "function") return { options: {}, callback: a as Callback<T> };
  return { options: (a as { asyncContext?: unknown }) ?? {}, callback: typeof b === "function" ? (b as Callback<T>) : undefined };
}

function deliver<T>(callback: Callback<T> | undefined, options: { asyncContext?: unknown }, result: FakeAsyncResult<T>): void {
  if (options.asyncContext !== undefined) result.asyncContext = options.asyncContext;
  // Office always calls back asynchronously, never inside the call itself.
  if (callback) void Promise.resolve().then(() => callback(result));
}

function fail<T>(error: FakeAsyncError): FakeAsyncResult<T> {
  return { status: "failed", value: undefined as T, error: { ...error } };
}

export class FakeCustomXmlPart {
  readonly builtIn = false;
  constructor(
    private readonly backend: OfficeBackend,
    readonly id: string,
    readonly namespaceUri: string,
  ) {}

  private record(): CustomXmlPartRecord | undefined {
    return this.backend.customXmlParts.find((p) => p.id === this.id);
  }

  getXmlAsync(a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<string>(a, b);
    const injected = this.backend.beginAsync("customXmlPart.getXmlAsync");
    const rec = this.record();
    if (injected) return deliver(callback, options, fail(injected));
    if (!rec) return deliver(callback, options, fail(AsyncErrors.itemNotFound));
    deliver(callback, options, { status: "succeeded", value: rec.xml });
  }

  deleteAsync(a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<void>(a, b);
    const injected = this.backend.beginAsync("customXmlPart.deleteAsync");
    if (injected) return deliver(callback, options, fail(injected));
    const parts = this.backend.customXmlParts;
    const i = parts.findIndex((p) => p.id === this.id);
    if (i < 0) return deliver(callback, options, fail(AsyncErrors.itemNotFound));
    parts.splice(i, 1);
    deliver(callback, options, { status: "succeeded", value: undefined });
  }
}

export function namespaceOf(xml: string): string {
  try {
    return parseXml(xml, "custom XML part").documentElement?.namespaceURI ?? "";
  } catch {
    return "";
  }
}

export class FakeCustomXmlParts {
  constructor(private readonly backend: OfficeBackend) {}

  addAsync(xml: string, a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<FakeCustomXmlPart>(a, b);
    const injected = this.backend.beginAsync("customXmlParts.addAsync");
    if (injected) return deliver(callback, options, fail(injected));
    let ns: string;
    try {
      ns = parseXml(String(xml), "custom XML part").documentElement?.namespaceURI ?? "";
    } catch (e) {
      if (!(e instanceof XmlInputError)) throw e;
      return deliver(callback, options, fail(AsyncErrors.invalidXml));
    }
    const record = { id: newGuid(), xml: String(xml) };
    this.backend.customXmlParts.push(record);
    deliver(callback, options, { status: "succeeded", value: new FakeCustomXmlPart(this.backend, record.id, ns) });
  }

  getByNamespaceAsync(ns: string, a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<FakeCustomXmlPart[]>(a, b);
    const injected = this.backend.beginAsync("customXmlParts.getByNamespaceAsync");
    if (injected) return deliver(callback, options, fail(injected));
    const found = this.backend.customXmlParts
      .map((p) => ({ p, ns: namespaceOf(p.xml) }))
      .filter((x) => x.ns === ns)
      .map((x) => new FakeCustomXmlPart(this.backend, x.p.id, x.ns));
    deliver(callback, options, { status: "succeeded", value: found });
  }

  getByIdAsync(id: string, a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<FakeCustomXmlPart | null>(a, b);
    const injected = this.backend.beginAsync("customXmlParts.getByIdAsync");
    if (injected) return deliver(callback, options, fail(injected));
    const rec = this.backend.customXmlParts.find((p) => p.id === id);
    if (!rec) return deliver(callback, options, fail(AsyncErrors.itemNotFound));
    deliver(callback, options, { status: "succeeded", value: new FakeCustomXmlPart(this.backend, rec.id, namespaceOf(rec.xml)) });
  }
}

/**
 * Office.context.document.settings: an in-memory copy read when the add-in starts; set/remove change only
 * the copy, saveAsync writes it into the document (lost on close if never saved, as in Office).
 */
export class FakeSettings {
  private values: Record<string, string>;
  constructor(private readonly backend: OfficeBackend) {
    this.values = { ...backend.savedSettings };
  }

  get(name: string): unknown {
    const json = this.values[name];
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    // Values travel as JSON, like Office's serialization: functions and undefined members vanish.
    this.values[name] = JSON.stringify(value) ?? "null";
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<void>(a, b);
    const injected = this.backend.beginAsync("settings.saveAsync");
    if (injected) return deliver(callback, options, fail(injected));
    this.backend.savedSettings = { ...this.values };
    deliver(callback, options, { status: "succeeded", value: undefined });
  }

  refreshAsync(a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<FakeSettings>(a, b);
    const injected = this.backend.beginAsync("settings.refreshAsync");
    if (injected) return deliver(callback, options, fail(injected));
    this.values = { ...this.backend.savedSettings };
    deliver(callback, options, { status: "succeeded", value: this });
  }

  addHandlerAsync(_type: unknown, _handler: unknown, a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<void>(a, b);
    deliver(callback, options, { status: "succeeded", value: undefined });
  }
}

/** Office.context.ui: dialogs a test can make fail to open (e.g. 12007, one already open) or close as the user would. */
export class FakeDialogHost {
  /** Errors for the next displayDialogAsync calls, in order (a number is an Office dialog error code). */
  readonly failures: number[] = [];
  readonly opened: FakeDialog[] = [];

  displayDialogAsync(url: string, a?: unknown, b?: unknown): void {
    const { options, callback } = splitArgs<FakeDialog>(a, b);
    const code = this.failures.shift();
    if (code !== undefined) {
      deliver(callback, options, {
        status: "failed",
        value: undefined as never,
        error: { code, name: "Display Dialog Error", message: `Dialog error ${code}` },
      });
      return;
    }
    const dialog = new FakeDialog(url);
    this.opened.push(dialog);
    deliver(callback, options, { status: "succeeded", value: dialog });
  }

  messageParent(): void {
    // Only meaningful inside a dialog page; the double runs the parent side.
  }
}

export class FakeDialog {
  closed = false;
  private readonly handlers = new Map<string, ((arg: unknown) => void)[]>();
  constructor(readonly url: string) {}

  addEventHandler(type: string, handler: (arg: unknown) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  close(): void {
    this.closed = true;
  }

  /** Whether the add-in has registered for this event type yet. */
  listening(type: string): boolean {
    return (this.handlers.get(type) ?? []).length > 0;
  }

  /** The user closes the dialog with its X: Office sends DialogEventReceived with error 12006. */
  userCloses(): void {
    this.closed = true;
    for (const h of this.handlers.get("dialogEventReceived") ?? []) h({ error: 12006 });
  }

  /** The dialog page calls Office.context.ui.messageParent(message). */
  sendToParent(message: string): void {
    for (const h of this.handlers.get("dialogMessageReceived") ?? []) h({ message, origin: "https://localhost:3000" });
  }
}

export interface FakeOfficeDocument {
  readonly customXmlParts: FakeCustomXmlParts;
  readonly settings: FakeSettings;
  readonly mode: "readWrite";
  readonly url: string;
}

export interface FakeOfficeNamespace {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  initialize?: (reason: string) => void;
  readonly context: {
    readonly host: string;
    readonly platform: string;
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly diagnostics: { host: string; platform: string; version: string };
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: FakeOfficeDocument;
    readonly ui: FakeDialogHost;
  };
  readonly HostType: Record<string, string>;
  readonly EventType: Record<string, string>;
  /** Office.actions.associate: the ribbon's function commands register here. */
  readonly actions: {
    associate(name: string, handler: (event: unknown) => unknown): void;
    readonly associated: Map<string, (event: unknown) => unknown>;
  };
  readonly PlatformType: Record<string, string>;
  readonly AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  readonly CoercionType: Record<string, string>;
}

/** `currentDocument` is called on every access so a reopened document brings a fresh settings copy. */
export function createOfficeNamespace(
  backend: OfficeBackend,
  currentDocument: () => FakeOfficeDocument,
  info: { platform: string; displayLanguage: string },
  dialogs: FakeDialogHost = new FakeDialogHost(),
): FakeOfficeNamespace {
  const ready = { host: "Word", platform: info.platform };
  const associated = new Map<string, (event: unknown) => unknown>();
  const context = {
    host: "Word",
    platform: info.platform,
    displayLanguage: info.displayLanguage,
    contentLanguage: info.displayLanguage,
    diagnostics: { host: "Word", platform: info.platform, version: "16.0.fake" },
    requirements: { isSetSupported: (name: string, minVersion?: string | number) => backend.isSetSupported(name, minVersion) },
    get document(): FakeOfficeDocument {
      return currentDocument();
    },
    ui: dialogs,
  };
  return {
    onReady(callback) {
      return Promise.resolve().then(() => {
        callback?.(ready);
        return ready;
      });
    },
    context,
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    actions: {
      associated,
      associate(name: string, handler: (event: unknown) => unknown) {
        associated.set(name, handler);
      },
    },
    CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html", Matrix: "matrix", Table: "table" },
  };
}

export function makeOfficeDocument(backend: OfficeBackend): FakeOfficeDocument {
  return { customXmlParts: new FakeCustomXmlParts(backend), settings: new FakeSettings(backend), mode: "readWrite", url: "" };
}
