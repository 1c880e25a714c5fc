// The province roll-up for the pane, loaded on demand: reading the sites' files (the .docx reader, zod) and the
// roll-up itself; a hand-written report is read by the prior-report reader for a person to review.
export { rollUpSites, type SiteInput } from "../domain/site-rollup";
export { HAND_WRITTEN_SITE, MAX_SITE_FILES, readSiteFile, reviewedSiteFigures } from "../sources/site-reports";
export { extractPriorReport } from "../sources/prior-report";
export { DOCX_LIMITS, fileTooLargeMessage } from "../sources/prior-report/safe-zip";
