// The in-memory WordprocessingML document behind the fake: parts as DOMs, loaded from and saved to real .docx bytes.
// Browser-safe (no fs, no Buffer): bytes are Uint8Array, zipping is jszip's "uint8array" mode.
import JSZip from "jszip";
import { childElements, createW, descendantsW, firstW, isW, NS, parseXml, serializeXml, wAttr } from "./wordml";
import type { XDocument, XElement, XNode } from "./wordml";
import { absolutePartName } from "./flat-opc";

export interface CustomXmlPartRecord {
  /** "{GUID}" as Office reports it, also written as ds:itemID. */
  id: string;
  xml: string;
}

/** Office.context.document.settings as saved in the document: name → JSON text of the value. */
export type SavedSettings = Record<string, string>;

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

interface OtherWebExtension {
  xml: string;
}

const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  numbering: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;

const CT = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  main: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  webextension: "application/vnd.ms-office.webextension+xml",
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
} as const;

const EMPTY_DOCUMENT =
  `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body><w:p/>` +
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
  `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>` +
  `</w:sectPr></w:body></w:document>`;

const EMPTY_STYLES =
  `<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>` +
  `<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault/></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
  `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `</w:styles>`;

const EMPTY_SETTINGS =
  `<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

// CT_Settings is a strict sequence; these are the children allowed before trackRevisions / documentProtection.
const SETTINGS_BEFORE_TRACK = [
  "writeProtection",
  "view",
  "zoom",
  "removePersonalInformation",
  "removeDateAndTime",
  "doNotDisplayPageBoundaries",
  "displayBackgroundShape",
  "printPostScriptOverText",
  "printFractionalCharacterWidth",
  "printFormsData",
  "embedTrueTypeFonts",
  "embedSystemFonts",
  "saveSubsetFonts",
  "saveFormsData",
  "mirrorMargins",
  "alignBordersAndEdges",
  "bordersDoNotSurroundHeader",
  "bordersDoNotSurroundFooter",
  "gutterAtTop",
  "hideSpellingErrors",
  "hideGrammaticalErrors",
  "activeWritingStyle",
  "proofState",
  "formsDesign",
  "attachedTemplate",
  "linkStyles",
  "stylePaneFormatFilter",
  "stylePaneSortMethod",
  "documentType",
  "mailMerge",
  "revisionView",
];
const SETTINGS_BEFORE_PROTECTION = [...SETTINGS_BEFORE_TRACK, "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting"];

// CT_SdtPr is a strict sequence too.
const SDTPR_ORDER = ["rPr", "alias", "tag", "id", "lock", "placeholder", "temporary", "showingPlcHdr", "dataBinding", "label", "tabIndex"];

export function newGuid(): string {
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

function onOff(el: XElement | null): boolean {
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === null || v === "1" || v === "true" || v === "on";
}

export class WordDocumentModel {
  document: XDocument;
  styles: XDocument;
  numbering: XDocument | null;
  settings: XDocument;
  customXmlParts: CustomXmlPartRecord[] = [];
  savedSettings: SavedSettings = {};
  /** Content-control appearance has no place in transitional WordprocessingML, so it lives here (see README). */
  readonly appearance = new WeakMap<XElement, string>();
  private nextSdtId = 1000;

  // Everything of a loaded .docx the fake does not model, written back unchanged.
  private rawParts = new Map<string, Uint8Array>();
  /** Headers and footers, parsed on first use (their controls are in document.contentControls) and written back. */
  private headerDocs = new Map<string, XDocument>();
  private contentDefaults = new Map<string, string>();
  private contentOverrides = new Map<string, string>();
  private rootRels: Relationship[] = [];
  private documentRels: Relationship[] = [];
  private otherWebExtensions: OtherWebExtension[] = [];
  private mainPath = "word/document.xml";

  private constructor(document: XDocument, styles: XDocument, numbering: XDocument | null, settings: XDocument) {
    this.document = document;
    this.styles = styles;
    this.numbering = numbering;
    this.settings = settings;
  }

  static createEmpty(): WordDocumentModel {
    const m = new WordDocumentModel(
      parseXml(EMPTY_DOCUMENT, "document.xml"),
      parseXml(EMPTY_STYLES, "styles.xml"),
      null,
      parseXml(EMPTY_SETTINGS, "settings.xml"),
    );
    m.contentDefaults.set("rels", CT.rels).set("xml", CT.xml);
    return m;
  }

  /** Opens .docx bytes; `addinId` selects which web extension's properties are this add-in's settings. */
  static async fromDocx(bytes: Uint8Array, addinId: string): Promise<WordDocumentModel> {
    const zip = await JSZip.loadAsync(bytes);
    const text = async (path: string): Promise<string | null> => {
      const f = zip.file(path);
      return f ? await f.async("string") : null;
    };
    const relsOf = async (partPath: string): Promise<Relationship[]> => {
      const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
      const xml = await text(`${dir}_rels/${partPath.slice(dir.length)}.rels`);
      if (!xml) return [];
      return childElements(parseXml(xml, `${partPath}.rels`).documentElement!).map((r) => ({
        id: r.getAttribute("Id") ?? "",
        type: r.getAttribute("Type") ?? "",
        target: r.getAttribute("Target") ?? "",
        external: r.getAttribute("TargetMode") === "External",
      }));
    };
    const resolve = (fromPart: string, target: string): string =>
      absolutePartName("/" + (fromPart.includes("/") ? fromPart.slice(0, fromPart.lastIndexOf("/") + 1) : ""), target).slice(1);

    const rootRels = await relsOf("");
    const mainRel = rootRels.find((r) => r.type === REL.officeDocument);
    if (!mainRel) throw new Error("not a WordprocessingML package: _rels/.rels has no officeDocument relationship");
    const mainPath = resolve("", mainRel.target);
    const mainXml = await text(mainPath);
    if (!mainXml) throw new Error(`the package lacks its main part ${mainPath}`);
    const docRels = await relsOf(mainPath);
    const partFor = async (type: string): Promise<[string, string] | null> => {
      const rel = docRels.find((r) => r.type === type);
      if (!rel) return null;
      const path = resolve(mainPath, rel.target);
      const xml = await text(path);
      return xml === null ? null : [path, xml];
    };
    const stylesPart = await partFor(REL.styles);
    const numberingPart = await partFor(REL.numbering);
    const settingsPart = await partFor(REL.settings);
    const model = new WordDocumentModel(
      parseXml(mainXml, mainPath),
      parseXml(stylesPart?.[1] ?? EMPTY_STYLES, "styles.xml"),
      numberingPart ? parseXml(numberingPart[1], "numbering.xml") : null,
      parseXml(settingsPart?.[1] ?? EMPTY_SETTINGS, "settings.xml"),
    );
    model.mainPath = mainPath;
    const modelled = new Set<string>([mainPath, "[Content_Types].xml", "_rels/.rels", relsPathOf(mainPath)]);
    for (const p of [stylesPart, numberingPart, settingsPart]) if (p) modelled.add(p[0]);

    // Custom XML parts, in item-number order as Word lists them.
    const customRels = docRels.filter((r) => r.type === REL.customXml);
    const items: { path: string; order: number; record: CustomXmlPartRecord }[] = [];
    for (const rel of customRels) {
      const path = resolve(mainPath, rel.target);
      const xml = await text(path);
      if (xml === null) continue;
      modelled.add(path).add(relsPathOf(path));
      let id: string | null = null;
      for (const pr of (await relsOf(path)).filter((r) => r.type === REL.customXmlProps)) {
        const propsPath = resolve(path, pr.target);
        modelled.add(propsPath);
        const propsXml = await text(propsPath);
        if (propsXml) id = parseXml(propsXml, propsPath).documentElement!.getAttributeNS(NS.ds, "itemID");
      }
      const order = Number(/(\d+)\.xml$/i.exec(path)?.[1] ?? items.length + 1);
      items.push({ path, order, record: { id: id || newGuid(), xml: xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml } });
    }
    model.customXmlParts = items.sort((a, b) => a.order - b.order).map((i) => i.record);

    // Add-in settings live in the web extension part whose reference id is this add-in's.
    const taskpanesRel = rootRels.find((r) => r.type === REL.taskpanes);
    if (taskpanesRel) {
      const tpPath = resolve("", taskpanesRel.target);
      modelled.add(tpPath).add(relsPathOf(tpPath));
      for (const wr of (await relsOf(tpPath)).filter((r) => r.type === REL.webextension)) {
        const wePath = resolve(tpPath, wr.target);
        const weXml = await text(wePath);
        if (weXml === null) continue;
        modelled.add(wePath).add(relsPathOf(wePath));
        const we = parseXml(weXml, wePath).documentElement!;
        const ref = childElements(we).find((c) => c.namespaceURI === NS.we && c.localName === "reference");
        if (ref?.getAttribute("id") === addinId) {
          const props = childElements(we).find((c) => c.namespaceURI === NS.we && c.localName === "properties");
          for (const p of props ? childElements(props) : []) {
            const name = p.getAttribute("name");
            if (name !== null) model.savedSettings[name] = p.getAttribute("value") ?? "null";
          }
        } else {
          model.otherWebExtensions.push({ xml: weXml });
        }
      }
    }

    model.rootRels = rootRels.filter((r) => r.type !== REL.taskpanes);
    model.documentRels = docRels.filter((r) => ![REL.styles, REL.numbering, REL.settings, REL.customXml].includes(r.type as never));
    const ctXml = await text("[Content_Types].xml");
    if (ctXml) {
      for (const el of childElements(parseXml(ctXml, "[Content_Types].xml").documentElement!)) {
        if (el.localName === "Default")
          model.contentDefaults.set((el.getAttribute("Extension") ?? "").toLowerCase(), el.getAttribute("ContentType") ?? "");
        if (el.localName === "Override")
          model.contentOverrides.set((el.getAttribute("PartName") ?? "").replace(/^\//, ""), el.getAttribute("ContentType") ?? "");
      }
    }
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir || modelled.has(path)) continue;
      model.rawParts.set(path, await entry.async("uint8array"));
    }
    model.ensureSdtIds(model.body);
    model.ensureBodyInvariants();
    return model;
  }

  get body(): XElement {
    const body = firstW(this.document.documentElement!, "body");
    if (!body) throw new Error("document.xml has no w:body");
    return body;
  }

  get finalSectPr(): XElement | null {
    const last = childElements(this.body).pop();
    return isW(last, "sectPr") ? last : null;
  }

  get trackRevisions(): boolean {
    return onOff(firstW(this.settings.documentElement!, "trackRevisions"));
  }

  set trackRevisions(on: boolean) {
    this.setSettingsFlag("trackRevisions", on ? {} : null, SETTINGS_BEFORE_TRACK);
  }

  /** Read-only protection as Word stores it (w:documentProtection w:edit="readOnly" enforced). */
  get readOnlyProtection(): boolean {
    const p = firstW(this.settings.documentElement!, "documentProtection");
    if (!p) return false;
    const enforced = wAttr(p, "enforcement");
    return (enforced === "1" || enforced === "true" || enforced === "on") && (wAttr(p, "edit") ?? "none") !== "none";
  }

  set readOnlyProtection(on: boolean) {
    this.setSettingsFlag("documentProtection", on ? { edit: "readOnly", enforcement: "1" } : null, SETTINGS_BEFORE_PROTECTION);
  }

  private setSettingsFlag(name: string, attrs: Record<string, string> | null, before: string[]): void {
    const root = this.settings.documentElement!;
    const existing = firstW(root, name);
    if (existing) root.removeChild(existing);
    if (!attrs) return;
    const el = createW(this.settings, name, attrs);
    const next = childElements(root).find((c) => !(c.namespaceURI === NS.w && before.includes(c.localName ?? "")));
    root.insertBefore(el, next ?? null);
  }

  /** After any change at body level: Word always keeps a final paragraph before the section properties. */
  ensureBodyInvariants(): void {
    const body = this.body;
    const sectPr = this.finalSectPr;
    const blocks = childElements(body).filter((c) => c !== sectPr);
    const last = blocks[blocks.length - 1];
    if (!last || !isW(last, "p")) body.insertBefore(createW(this.document, "p"), sectPr);
  }

  /** Gives every control under `root` a w:id unique in the document, as Word does on open and on insert. */
  ensureSdtIds(root: XNode): void {
    const used = new Set<string>();
    const all = descendantsW(this.body, "sdt");
    const mine = new Set(descendantsW(root, "sdt", true));
    for (const sdt of all) {
      if (mine.has(sdt)) continue;
      const id = sdtIdOf(sdt);
      if (id !== null) used.add(id);
    }
    for (const sdt of all.filter((s) => mine.has(s))) {
      let id = sdtIdOf(sdt);
      if (id === null || used.has(id) || !/^-?\d+$/.test(id)) {
        do id = String(this.nextSdtId++);
        while (used.has(id));
        setSdtPrChild(sdt, "id", { val: id });
      }
      used.add(id);
    }
  }

  headerFooterDocuments(): XDocument[] {
    for (const [path, bytes] of this.rawParts) {
      if (this.headerDocs.has(path)) continue;
      const type = this.contentOverrides.get(path);
      if (type !== CT.header && type !== CT.footer) continue;
      this.headerDocs.set(path, parseXml(new TextDecoder().decode(bytes), path));
    }
    return [...this.headerDocs.values()];
  }

  /** Whether `node` is in this document: its body, or one of its headers and footers. */
  contains(node: XNode): boolean {
    let root: XNode = node;
    while (root.parentNode) root = root.parentNode;
    return root === this.document || [...this.headerDocs.values()].includes(root as XDocument);
  }

  /** New ids for every control under `root`, as Word assigns them to inserted content (office-js #603). */
  renewSdtIds(root: XNode): void {
    const mine = new Set(descendantsW(root, "sdt", true));
    const used = new Set(
      descendantsW(this.body, "sdt")
        .filter((s) => !mine.has(s))
        .map((s) => sdtIdOf(s))
        .filter((id): id is string => id !== null),
    );
    for (const sdt of mine) {
      let id: string;
      do id = String(this.nextSdtId++);
      while (used.has(id));
      used.add(id);
      setSdtPrChild(sdt, "id", { val: id });
    }
  }

  /** Copies styles the document lacks (by styleId), as Word does when OOXML with its own styles part is inserted. */
  mergeStyles(incoming: XElement | null, nodes: XElement[]): void {
    if (!incoming) return;
    const root = this.styles.documentElement!;
    const have = new Set(
      childElements(root)
        .filter((s) => isW(s, "style"))
        .map((s) => wAttr(s, "styleId")),
    );
    for (const style of childElements(incoming).filter((s) => isW(s, "style"))) {
      const id = wAttr(style, "styleId");
      if (id === null || have.has(id)) continue;
      const copy = this.styles.importNode(style, true) as XElement;
      root.appendChild(copy);
      nodes.push(copy);
      have.add(id);
    }
  }

  /**
   * Copies list definitions under fresh ids and renumbers w:numId references in `referrers`,
   * so inserted lists neither collide with nor silently reuse the document's lists.
   */
  mergeNumbering(incoming: XElement | null, referrers: XNode[]): void {
    if (!incoming) return;
    const abstracts = childElements(incoming).filter((c) => isW(c, "abstractNum"));
    const nums = childElements(incoming).filter((c) => isW(c, "num"));
    if (!nums.length) return;
    if (!this.numbering) this.numbering = parseXml(`<w:numbering xmlns:w="${NS.w}"/>`, "numbering.xml");
    const doc = this.numbering;
    const root = doc.documentElement!;
    const existing = childElements(root);
    const maxOf = (name: string, attr: string): number =>
      existing.filter((c) => isW(c, name)).reduce((m, c) => Math.max(m, Number(wAttr(c, attr) ?? 0)), 0);
    let nextAbstract = maxOf("abstractNum", "abstractNumId") + 1;
    let nextNum = maxOf("num", "numId") + 1;
    const abstractMap = new Map<string, string>();
    const numMap = new Map<string, string>();
    const firstNum = existing.find((c) => isW(c, "num") || isW(c, "numIdMacAtCleanup")) ?? null;
    const cleanup = existing.find((c) => isW(c, "numIdMacAtCleanup")) ?? null;
    for (const a of abstracts) {
      const copy = doc.importNode(a, true) as XElement;
      const id = String(nextAbstract++);
      abstractMap.set(wAttr(a, "abstractNumId") ?? "", id);
      copy.setAttributeNS(NS.w, "w:abstractNumId", id);
      root.insertBefore(copy, firstNum);
    }
    for (const n of nums) {
      const copy = doc.importNode(n, true) as XElement;
      const id = String(nextNum++);
      numMap.set(wAttr(n, "numId") ?? "", id);
      copy.setAttributeNS(NS.w, "w:numId", id);
      const ref = firstW(copy, "abstractNumId");
      const mapped = ref ? abstractMap.get(wAttr(ref, "val") ?? "") : undefined;
      if (ref && mapped) ref.setAttributeNS(NS.w, "w:val", mapped);
      root.insertBefore(copy, cleanup);
    }
    for (const node of referrers) {
      for (const numPr of descendantsW(node, "numPr", true)) {
        const numId = firstW(numPr, "numId");
        const mapped = numId ? numMap.get(wAttr(numId, "val") ?? "") : undefined;
        if (numId && mapped) numId.setAttributeNS(NS.w, "w:val", mapped);
      }
    }
  }

  styleNameOf(styleId: string): string | null {
    const style = childElements(this.styles.documentElement!).find((s) => isW(s, "style") && wAttr(s, "styleId") === styleId);
    const name = style ? firstW(style, "name") : null;
    return name ? wAttr(name, "val") : null;
  }

  /** Writes a complete .docx; parts the fake does not model are copied from the loaded file unchanged. */
  async toDocx(addinId: string): Promise<Uint8Array> {
    const zip = new JSZip();
    const put = (path: string, data: string | Uint8Array): void => {
      zip.file(path, data, { createFolders: false });
    };
    const overrides = new Map(this.contentOverrides);
    const defaults = new Map(this.contentDefaults);
    defaults.set("rels", CT.rels);
    if (!defaults.has("xml")) defaults.set("xml", CT.xml);
    for (const [path, bytes] of this.rawParts) put(path, bytes);
    for (const [path, doc] of this.headerDocs) put(path, serializeXml(doc));

    const mainDir = this.mainPath.slice(0, this.mainPath.lastIndexOf("/") + 1);
    const docRels: Relationship[] = [...this.documentRels];
    const freshId = (rels: Relationship[], stem: string): string => {
      let n = 1;
      while (rels.some((r) => r.id === `${stem}${n}`)) n++;
      return `${stem}${n}`;
    };
    const addRel = (rels: Relationship[], type: string, target: string): void => {
      rels.push({ id: freshId(rels, "rId"), type, target, external: false });
    };

    put(this.mainPath, serializeXml(this.document));
    overrides.set(this.mainPath, CT.main);
    put(`${mainDir}styles.xml`, serializeXml(this.styles));
    overrides.set(`${mainDir}styles.xml`, CT.styles);
    addRel(docRels, REL.styles, "styles.xml");
    put(`${mainDir}settings.xml`, serializeXml(this.settings));
    overrides.set(`${mainDir}settings.xml`, CT.settings);
    addRel(docRels, REL.settings, "settings.xml");
    if (this.numbering) {
      put(`${mainDir}numbering.xml`, serializeXml(this.numbering));
      overrides.set(`${mainDir}numbering.xml`, CT.numbering);
      addRel(docRels, REL.numbering, "numbering.xml");
    }

    this.customXmlParts.forEach((part, i) => {
      const n = i + 1;
      put(`customXml/item${n}.xml`, part.xml);
      put(
        `customXml/itemProps${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
          `<ds:datastoreItem ds:itemID="${part.id}" xmlns:ds="${NS.ds}"><ds:schemaRefs/></ds:datastoreItem>`,
      );
      overrides.set(`customXml/itemProps${n}.xml`, CT.customXmlProps);
      put(
        `customXml/_rels/item${n}.xml.rels`,
        relsXml([{ id: "rId1", type: REL.customXmlProps, target: `itemProps${n}.xml`, external: false }]),
      );
      addRel(docRels, REL.customXml, `${"../".repeat(mainDir.split("/").length - 1)}customXml/item${n}.xml`);
    });
    put(relsPathOf(this.mainPath), relsXml(docRels));

    const rootRels = [...this.rootRels];
    const webExtensions = [...this.otherWebExtensions.map((w) => w.xml)];
    if (Object.keys(this.savedSettings).length) webExtensions.push(this.webExtensionXml(addinId));
    if (webExtensions.length) {
      const tpRels: Relationship[] = [];
      webExtensions.forEach((xml, i) => {
        put(`word/webextensions/webextension${i + 1}.xml`, xml);
        overrides.set(`word/webextensions/webextension${i + 1}.xml`, CT.webextension);
        tpRels.push({ id: `rId${i + 1}`, type: REL.webextension, target: `webextension${i + 1}.xml`, external: false });
      });
      // Hidden task pane entries: they carry the settings without opening a pane on every open.
      const panes = tpRels
        .map(
          (r) =>
            `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${NS.r}" r:id="${r.id}"/></wetp:taskpane>`,
        )
        .join("");
      put(
        "word/webextensions/taskpanes.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${NS.wetp}">${panes}</wetp:taskpanes>`,
      );
      overrides.set("word/webextensions/taskpanes.xml", CT.taskpanes);
      put("word/webextensions/_rels/taskpanes.xml.rels", relsXml(tpRels));
      addRel(rootRels, REL.taskpanes, "word/webextensions/taskpanes.xml");
    }
    if (!rootRels.some((r) => r.type === REL.officeDocument)) addRel(rootRels, REL.officeDocument, this.mainPath);
    put("_rels/.rels", relsXml(rootRels));

    const present = new Set(Object.keys(zip.files));
    const types =
      [...defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join("") +
      [...overrides]
        .filter(([p]) => present.has(p))
        .map(([p, type]) => `<Override PartName="/${p}" ContentType="${type}"/>`)
        .join("");
    put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.ct}">${types}</Types>`);
    return await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  private webExtensionXml(addinId: string): string {
    const props = Object.entries(this.savedSettings)
      .map(([name, json]) => `<we:property name="${attr(name)}" value="${attr(json)}"/>`)
      .join("");
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<we:webextension xmlns:we="${NS.we}" id="{52811C31-4593-43B8-A697-EB873422D156}">` +
      `<we:reference id="${attr(addinId)}" version="1.0.0.0" store="developer" storeType="Registry"/>` +
      `<we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="${NS.r}"/></we:webextension>`
    );
  }
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function relsPathOf(partPath: string): string {
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  return `${dir}_rels/${partPath.slice(dir.length)}.rels`;
}

function relsXml(rels: Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${attr(r.id)}" Type="${attr(r.type)}" Target="${attr(r.target)}"${r.external ? ` TargetMode="External"` : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items}</Relationships>`;
}

export function sdtPrOf(sdt: XElement): XElement | null {
  return firstW(sdt, "sdtPr");
}

export function sdtIdOf(sdt: XElement): string | null {
  const pr = sdtPrOf(sdt);
  const id = pr ? firstW(pr, "id") : null;
  return id ? wAttr(id, "val") : null;
}

export function sdtPrValue(sdt: XElement, name: string): string | null {
  const pr = sdtPrOf(sdt);
  const el = pr ? firstW(pr, name) : null;
  return el ? wAttr(el, "val") : null;
}

/** Sets (or, with null, removes) one w:sdtPr child, keeping the schema's element order. */
export function setSdtPrChild(sdt: XElement, name: string, attrs: Record<string, string> | null): void {
  const doc = sdt.ownerDocument!;
  let pr = sdtPrOf(sdt);
  if (!pr) {
    if (!attrs) return;
    pr = createW(doc, "sdtPr");
    sdt.insertBefore(pr, sdt.firstChild);
  }
  const existing = firstW(pr, name);
  if (existing) pr.removeChild(existing);
  if (!attrs) return;
  const rank = SDTPR_ORDER.indexOf(name);
  const next = childElements(pr).find((c) => {
    const r = c.namespaceURI === NS.w ? SDTPR_ORDER.indexOf(c.localName ?? "") : -1;
    return r === -1 || r > rank;
  });
  pr.insertBefore(createW(doc, name, attrs), next ?? null);
}

export function sdtContentOf(sdt: XElement): XElement {
  let content = firstW(sdt, "sdtContent");
  if (!content) {
    content = createW(sdt.ownerDocument!, "sdtContent");
    sdt.appendChild(content);
  }
  return content;
}

export function isAttached(node: XNode, root: XNode): boolean {
  for (let n: XNode | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}
