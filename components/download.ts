/** Saves text as a file through a temporary object URL and a download link. */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "magpie-wishlist-2025-06-01.json" for the given day. */
export function exportFilename(ext: 'json' | 'csv', now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `magpie-wishlist-${day}.${ext}`;
}
