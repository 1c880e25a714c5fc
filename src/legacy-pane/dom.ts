// The few DOM helpers the legacy pane needs, written against what Internet Explorer 11 has: appendChild, not
// append; removeChild, not remove; FileReader, not Blob.arrayBuffer/text. tests/legacy-pane removes the newer
// methods before the bundle runs, so a use of one fails there.

type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function setText(node: Node, text: string): void {
  clear(node);
  if (text !== "") node.appendChild(document.createTextNode(text));
}

/** A picked file's bytes, through FileReader (Blob.arrayBuffer is newer than IE 11 and EdgeHTML). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

/** A labelled control: the label wraps it, so it is named for screen readers without ids. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el("div", { class: "field" }, [
    el("label", {}, [el("span", { class: "label" }, [label]), control]),
    hint ? el("p", { class: "hint" }, [hint]) : null,
  ]);
}
