import type { UnitProfile } from "../domain/report-data";

// Unit profiles are remembered per user, in this browser profile (Word's add-in storage is per user too).
// They also travel with each document, because the data part stores the whole data, unit included.

export const UNITS_KEY = "soanbaocao.units";

interface StoredUnits {
  version: 1;
  units: UnitProfile[];
  /** Key of the unit last chosen, so the pane opens on it. */
  selected?: string;
}

/** Two profiles are the same unit when they issue under the same name and abbreviation. */
export function unitKey(u: Pick<UnitProfile, "name" | "abbreviation">): string {
  return `${u.abbreviation}\u0000${u.name}`;
}

export interface UnitList {
  units: UnitProfile[];
  selected: string | null;
}

/**
 * Reads what was saved. Entries are re-validated by the engine when used, so a hand-edited store can at worst
 * produce a validation message, never a broken report; here only the shape is checked.
 */
export function loadUnits(storage: Pick<Storage, "getItem"> | null = safeStorage()): UnitList {
  try {
    const raw = storage?.getItem(UNITS_KEY);
    if (!raw) return { units: [], selected: null };
    const parsed = JSON.parse(raw) as Partial<StoredUnits>;
    const units = Array.isArray(parsed.units)
      ? parsed.units.filter(
          (u): u is UnitProfile => typeof u === "object" && u !== null && typeof u.name === "string" && typeof u.abbreviation === "string",
        )
      : [];
    const selected = typeof parsed.selected === "string" && units.some((u) => unitKey(u) === parsed.selected) ? parsed.selected : null;
    return { units, selected };
  } catch {
    return { units: [], selected: null };
  }
}

export function saveUnits(list: UnitList, storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  const value: StoredUnits = { version: 1, units: list.units, ...(list.selected ? { selected: list.selected } : {}) };
  try {
    storage?.setItem(UNITS_KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the list still works for this session.
  }
}

/** Adds or replaces (same key) a profile, keeping the list in the order the user built it. */
export function upsertUnit(units: readonly UnitProfile[], unit: UnitProfile, replacing?: string): UnitProfile[] {
  const target = replacing ?? unitKey(unit);
  const index = units.findIndex((u) => unitKey(u) === target);
  const others = units.filter((u, i) => i !== index && unitKey(u) !== unitKey(unit));
  if (index < 0) return [...others, unit];
  const position = units.slice(0, index).filter((u) => unitKey(u) !== unitKey(unit)).length;
  return [...others.slice(0, position), unit, ...others.slice(position)];
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
