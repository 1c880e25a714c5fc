import { useState } from "react";
import type { ReportModel } from "../domain/report-model";
import type { Period } from "../domain/period";
import type { PriorReportExtract } from "../sources/prior-report/extract-prior-report";
import type { RollUp } from "../domain/site-rollup";
import { loadRollup } from "./lazy-parts";
import { chosenFigures } from "./prior-rows";
import type { PaneTools } from "./pane-tools";
import type { AppliedSites } from "./state";
import type { RollupStrings } from "./rollup-strings";

/** A hand-written site report read for review: nothing of it counts until she ticks figures and confirms. */
export interface SiteReview {
  source: string;
  extract: PriorReportExtract;
}

/**
 * "Tổng hợp báo cáo các trang thành phần": the sites' files she picks are read and rolled up into the report the pane
 * builds (its data: the province's file, or the report stored in the open document, with the sites rolled up so far).
 * Hand-written reports are kept aside to be reviewed one by one.
 */
export function useSiteRollup({ t, stateRef, dispatch, fail }: PaneTools, s: RollupStrings, model: ReportModel | null) {
  const [handWritten, setHandWritten] = useState<ReadonlyMap<string, Uint8Array>>(new Map());
  const [review, setReview] = useState<SiteReview | null>(null);

  const show = (rolled: RollUp, outcome: AppliedSites["outcome"]) => {
    const sites = rolled.data.sites!;
    const notice = s.rollupDone(outcome.used.length, outcome.leftOut.length, outcome.missing.length);
    dispatch({ type: "sites", sites: { sites, outcome }, notice: { kind: "ok", text: notice } });
  };

  const onFiles = (files: readonly File[]) =>
    void (async () => {
      if (!model) return fail(s.rollupNeedData);
      dispatch({ type: "busy", label: s.busyRollup(files.length) });
      try {
        const part = await loadRollup();
        if (files.length > part.MAX_SITE_FILES) return fail(s.rollupTooMany(files.length, part.MAX_SITE_FILES));
        const inputs = [];
        const kept = new Map(handWritten);
        // One at a time: a province's worth of .docx never sits in the pane's memory at once.
        for (const file of files) {
          // Refused before a byte is read: a wrong pick of a huge file must not fill the pane's memory.
          if (file.size > part.DOCX_LIMITS.maxBytes) {
            inputs.push({ ok: false as const, source: file.name, problem: part.fileTooLargeMessage(file.size) });
            continue;
          }
          const bytes = new Uint8Array(await file.arrayBuffer());
          const input = await part.readSiteFile(bytes, file.name);
          if (!input.ok && input.problem === part.HAND_WRITTEN_SITE) kept.set(file.name, bytes);
          inputs.push(input);
        }
        setHandWritten(kept);
        setReview(null);
        const rolled = part.rollUpSites(model.data, inputs);
        show(rolled, { used: rolled.used, leftOut: rolled.leftOut, missing: rolled.missing, kept: rolled.kept });
      } catch {
        fail(t.loadPartFailed);
      }
    })();

  const onReview = (source: string) =>
    void (async () => {
      const bytes = handWritten.get(source);
      if (!bytes) return;
      dispatch({ type: "busy", label: s.busyRollupReview });
      try {
        const part = await loadRollup();
        const read = await part.extractPriorReport(bytes, source);
        if (!read.ok) return fail(s.rollupReviewUnreadable(source, read.message));
        setReview({ source, extract: read.report });
        dispatch({ type: "busy", label: null });
      } catch {
        fail(t.loadPartFailed);
      }
    })();

  /** Her ticked figures under the name she confirmed; the period read, or the report's when none was read. */
  const onUseReviewed = (name: string, keys: readonly string[], period: Period) =>
    void (async () => {
      if (!model || !review) return;
      try {
        const part = await loadRollup();
        const figures = chosenFigures(review.extract, new Set(keys));
        const input = { ok: true as const, figures: part.reviewedSiteFigures(review.source, name, period, figures) };
        const rolled = part.rollUpSites(model.data, [input]);
        const before = stateRef.current.sites?.outcome;
        const others = <T extends { source: string }>(list: readonly T[] | undefined): T[] =>
          (list ?? []).filter((x) => x.source !== review.source);
        show(rolled, {
          used: [...others(before?.used), ...rolled.used],
          leftOut: [...others(before?.leftOut), ...rolled.leftOut],
          missing: rolled.missing,
          kept: before?.kept ?? [],
        });
        if (rolled.used.length) {
          const rest = new Map(handWritten);
          rest.delete(review.source);
          setHandWritten(rest);
        }
        setReview(null);
      } catch {
        fail(t.loadPartFailed);
      }
    })();

  const onClear = () => {
    setHandWritten(new Map());
    setReview(null);
    dispatch({ type: "sites", sites: null, notice: { kind: "ok", text: s.rollupCleared } });
  };

  return { onFiles, onReview, onUseReviewed, onCancelReview: () => setReview(null), onClear, review, reviewable: handWritten };
}
