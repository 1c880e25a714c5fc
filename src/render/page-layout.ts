// A4 with the margins Nghị định 30/2020 sets (top 20, bottom 20, left 30, right 15 mm), in twips.

const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

export interface Layout {
  /** Text width between the margins, in twips. */
  textWidth: number;
  landscape: boolean;
}

export const PORTRAIT: Layout = { textWidth: PAGE.width - PAGE.left - PAGE.right, landscape: false };
export const LANDSCAPE: Layout = { textWidth: PAGE.height - PAGE.left - PAGE.right, landscape: true };
