/** Line and column (1-based) of a character offset, as editors show them. */
export function lineColumn(textValue: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, textValue.length));
  let line = 1;
  let lineStart = 0;
  for (let i = textValue.indexOf("\n"); i !== -1 && i < end; i = textValue.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
