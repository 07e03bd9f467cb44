/**
 * Saves data the page already holds as a JSON file (「データを書き出す」, 「自分のデータをダウンロード」),
 * through a temporary link with `download`, so the browser saves it instead of opening it.
 */
export function saveJsonFile(document: Document, data: unknown, fileName: string): void {
  saveBlobFile(document, new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName);
}

/** Saves a file the API sent (such as the 特技バンク CSV, fetched as a Blob) under `fileName`. */
export function saveBlobFile(document: Document, blob: Blob, fileName: string): void {
  const view = document.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has started the download.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
