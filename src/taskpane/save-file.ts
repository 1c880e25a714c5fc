/** Hands bytes or text to the browser as a download named `name`. */
export function saveFile(data: BlobPart, type: string, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
