/** A prior report that cannot be read; the message is Vietnamese, says what is wrong and what to do. */
export class PriorReportError extends Error {
  override readonly name = "PriorReportError";
}
