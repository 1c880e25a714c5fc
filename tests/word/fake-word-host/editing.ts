// Positions ("spans") in the document and the edits Word's API makes at them. Pure DOM work, no Office shapes.
import { buildFlatPackage, parseFlatPackage } from "./flat-opc";
import type { FlatPackage } from "./flat-opc";
import {
  blockTexts,
  childElements,
  createParagraph,
  createRun,
  createW,
  descendantsW,
  firstW,
  inlineTextOfNodes,
  isBlockContainer,
  isElement,
  isW,
  NS,
  XmlInputError,
} from "./wordml";
import type { XElement, XNode } from "./wordml";
import { sdtContentOf, sdtPrValue } from "./docx-model";
import type { WordDocumentModel } from "./docx-model";
import { FakeOfficeExtensionError, WordErrorCodes } from "./office-errors";

/**
 * A place in the document. Word ranges are character ranges; the fake keeps to element boundaries:
 * - nodes: a run of sibling elements (paragraphs, tables, controls — or runs inside a paragraph);
 * - content: everything inside a container (the body minus its final w:sectPr, a control's w:sdtContent,
 *   or a paragraph's runs);
 * - point: a collapsed position between two siblings (before `before`, or at the end when it is null).
 */
export type Span =
  | { kind: "nodes"; nodes: XElement[] }
  | { kind: "content"; container: XElement }
  | { kind: "point"; parent: XElement; before: XNode | null };

export type Location = "Replace" | "Start" | "End" | "Before" | "After";

export interface EditOptions {
  /** Track changes on: inserted runs are wrapped in w:ins and every change is logged. */
  track: boolean;
  log: (entry: { type: "Inserted" | "Deleted"; text: string }) => void;
  author: string;
}

export function wordError(code: string, message: string, location?: string): FakeOfficeExtensionError {
  return new FakeOfficeExtensionError(code, message, location);
}

export function spanParent(span: Span): XElement {
  if (span.kind === "nodes") return span.nodes[0]!.parentNode as XElement;
  if (span.kind === "content") return span.container;
  return span.parent;
}

export function contentNodes(container: XElement): XElement[] {
  return childElements(container).filter(
    (c) => !(isW(container, "body") && isW(c, "sectPr") && c === childElements(container).pop()) && !isW(c, "pPr"),
  );
}

export function spanNodes(span: Span): XElement[] {
  if (span.kind === "nodes") return span.nodes;
  if (span.kind === "content") return contentNodes(span.container);
  return [];
}

export function isSpanAttached(model: WordDocumentModel, span: Span): boolean {
  if (span.kind === "nodes") return span.nodes.length > 0 && span.nodes.every((n) => model.contains(n));
  if (span.kind === "content") return model.contains(span.container);
  return model.contains(span.parent) && (span.before === null || span.before.parentNode === span.parent);
}

export function spanText(span: Span): string {
  const nodes = spanNodes(span);
  const parent = spanParent(span);
  if (isBlockContainer(parent)) return nodes.flatMap(blockTexts).join("\r");
  return inlineTextOfNodes(nodes);
}

function lockOf(sdt: XElement): string | null {
  return sdtPrValue(sdt, "lock");
}

export function cannotEdit(sdt: XElement): boolean {
  const l = lockOf(sdt);
  return l === "contentLocked" || l === "sdtContentLocked";
}

export function cannotDelete(sdt: XElement): boolean {
  const l = lockOf(sdt);
  return l === "sdtLocked" || l === "sdtContentLocked";
}

/** Word refuses to change what is inside a control locked with "contents cannot be edited". */
function assertEditableAt(parent: XNode, where: string): void {
  for (let n: XNode | null = parent; n; n = n.parentNode) {
    if (isW(n, "sdtContent") && isElement(n.parentNode) && cannotEdit(n.parentNode)) {
      throw wordError(WordErrorCodes.accessDenied, "The content control's contents cannot be edited (cannotEdit is set).", where);
    }
  }
}

function assertRemovable(nodes: XElement[], where: string): void {
  for (const n of nodes) {
    for (const sdt of descendantsW(n, "sdt", true)) {
      if (cannotDelete(sdt))
        throw wordError(WordErrorCodes.accessDenied, "A content control in the range cannot be deleted (cannotDelete is set).", where);
    }
  }
}

interface InsertionPoint {
  parent: XElement;
  before: XNode | null;
  remove: XElement[];
}

function endOf(container: XElement): XNode | null {
  if (isW(container, "body")) {
    const last = childElements(container).pop();
    return isW(last, "sectPr") ? last : null;
  }
  return null;
}

function startOf(container: XElement): XNode | null {
  const first = contentNodes(container)[0];
  return first ?? endOf(container);
}

export function insertionPoint(span: Span, loc: Location): InsertionPoint {
  if (span.kind === "point") return { parent: span.parent, before: span.before, remove: [] };
  if (span.kind === "nodes") {
    const first = span.nodes[0]!;
    const last = span.nodes[span.nodes.length - 1]!;
    const parent = first.parentNode as XElement;
    if (loc === "Replace") return { parent, before: last.nextSibling, remove: span.nodes };
    if (loc === "Start" || loc === "Before") return { parent, before: first, remove: [] };
    return { parent, before: last.nextSibling, remove: [] };
  }
  const c = span.container;
  if (loc === "Replace") return { parent: c, before: endOf(c), remove: contentNodes(c) };
  if (loc === "Start" || loc === "Before") return { parent: c, before: startOf(c), remove: [] };
  return { parent: c, before: endOf(c), remove: [] };
}

function removeNodes(nodes: XElement[], opts: EditOptions): void {
  if (!nodes.length) return;
  const parent = nodes[0]!.parentNode as XElement;
  const text = isBlockContainer(parent) ? nodes.flatMap(blockTexts).join("\r") : inlineTextOfNodes(nodes);
  if (opts.track && text !== "") opts.log({ type: "Deleted", text });
  for (const n of nodes) n.parentNode?.removeChild(n);
}

/** Keeps the structures Word never leaves empty: the body's final paragraph, a block control's paragraph, a cell's paragraph. */
export function normalizeContainer(model: WordDocumentModel, parent: XElement): void {
  if (isW(parent, "body")) {
    model.ensureBodyInvariants();
    return;
  }
  if ((isW(parent, "sdtContent") || isW(parent, "tc")) && isBlockContainer(parent)) {
    const blocks = childElements(parent).filter((c) => !isW(c, "tcPr"));
    if (!blocks.some((b) => isW(b, "p") || isW(b, "tbl") || isW(b, "sdt"))) parent.appendChild(createW(model.document, "p"));
  }
}

let revisionId = 90000;

function markInserted(model: WordDocumentModel, nodes: XElement[], opts: EditOptions): void {
  if (!opts.track) return;
  const date = "2026-01-01T00:00:00Z";
  const wrapRuns = (parent: XElement, runs: XElement[]): void => {
    let group: XElement[] = [];
    const flush = (): void => {
      if (!group.length) return;
      const ins = createW(model.document, "ins", { id: String(revisionId++), author: opts.author, date });
      parent.insertBefore(ins, group[0]!);
      for (const r of group) ins.appendChild(r);
      group = [];
    };
    for (const c of childElements(parent)) {
      if (runs.includes(c)) group.push(c);
      else flush();
    }
    flush();
  };
  const parent = nodes[0]?.parentNode as XElement | undefined;
  if (!parent) return;
  if (isBlockContainer(parent)) {
    for (const node of nodes)
      for (const p of descendantsW(node, "p", true))
        wrapRuns(
          p,
          childElements(p).filter((c) => isW(c, "r")),
        );
  } else {
    wrapRuns(
      parent,
      nodes.filter((c) => isW(c, "r")),
    );
  }
  const text = isBlockContainer(parent) ? nodes.flatMap(blockTexts).join("\r") : inlineTextOfNodes(nodes);
  if (text !== "") opts.log({ type: "Inserted", text });
}

/** Tracked insertion of a whole document (insertFileFromBase64 with track changes on). */
export function markAllInserted(model: WordDocumentModel, opts: EditOptions): void {
  markInserted(model, contentNodes(model.body), opts);
}

function parsePackageOrThrow(ooxml: string, where: string): FlatPackage {
  try {
    return parseFlatPackage(ooxml);
  } catch (e) {
    if (e instanceof XmlInputError) throw wordError(WordErrorCodes.invalidArgument, `Invalid OOXML: ${e.message}`, where);
    throw e;
  }
}

/** Inserts the body of a flat OPC package; returns the span covering what was inserted. */
export function insertOoxmlAt(model: WordDocumentModel, span: Span, loc: Location, ooxml: string, opts: EditOptions, where: string): Span {
  const pkg = parsePackageOrThrow(ooxml, where);
  const point = insertionPoint(span, loc);
  assertEditableAt(point.parent, where);
  assertRemovable(point.remove, where);
  if (!isBlockContainer(point.parent)) {
    const blocks = pkg.bodyNodes.filter((n) => isW(n, "p") || isW(n, "tbl") || isW(n, "sdt"));
    if (blocks.length > 1 || (blocks[0] && !isW(blocks[0], "p"))) {
      if (!isW(point.parent, "p")) {
        throw wordError(
          WordErrorCodes.notImplemented,
          "The fake cannot split a run-level control or hyperlink: insert paragraphs inside a paragraph or at a block position.",
          where,
        );
      }
      removeNodes(point.remove, opts);
      return insertBlocksInParagraph(model, point.parent, point.before, blocks, pkg, opts);
    }
    // One paragraph's runs at an inline position: they join the paragraph there.
    const runs = blocks[0] ? childElements(blocks[0]).filter((c) => !isW(c, "pPr")) : [];
    const imported = runs.map((n) => model.document.importNode(n, true) as XElement);
    const before = point.before;
    removeNodes(point.remove, opts);
    for (const n of imported) point.parent.insertBefore(n, before);
    finishImport(model, pkg, imported, opts);
    if (imported.length) return { kind: "nodes", nodes: imported };
    return { kind: "point", parent: point.parent, before: before && before.parentNode === point.parent ? before : null };
  }
  const imported = pkg.bodyNodes.map((n) => model.document.importNode(n, true) as XElement);
  const before = point.before;
  const target = loc === "Replace" ? point.remove[point.remove.length - 1] : undefined;
  const targetPPr = target && isW(target, "p") ? firstW(target, "pPr") : null;
  const replacingParagraph = !!target && isW(target, "p");
  const replacingBody = loc === "Replace" && span.kind === "content" && isW(span.container, "body");
  removeNodes(point.remove, opts);
  for (const n of imported) point.parent.insertBefore(n, before);
  if (replacingParagraph && !replacingBody) {
    // Word keeps the replaced paragraph's mark: the last inserted paragraph takes its properties (office-js
    // #2411: "removes custom style in last paragraph"), or the mark stays as an empty paragraph of its own.
    const last = imported[imported.length - 1];
    if (last && isW(last, "p")) setParagraphProps(last, targetPPr);
    else {
      const kept = createW(model.document, "p");
      setParagraphProps(kept, targetPPr);
      point.parent.insertBefore(kept, before);
      imported.push(kept);
    }
  }
  if (replacingBody && target) {
    // body.insertOoxml(…, "Replace") keeps the body's last paragraph mark: one more empty paragraph each time
    // (office-js-docs #874), and every control it brings back gets a new id (office-js #603).
    const kept = createW(model.document, "p");
    setParagraphProps(kept, targetPPr);
    point.parent.insertBefore(kept, before);
  }
  if (loc === "Replace" && isW(point.parent, "sdtContent")) {
    // A block control's content cannot end in a table: Word adds a paragraph after it (office-js #116, #1144).
    const last = contentNodes(point.parent).pop();
    if (last && !isW(last, "p")) point.parent.appendChild(createW(model.document, "p"));
  }
  finishImport(model, pkg, imported, opts);
  normalizeContainer(model, point.parent);
  if (imported.length) return { kind: "nodes", nodes: imported };
  return { kind: "point", parent: point.parent, before: before && before.parentNode === point.parent ? before : null };
}

function setParagraphProps(p: XElement, pPr: XElement | null): void {
  const own = firstW(p, "pPr");
  if (own) p.removeChild(own);
  if (pPr) p.insertBefore(pPr.cloneNode(true), p.firstChild);
}

function finishImport(model: WordDocumentModel, pkg: FlatPackage, imported: XElement[], opts: EditOptions): void {
  const styleCopies: XElement[] = [];
  model.mergeStyles(pkg.styles, styleCopies);
  model.mergeNumbering(pkg.numbering, [...imported, ...styleCopies]);
  // Word gives every control it inserts a new id, even when the package carries one (office-js #603).
  for (const n of imported) model.renewSdtIds(n);
  markInserted(model, imported, opts);
}

/**
 * Block content inserted at a point inside a paragraph, as Word does it: the paragraph is split there; a first
 * inserted paragraph joins the text before the point (keeping her paragraph's properties), a last one joins the
 * text after it and takes her paragraph's properties (office-js #2914, #3222); when the content starts or ends
 * with a table or control, the split leaves her paragraph's halves as paragraphs of their own, empty ones too.
 */
function insertBlocksInParagraph(
  model: WordDocumentModel,
  p: XElement,
  before: XNode | null,
  blocks: XElement[],
  pkg: FlatPackage,
  opts: EditOptions,
): Span {
  const doc = model.document;
  const pPr = firstW(p, "pPr");
  const tail = createW(doc, "p");
  if (pPr) tail.appendChild(pPr.cloneNode(true));
  const tailNodes: XNode[] = [];
  for (let n = before; n; n = n.nextSibling) tailNodes.push(n);
  for (const n of tailNodes) tail.appendChild(n);
  // A section break belongs to the paragraph mark, which is the second half's.
  const headBreak = pPr ? firstW(pPr, "sectPr") : null;
  if (pPr && headBreak) pPr.removeChild(headBreak);
  const imported = blocks.map((n) => doc.importNode(n, true) as XElement);
  const movedRuns: XElement[] = [];
  let rest = imported;
  const first = rest[0];
  if (first && isW(first, "p")) {
    for (const c of childElements(first).filter((c) => !isW(c, "pPr"))) {
      p.appendChild(c);
      movedRuns.push(c);
    }
    rest = rest.slice(1);
  }
  const last = rest[rest.length - 1];
  if (last && isW(last, "p")) {
    const anchor = firstW(tail, "pPr")?.nextSibling ?? tail.firstChild;
    for (const c of childElements(last).filter((c) => !isW(c, "pPr"))) {
      tail.insertBefore(c, anchor);
      movedRuns.push(c);
    }
    rest = rest.slice(0, -1);
  }
  const parent = p.parentNode as XElement;
  const after = p.nextSibling;
  for (const n of rest) parent.insertBefore(n, after);
  parent.insertBefore(tail, after);
  finishImport(model, pkg, rest, opts);
  for (const r of movedRuns) model.renewSdtIds(r);
  if (movedRuns.length)
    markInserted(
      model,
      movedRuns.filter((r) => r.parentNode === p),
      opts,
    );
  if (movedRuns.length)
    markInserted(
      model,
      movedRuns.filter((r) => r.parentNode === tail),
      opts,
    );
  return { kind: "nodes", nodes: [p, ...rest, tail] };
}

/**
 * A collapsed point inside paragraph `p`: at its start, its end, or after `offset` characters of its text.
 * A run holding the offset is split in two, as the cursor splits it in Word.
 */
export function pointInParagraph(p: XElement, offset: number | "start" | "end"): Span {
  const kids = childElements(p).filter((c) => !isW(c, "pPr"));
  if (offset === "start" || offset === 0) return { kind: "point", parent: p, before: kids[0] ?? null };
  if (offset === "end") return { kind: "point", parent: p, before: null };
  let left = offset;
  for (const k of kids) {
    const len = inlineTextOfNodes([k]).length;
    if (left === 0) return { kind: "point", parent: p, before: k };
    if (left < len) {
      if (!isW(k, "r")) return { kind: "point", parent: p, before: k.nextSibling };
      return { kind: "point", parent: p, before: splitRun(k, left) };
    }
    left -= len;
  }
  if (left > 0) throw new Error(`the paragraph "${inlineTextOfNodes(kids)}" has fewer than ${offset} characters`);
  return { kind: "point", parent: p, before: null };
}

/** Splits run `r` after `at` characters; returns the new second run (same run properties). */
function splitRun(r: XElement, at: number): XElement {
  const doc = r.ownerDocument!;
  const second = createW(doc, "r");
  const rPr = firstW(r, "rPr");
  if (rPr) second.appendChild(rPr.cloneNode(true));
  let left = at;
  const move: XElement[] = [];
  for (const c of childElements(r).filter((c) => !isW(c, "rPr"))) {
    if (left <= 0) {
      move.push(c);
      continue;
    }
    const len = inlineTextOfNodes([c]).length;
    if (isW(c, "t") && left < len) {
      const text = c.textContent ?? "";
      while (c.firstChild) c.removeChild(c.firstChild);
      c.appendChild(doc.createTextNode(text.slice(0, left)));
      c.setAttributeNS(NS.xml, "xml:space", "preserve");
      const t2 = createW(doc, "t");
      t2.setAttributeNS(NS.xml, "xml:space", "preserve");
      t2.appendChild(doc.createTextNode(text.slice(left)));
      second.appendChild(t2);
    }
    left -= len;
  }
  for (const c of move) second.appendChild(c);
  r.parentNode!.insertBefore(second, r.nextSibling);
  return second;
}

function firstRunProps(nodes: XElement[]): { pPr: XElement | null; rPr: XElement | null } {
  let pPr: XElement | null = null;
  let rPr: XElement | null = null;
  for (const n of nodes) {
    const p = descendantsW(n, "p", true)[0];
    if (p && !pPr) pPr = firstW(p, "pPr");
    const r = descendantsW(n, "r", true)[0];
    if (r && !rPr) rPr = firstW(r, "rPr");
    if (rPr) break;
  }
  return { pPr, rPr };
}

/** insertText: text keeps the formatting of what it replaces (first paragraph's and first run's properties). */
export function insertTextAt(model: WordDocumentModel, span: Span, loc: Location, text: string, opts: EditOptions, where: string): Span {
  const point = insertionPoint(span, loc);
  assertEditableAt(point.parent, where);
  assertRemovable(point.remove, where);
  const { pPr, rPr } = firstRunProps(point.remove.length ? point.remove : spanNodes(span));
  const doc = model.document;
  if (!isBlockContainer(point.parent)) {
    const run = createRun(doc, text.replace(/\r\n?|\n/g, "\v"), rPr);
    removeNodes(point.remove, opts);
    point.parent.insertBefore(run, point.before);
    markInserted(model, [run], opts);
    return { kind: "nodes", nodes: [run] };
  }
  if (loc === "Replace" || span.kind === "point") {
    const paragraphs = text.split(/\r\n?|\n/).map((line) => createParagraph(doc, line, pPr, rPr));
    removeNodes(point.remove, opts);
    for (const p of paragraphs) point.parent.insertBefore(p, point.before);
    markInserted(model, paragraphs, opts);
    normalizeContainer(model, point.parent);
    return { kind: "nodes", nodes: paragraphs };
  }
  // Start/End (and Before/After) of block content: the text joins the first/last paragraph, as typing there would.
  const paragraphsIn = spanNodes(span).flatMap((n) => descendantsW(n, "p", true));
  const target = loc === "Start" || loc === "Before" ? paragraphsIn[0] : paragraphsIn[paragraphsIn.length - 1];
  if (!target) {
    const p = createParagraph(doc, text, null, rPr);
    point.parent.insertBefore(p, point.before);
    markInserted(model, [p], opts);
    return { kind: "nodes", nodes: [p] };
  }
  assertEditableAt(target, where);
  const run = createRun(doc, text.replace(/\r\n?|\n/g, "\v"), rPr);
  if (loc === "Start" || loc === "Before") target.insertBefore(run, firstW(target, "pPr")?.nextSibling ?? target.firstChild);
  else target.appendChild(run);
  markInserted(model, [run], opts);
  return { kind: "nodes", nodes: [run] };
}

/** insertParagraph: a new plain paragraph (Normal style) at a block position next to the span. */
export function insertParagraphAt(
  model: WordDocumentModel,
  span: Span,
  loc: Location,
  text: string,
  opts: EditOptions,
  where: string,
): XElement {
  let point = insertionPoint(span, loc);
  if (!isBlockContainer(point.parent)) {
    // From inside a paragraph, Word puts the new paragraph before/after the containing one.
    let p: XNode | null = point.parent;
    while (p && !isW(p, "p")) p = p.parentNode;
    if (!p) throw wordError(WordErrorCodes.invalidArgument, "No paragraph to insert next to.", where);
    const para = p as XElement;
    point = { parent: para.parentNode as XElement, before: loc === "Start" || loc === "Before" ? para : para.nextSibling, remove: [] };
  }
  assertEditableAt(point.parent, where);
  const p = createParagraph(model.document, text);
  point.parent.insertBefore(p, point.before);
  markInserted(model, [p], opts);
  normalizeContainer(model, point.parent);
  return p;
}

export function deleteSpan(model: WordDocumentModel, span: Span, opts: EditOptions, where: string): void {
  const nodes = spanNodes(span);
  if (!nodes.length) return;
  const parent = spanParent(span);
  assertEditableAt(parent, where);
  assertRemovable(nodes, where);
  removeNodes(nodes, opts);
  normalizeContainer(model, parent);
}

/** ContentControl.delete: removes the control, keeping its content in place when asked. */
export function deleteControl(model: WordDocumentModel, sdt: XElement, keepContent: boolean, opts: EditOptions, where: string): void {
  const parent = sdt.parentNode as XElement;
  if (cannotDelete(sdt))
    throw wordError(WordErrorCodes.accessDenied, "The content control cannot be deleted (cannotDelete is set).", where);
  assertEditableAt(parent, where);
  if (keepContent) {
    const content = sdtContentOf(sdt);
    for (const c of childElements(content)) parent.insertBefore(c, sdt);
    parent.removeChild(sdt);
  } else {
    removeNodes([sdt], opts);
  }
  normalizeContainer(model, parent);
}

/** getOoxml: the span as a flat package; inline content is wrapped in a copy of its paragraph's properties. */
export function spanOoxml(model: WordDocumentModel, span: Span): string {
  const parent = spanParent(span);
  let nodes: XNode[] = spanNodes(span);
  if (span.kind === "content" && isW(span.container, "p")) nodes = [span.container];
  else if (!isBlockContainer(parent)) {
    let para: XNode | null = parent;
    while (para && !isW(para, "p")) para = para.parentNode;
    const p = createW(model.document, "p");
    const pPr = para ? firstW(para, "pPr") : null;
    if (pPr) p.appendChild(pPr.cloneNode(true));
    for (const n of nodes) p.appendChild(n.cloneNode(true));
    nodes = [p];
  }
  return buildFlatPackage(nodes, sectionOf(model, parent), model.styles, model.numbering);
}

/**
 * The section properties of the section holding `node`: the next paragraph-level w:sectPr after it, else the
 * body's. Word's getOoxml packages end their body with them (assumed for ranges; see README, real-Word checks).
 */
export function sectionOf(model: WordDocumentModel, node: XNode): XElement | null {
  let top: XNode | null = node;
  while (top && top.parentNode && top.parentNode !== model.body) top = top.parentNode;
  if (!top || top.parentNode !== model.body) return model.finalSectPr;
  for (let n: XNode | null = top; n; n = n.nextSibling) {
    if (!isW(n, "p")) continue;
    const pPr = firstW(n, "pPr");
    const sect = pPr ? firstW(pPr, "sectPr") : null;
    if (sect) return sect;
  }
  return model.finalSectPr;
}

export function paragraphsIn(span: Span): XElement[] {
  const nodes = spanNodes(span);
  if (span.kind === "content" && isW(span.container, "p")) return [span.container];
  const out = nodes.flatMap((n) => descendantsW(n, "p", true));
  if (!out.length && !isBlockContainer(spanParent(span))) {
    let p: XNode | null = spanParent(span);
    while (p && !isW(p, "p")) p = p.parentNode;
    if (p) return [p as XElement];
  }
  return out;
}

export function controlsIn(span: Span): XElement[] {
  return spanNodes(span).flatMap((n) => descendantsW(n, "sdt", true));
}

function nearestParagraph(node: XNode): XNode | null {
  let n: XNode | null = node.parentNode;
  while (n && !isW(n, "p")) n = n.parentNode;
  return n;
}

function insideDeletion(node: XNode): boolean {
  for (let n: XNode | null = node.parentNode; n && !isW(n, "p"); n = n.parentNode) if (isW(n, "del") || isW(n, "moveFrom")) return true;
  return false;
}

/**
 * Body.search: every match of `text` inside one paragraph (Word's plain search does not cross paragraph marks), in
 * document order, table cells included. Each match becomes a span of whole runs: the runs at its ends are split
 * (same properties), which changes no text. A match across runs of different parents (a hyperlink, a run-level
 * control) is not modelled.
 */
export function searchSpans(body: XElement, text: string, matchCase: boolean): Span[] {
  const fold = (s: string) => (matchCase ? s : s.toLocaleLowerCase());
  const needle = fold(text);
  const out: Span[] = [];
  for (const p of descendantsW(body, "p")) {
    const runs = descendantsW(p, "r").filter((r) => nearestParagraph(r) === p && !insideDeletion(r));
    const texts = runs.map((r) => inlineTextOfNodes([r]));
    const hay = fold(texts.join(""));
    const starts: number[] = [];
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) starts.push(i);
    const at = (pos: number): { k: number; off: number } => {
      let acc = 0;
      for (let k = 0; k < runs.length; k++) {
        if (pos < acc + texts[k]!.length) return { k, off: pos - acc };
        acc += texts[k]!.length;
      }
      return { k: runs.length, off: 0 };
    };
    const spans: Span[] = [];
    // From the last match back: a split keeps the first part in the original run, so earlier offsets stay valid.
    for (const a of starts.reverse()) {
      // The run holding the match's last character (not the one before the next: empty runs may lie between).
      const e = at(a + needle.length - 1);
      if (e.off + 1 < inlineTextOfNodes([runs[e.k]!]).length) splitRun(runs[e.k]!, e.off + 1);
      let endRun = runs[e.k]!;
      const s = at(a);
      const startRun = s.off > 0 ? splitRun(runs[s.k]!, s.off) : runs[s.k]!;
      if (s.k === e.k && s.off > 0) endRun = startRun;
      const nodes: XElement[] = [];
      for (let n: XNode | null = startRun; n; n = n.nextSibling) {
        if (isElement(n)) nodes.push(n);
        if (n === endRun) break;
      }
      if (nodes[nodes.length - 1] !== endRun) {
        throw wordError(WordErrorCodes.notImplemented, "The fake cannot return a search match that spans runs of different parents.");
      }
      spans.unshift({ kind: "nodes", nodes });
    }
    out.push(...spans);
  }
  return out;
}
