import type { UnitProfile } from "../domain/report-data";
import type { FieldProblem } from "../domain/validation-message";
import { loadEngine } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import { saveUnits, unitKey, upsertUnit } from "./unit-store";

/** The saved unit profiles: choosing, adding or editing, deleting and importing them; every change is stored at once. */
export function useUnits({ t, stateRef, dispatch, fail }: PaneTools, units: UnitProfile[]) {
  const setUnits = (next: UnitProfile[], selected: string | null) => {
    dispatch({ type: "units", units: next, selected });
    saveUnits({ units: next, selected });
  };

  const onSelect = (key: string | null) => {
    dispatch({ type: "selectUnit", key });
    saveUnits({ units, selected: key });
  };

  const onSave = async (raw: unknown, replacing: string | undefined): Promise<FieldProblem[]> => {
    let engine;
    try {
      engine = await loadEngine();
    } catch {
      fail(t.loadPartFailed);
      return [];
    }
    const checked = engine.validateUnit(raw);
    if (!checked.ok) return checked.problems;
    setUnits(upsertUnit(stateRef.current.units, checked.unit, replacing), unitKey(checked.unit));
    dispatch({ type: "notice", notice: { kind: "ok", text: t.unitSaved(checked.unit.name) } });
    return [];
  };

  const onDelete = (key: string) => {
    const unit = units.find((u) => unitKey(u) === key);
    setUnits(
      units.filter((u) => unitKey(u) !== key),
      null,
    );
    if (unit) dispatch({ type: "notice", notice: { kind: "ok", text: t.unitDeleted(unit.name) } });
  };

  const onImport = (file: File) => {
    void loadEngine()
      .then(async (engine) => ({ engine, file_: await engine.readTextFile(file) }))
      .then(
        ({ engine, file_ }) => {
          if (!file_.ok) {
            fail(`${file.name}: ${file_.message}`);
            return;
          }
          const read = engine.readUnitFile(file_.text);
          if (!read.ok) {
            fail(`${file.name}: ${read.problems.map(engine.problemLine).join("; ")}`);
            return;
          }
          let next = stateRef.current.units;
          for (const u of read.units) next = upsertUnit(next, u);
          setUnits(next, unitKey(read.units[0]!));
          dispatch({ type: "notice", notice: { kind: "ok", text: t.unitsImported(read.units.length) } });
        },
        () => fail(t.fileReadFailed),
      );
  };

  return { onSelect, onSave, onDelete, onImport };
}
