// Split points: none of these is needed to draw the first screen. Every import of these modules goes
// through here, so each stays one on-demand chunk under its name.
export const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ "./engine");
export const loadWord = () => import(/* webpackChunkName: "word" */ "./word-actions");
export const loadDocx = () => import(/* webpackChunkName: "docx" */ "./docx-download");
export const loadPrior = () => import(/* webpackChunkName: "prior" */ "./prior-source");
export const loadSheet = () => import(/* webpackChunkName: "sheet" */ "./sheet-part");
export const loadCheck = () => import(/* webpackChunkName: "check" */ "./check-part");
export const loadRollup = () => import(/* webpackChunkName: "rollup" */ "./rollup-part");

export type WordPart = Awaited<ReturnType<typeof loadWord>>;
