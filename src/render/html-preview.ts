import type {
  Block,
  ContributorTableContent,
  HeaderContent,
  ParagraphModel,
  ParagraphRole,
  ReportModel,
  SignatureContent,
  SiteTableContent,
  TextRun,
} from "../domain/report-model";
import { NOT_REPORTED_CELL, siteFigureCells } from "../domain/site-table";
import { formatInteger } from "../domain/vietnamese-number";

// The task pane's preview: the same report model the OOXML renderer reads, drawn as HTML that approximates
// the printed page (ND30 fonts and layout). Every text from the data passes through escapeHtml; the result is
// shown inside a sandboxed frame, so even a slip here could not run script in the pane.

const HTML_SPECIALS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_SPECIALS[c]!);
}

const ROLE_CLASS: Record<ParagraphRole, string> = {
  body: "p-body",
  bullet: "p-bullet",
  heading1: "p-h1",
  heading2: "p-h2",
  heading3: "p-h3",
  "doc-type": "p-doctype",
  summary: "p-summary",
  closing: "p-body",
  "appendix-title": "p-center p-strong",
  "appendix-title-next": "p-center p-strong p-new-page",
  "appendix-caption": "p-center p-strong",
  "appendix-reference": "p-center p-em",
  addressee: "p-addressee",
  "doc-type-party": "p-doctype p-doctype-party",
};

function runHtml(r: TextRun): string {
  let html = escapeHtml(r.text);
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return html;
}

function paragraphHtml(p: ParagraphModel): string {
  const tag = p.role === "heading1" || p.role === "heading2" || p.role === "heading3" ? "h" + String(Number(p.role.slice(-1)) + 1) : "p";
  return `<${tag} class="${ROLE_CLASS[p.role]}">${p.runs.map(runHtml).join("")}</${tag}>`;
}

function headerHtml(h: HeaderContent): string {
  if (h.format === "hd36") {
    // HD 36: superior body, issuing body, a star, "Số 12-BC/…"; right: the Party's title with a full rule.
    const partyLeft =
      (h.governingBody ? `<p>${escapeHtml(h.governingBody)}</p>` : "") +
      `<p class="issuer"><strong>${escapeHtml(h.issuer)}</strong></p><p>*</p>` +
      `<p class="number">${escapeHtml(h.numberLine)}</p>`;
    const partyRight =
      `<p class="party"><strong>${escapeHtml(h.nationalTitle)}</strong></p>` +
      `<p class="place-date"><em>${escapeHtml(h.placeDate)}</em></p>`;
    return `<table class="two-col header" role="presentation"><tr><td class="left">${partyLeft}</td><td class="right">${partyRight}</td></tr></table>`;
  }
  const left =
    (h.governingBody ? `<p>${escapeHtml(h.governingBody)}</p>` : "") +
    `<p class="issuer"><strong>${escapeHtml(h.issuer)}</strong></p>` +
    // ND30: a short line under the issuing body, a third to a half of its length.
    `<div class="short-rule"></div>` +
    `<p class="number">${escapeHtml(h.numberLine)}</p>`;
  const right =
    `<p class="national"><strong>${escapeHtml(h.nationalTitle)}</strong></p>` +
    `<p class="motto"><strong>${escapeHtml(h.motto ?? "")}</strong></p>` +
    `<p class="place-date"><em>${escapeHtml(h.placeDate)}</em></p>`;
  return `<table class="two-col header" role="presentation"><tr><td class="left">${left}</td><td class="right">${right}</td></tr></table>`;
}

function signatureHtml(s: SignatureContent): string {
  const heading =
    s.format === "hd36" ? `<u>${escapeHtml(s.recipientsHeading)}</u>` : `<strong><em>${escapeHtml(s.recipientsHeading)}</em></strong>`;
  const left =
    `<p class="recipients-heading">${heading}</p>` + s.recipientLines.map((l) => `<p class="recipient">${escapeHtml(l)}</p>`).join("");
  const right =
    (s.authority ? `<p class="sig"><strong>${escapeHtml(s.authority)}</strong></p>` : "") +
    `<p class="sig"><strong>${escapeHtml(s.title)}</strong></p>` +
    `<p class="sig signer"><strong>${escapeHtml(s.name)}</strong></p>`;
  return `<table class="two-col signature" role="presentation"><tr><td class="left">${left}</td><td class="right">${right}</td></tr></table>`;
}

/** Zero prints as an empty cell, as in the Word table. */
function monthCell(v: number): string {
  return v === 0 ? "" : formatInteger(v);
}

// What the two appendix tables share, as in the Word table: the name left, group rows across, a bold total row.
const tableCells = (values: readonly string[], tag: "td" | "th") =>
  values.map((v, i) => `<${tag}${i === 1 ? ' class="name"' : ""}>${escapeHtml(v)}</${tag}>`).join("");
const tableHead = (headings: readonly string[]) =>
  `<thead><tr>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
const groupRow = (numeral: string, name: string, width: number) =>
  `<tr class="group"><th scope="rowgroup">${escapeHtml(numeral)}</th><th scope="rowgroup" class="name" colspan="${width - 1}">${escapeHtml(name)}</th></tr>`;
const totalRow = (values: readonly string[]) => `<tr class="total">${tableCells(["", "Tổng cộng", ...values], "th")}</tr>`;
const appendixTable = (headings: readonly string[], body: string) =>
  `<table class="contributors">${tableHead(headings)}<tbody>${body}</tbody></table>`;

function contributorsHtml(c: ContributorTableContent): string {
  let body = "";
  for (const group of c.table.groups) {
    body += groupRow(group.numeral, group.name, c.headings.length);
    for (const r of group.rows)
      body += `<tr>${tableCells([String(r.stt), r.name, ...r.months.map(monthCell), formatInteger(r.total)], "td")}</tr>`;
  }
  body += totalRow([...c.table.monthTotals.map(monthCell), formatInteger(c.table.grandTotal)]);
  return appendixTable(c.headings, body);
}

function sitesHtml(c: SiteTableContent): string {
  const figures = c.headings.length - 2;
  let body = "";
  for (const group of c.table.groups) {
    if (c.table.grouped) body += groupRow(group.numeral, group.name, c.headings.length);
    for (const r of group.rows) {
      const values = siteFigureCells(r);
      body += values
        ? `<tr>${tableCells([String(r.stt), r.name, ...values], "td")}</tr>`
        : `<tr>${tableCells([String(r.stt), r.name], "td")}<td colspan="${figures}"><em>${escapeHtml(NOT_REPORTED_CELL)}</em></td></tr>`;
    }
  }
  body += totalRow(c.table.totals.map((t) => formatInteger(t)));
  return appendixTable(c.headings, body);
}

function blockInner(block: Block): string {
  const c = block.content;
  switch (c.kind) {
    case "header":
      return headerHtml(c);
    case "paragraphs":
      return c.paragraphs.map(paragraphHtml).join("");
    case "signature":
      return signatureHtml(c);
    case "contributor-table":
      return contributorsHtml(c);
    case "site-table":
      return sitesHtml(c);
  }
}

/** The blocks as HTML, one <section> per block carrying its tag, the appendix on a page of its own. */
export function reportPreviewHtml(model: ReportModel): string {
  let html = '<div class="page">';
  let inAppendix = false;
  for (const block of model.blocks) {
    if (block.part === "appendix" && !inAppendix) {
      inAppendix = true;
      html += `</div><div class="page${model.appendixLandscape ? " landscape" : ""}">`;
    }
    html += `<section class="block block-${block.kind}" data-tag="${escapeHtml(block.tag)}" aria-label="${escapeHtml(block.title)}">${blockInner(block)}</section>`;
  }
  return html + "</div>";
}

export const PREVIEW_CSS = `
body { margin: 0; background: #e8e8e8; color: #000; font: 14pt/1.3 "Times New Roman", Times, "Liberation Serif", serif; }
.page { background: #fff; width: 160mm; margin: 8px auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 3px #999; }
.page.landscape { width: 247mm; }
p, h2, h3, h4 { margin: 0 0 6pt; font-size: 14pt; }
.p-body, .p-bullet { text-align: justify; text-indent: 1.27cm; }
.p-h1, .p-h2, .p-h3 { text-indent: 1.27cm; font-weight: bold; }
.p-h3 { font-style: italic; }
.p-doctype { text-align: center; font-weight: bold; margin-top: 12pt; }
.p-summary { text-align: center; font-weight: bold; margin-bottom: 12pt; }
.p-center { text-align: center; } .p-strong { font-weight: bold; } .p-em { font-style: italic; }
.p-new-page { margin-top: 24pt; border-top: 1px dashed #999; padding-top: 12pt; }
table.two-col { width: 100%; border-collapse: collapse; }
table.two-col td { vertical-align: top; text-align: center; padding: 0; }
table.header p { font-size: 13pt; margin: 0; }
table.header .national { font-size: 12pt; }
table.header .short-rule { width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }
table.header .motto strong, table.header .party strong { border-bottom: 1px solid #000; }
table.header .party { font-size: 15pt; }
.p-doctype-party { font-size: 16pt; }
.p-addressee { margin: 0 0 0 4cm; text-indent: 0; }
table.header .number, table.header .place-date { margin-top: 6pt; }
table.signature td.left { text-align: left; width: 45%; }
table.signature .recipients-heading { font-size: 12pt; margin: 0; }
table.signature .recipient { font-size: 11pt; margin: 0; }
table.signature .sig { margin: 0; }
table.signature .signer { margin-top: 70pt; }
table.contributors { width: 100%; border-collapse: collapse; font-size: 12pt; }
table.contributors th, table.contributors td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
table.contributors .name { text-align: left; }
@media (max-width: 640px) {
  body { font-size: 11pt; }
  .page, .page.landscape { width: auto; padding: 6mm 5mm; }
  p, h2, h3, h4 { font-size: 11pt; }
  table.header p, table.contributors { font-size: 10pt; }
}
`;

/** A whole HTML document for the preview frame. */
export function reportPreviewDocument(model: ReportModel, lang = "vi"): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><style>${PREVIEW_CSS}</style></head><body>${reportPreviewHtml(model)}</body></html>`;
}
