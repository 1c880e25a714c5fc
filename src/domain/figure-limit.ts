/**
 * The largest count or amount a report takes: far above any portal's figures (a province's visits, a year's
 * budget in đồng) and far below Number.MAX_SAFE_INTEGER, so every figure and every sum the report prints is
 * an exact integer. Data files (report-data.ts) and the pane's fields (typed-input.ts) use the same bound.
 */
export const MAX_FIGURE = 1_000_000_000_000;
