/** Saves text as a file through the browser's download (an object URL on a temporary link). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled (the download has its own reference by then).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `<panel>-<yyyymmdd-hhmm>` in UTC, safe as a file name. */
export function exportFileName(panelId: string, ext: 'csv' | 'geojson', now = Date.now()): string {
  const d = new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 13).replace('T', '-');
  return `${panelId}-${d}.${ext}`;
}
