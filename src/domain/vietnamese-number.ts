// Number wording per Nghị định 30/2020: "." groups thousands, "," is the decimal mark.

export const QUALIFIERS = ["gần", "trên", "hơn", "khoảng"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 6636328 → "6.636.328". Negative numbers keep their sign. */
export function formatInteger(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`không phải số hữu hạn: ${n}`);
  const sign = n < 0 ? "-" : "";
  return sign + groupThousands(String(Math.round(Math.abs(n))));
}

/** 54.04 → "54,0"; digits after the comma are fixed so columns of percentages line up. */
export function formatDecimal(n: number, fractionDigits = 1): string {
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [whole = "0", frac] = fixed.split(".");
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + groupThousands(whole) + (frac ? "," + frac : "");
}

export function formatPercent(ratio: number, fractionDigits = 1): string {
  return formatDecimal(ratio * 100, fractionDigits) + "%";
}

export interface CountStyle {
  /** Clerks write small counts with two digits ("05 video"); on by default. */
  padSmall?: boolean;
}

/** Counts of things: 5 → "05", 1225 → "1.225". Zero stays "0". */
export function formatCount(n: number, style: CountStyle = {}): string {
  const pad = style.padSmall ?? true;
  if (pad && Number.isInteger(n) && n > 0 && n < 10) return "0" + n;
  return formatInteger(n);
}

/** 150000000 → "150.000.000 đồng". */
export function formatMoney(amount: number): string {
  return formatInteger(amount) + " đồng";
}

/** "gần 4.000"; qualifier-less values are just the count. */
export function formatQualified(n: number, qualifier?: Qualifier | null, style?: CountStyle): string {
  const figure = formatCount(n, style);
  return qualifier ? `${qualifier} ${figure}` : figure;
}

/**
 * The qualifier of a sum, from the qualifiers of its approximate parts (exact parts add none): "hơn 500" + "hơn 120"
 * (or + 120) is "hơn 620", "gần" + "gần" is "gần"; any other mix of approximations is "khoảng".
 */
export function sumQualifier(qualifiers: Iterable<Qualifier>): Qualifier | undefined {
  const all = [...new Set(qualifiers)];
  if (all.length === 0) return undefined;
  if (all.every((q) => q === "hơn" || q === "trên")) return "hơn";
  if (all.every((q) => q === "gần")) return "gần";
  return "khoảng";
}
