import { useEffect, useRef, useState } from "react";
import { draftOf, type PaneDraft, type PaneState } from "./state";
import { loadWord } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import { afterFirstScreen } from "./first-screen";

// The draft is kept as she types — in the document inside Word, in the browser's storage standalone — and
// offered back when the pane opens again. Nothing is restored without her choice.

const STORAGE_KEY = "soanbaocao.draft.v1";

function parseDraft(text: string | null): PaneDraft | null {
  if (!text) return null;
  try {
    const d = JSON.parse(text) as PaneDraft;
    return d && typeof d === "object" && d.figures && typeof d.savedAt === "string" ? d : null;
  } catch {
    return null;
  }
}

function hasContent(state: PaneState): boolean {
  const f = state.figures;
  return (
    Object.values(f.metrics).some((m) => m.value.trim() || m.prior.trim()) ||
    f.table.some((g) => g.rows.some((r) => r.name.trim())) ||
    f.custom.length > 0 ||
    f.budget.allocated.trim() !== "" ||
    f.budget.spent.trim() !== "" ||
    Object.values(f.texts).some((x) => x.trim()) ||
    state.reportDate.trim() !== "" ||
    state.period !== null
  );
}

export function useDraft({ dispatch, t }: PaneTools, state: PaneState, inWord: boolean, detecting: boolean) {
  const [offer, setOffer] = useState<PaneDraft | null>(null);
  const decided = useRef(false);

  // Offered once the host is known (Word keeps it in the document, standalone in storage).
  useEffect(() => {
    if (detecting || decided.current) return;
    let active = true;
    const found = inWord
      ? afterFirstScreen()
          .then(() => loadWord())
          .then((w) => parseDraft(w.readDraftSetting()))
          .catch(() => null)
      : Promise.resolve(parseDraft(localStorage.getItem(STORAGE_KEY)));
    void found.then((d) => {
      if (!active) return;
      decided.current = d === null;
      setOffer(d);
    });
    return () => {
      active = false;
    };
  }, [inWord, detecting]);

  // Kept as she types, once she has decided about an earlier draft.
  useEffect(() => {
    if (detecting || offer !== null || !decided.current || !hasContent(state)) return;
    const timer = setTimeout(() => {
      const json = JSON.stringify(draftOf(state, new Date()));
      if (inWord)
        void loadWord()
          .then((w) => w.writeDraftSetting(json))
          .catch(() => undefined);
      else {
        try {
          localStorage.setItem(STORAGE_KEY, json);
        } catch {
          // Storage full or blocked: the draft is only a convenience.
        }
      }
    }, 600);
    return () => clearTimeout(timer);
  }, [state.figures, state.period, state.reportNumber, state.reportDate, state.asOf, state.selectedUnit, inWord, detecting, offer]);

  const restore = () => {
    if (!offer) return;
    dispatch({ type: "draft", draft: offer });
    dispatch({ type: "notice", notice: { kind: "ok", text: t.draftRestored } });
    decided.current = true;
    setOffer(null);
  };
  const discard = () => {
    decided.current = true;
    setOffer(null);
    if (inWord)
      void loadWord()
        .then((w) => w.writeDraftSetting(null))
        .catch(() => undefined);
    else localStorage.removeItem(STORAGE_KEY);
  };
  return { offer, restore, discard };
}
