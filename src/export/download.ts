/** Saves a blob as a file through a temporary link: works in every browser without extra libraries. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a few seconds is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
