/** Data files are small; anything this large is the wrong file, and parsing it would freeze the pane. */
export const MAX_DATA_FILE_CHARS = 5_000_000;
