export { checkReport, type CheckContext, type CheckResult } from "./check-report";
export type { CheckedBlock, CheckedDocument } from "./checked-document";
export { RULE_IDS, type Finding, type RuleId, type Severity, type TextEdit, type TextLocation } from "./finding";
export { RULE_TITLES } from "./rule-names";
