// Which https hosts she has fetched data from herself, on this computer. An address found inside a document is
// only a claim — anyone who edits the file can point it elsewhere, and that host's answer would overwrite the
// figures — so the ribbon's refresh fetches it only when its host is on her own list, which grows when she loads
// from an address in the pane. The list lives in the add-in's storage on this computer, never in the document.

export const APPROVED_SOURCES_KEY = "soanbaocao.approvedSources";
const MAX_APPROVED = 50;

type Store = Pick<Storage, "getItem" | "setItem">;

/** The add-in's local storage, or null where there is none (Node, a locked-down webview). */
export function localStore(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** "https://thongke.gialai.gov.vn" for any https address on that host; null for anything else. */
export function sourceOrigin(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

function approvedList(store: Store | null): string[] {
  try {
    const raw = JSON.parse(store?.getItem(APPROVED_SOURCES_KEY) ?? "[]") as unknown;
    return Array.isArray(raw) ? raw.filter((o): o is string => typeof o === "string") : [];
  } catch {
    return [];
  }
}

export function isApprovedSource(address: string, store: Store | null = localStore()): boolean {
  const origin = sourceOrigin(address);
  return origin !== null && approvedList(store).includes(origin);
}

/** Remembers the host of an address she loaded herself (most recent first, a bounded list). */
export function approveSource(address: string, store: Store | null = localStore()): void {
  const origin = sourceOrigin(address);
  if (origin === null || store === null) return;
  const next = [origin, ...approvedList(store).filter((o) => o !== origin)].slice(0, MAX_APPROVED);
  try {
    store.setItem(APPROVED_SOURCES_KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the ribbon will ask again; nothing else depends on it.
  }
}
