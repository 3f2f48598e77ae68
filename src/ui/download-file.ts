/**
 * Saves text (or a Blob, e.g. a PNG) as a file through a temporary object URL and an `<a download>` click: the one
 * place that touches the DOM for downloads, so tests can stub URL.createObjectURL and read
 * the Blob. The URL is revoked on the next task, once the browser has started the download
 * (revoking at once can cancel it in some browsers).
 */
export function downloadFile(fileName: string, content: string | Blob, mediaType: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mediaType }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
