/** Offers text or bytes as a file download from an extension page (the page's own origin, so no downloads permission is needed). */
export function saveFile(filename: string, data: string | Uint8Array, mime: string, doc: Document = document): void {
  const type = typeof data === 'string' ? `${mime};charset=utf-8` : mime;
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
