// Is the pane inside Word? office.js is loaded async by taskpane.html (see its comment), so the answer may come
// late or never: the pane starts standalone after a short wait, and still switches to Word if it turns up later.

export type HostKind = "word" | "standalone";

export const HOST_WAIT_MS = 1500;

/** Resolves to the Office host once office.js has loaded, or to null when it is absent or failed. */
function officeHost(doc: Document): Promise<string | null> {
  return new Promise((resolve) => {
    const askOffice = (): void => {
      try {
        Office.onReady().then(
          (info) => resolve(info.host ? String(info.host) : null),
          () => resolve(null),
        );
      } catch {
        resolve(null);
      }
    };
    if (typeof Office !== "undefined") {
      askOffice();
      return;
    }
    const script = doc.getElementById("office-js");
    if (script === null) {
      resolve(null);
      return;
    }
    const loaded = (): void => (typeof Office !== "undefined" ? askOffice() : resolve(null));
    // taskpane.html records an outcome that came before this bundle ran.
    const outcome = script.getAttribute("data-outcome");
    if (outcome === "error") return resolve(null);
    if (outcome === "load") return loaded();
    script.addEventListener("load", loaded, { once: true });
    script.addEventListener("error", () => resolve(null), { once: true });
  });
}

/**
 * Calls `onHost` once with the first decision ("word", or "standalone" after `waitMs` or on failure), and once
 * more with "word" if Word answers after the pane already went standalone.
 */
export function watchHost(onHost: (kind: HostKind) => void, waitMs = HOST_WAIT_MS, doc: Document = document): () => void {
  let decided: HostKind | null = null;
  let active = true;
  const decide = (kind: HostKind): void => {
    if (!active || decided === kind || decided === "word") return;
    decided = kind;
    onHost(kind);
  };
  const timer = setTimeout(() => decide("standalone"), waitMs);
  void officeHost(doc).then((host) => {
    clearTimeout(timer);
    decide(host === "Word" ? "word" : "standalone");
  });
  return () => {
    active = false;
    clearTimeout(timer);
  };
}

/** Office's theme colours, when Word gives them: a dark body background means the dark Fluent theme. */
export function officePrefersDark(): boolean {
  try {
    const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    if (!bg) return false;
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(bg);
    if (!m) return false;
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return false;
  }
}
