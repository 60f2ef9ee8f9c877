/**
 * Hands a generated file to the browser's download (Electron shows its save dialog). The
 * object URL lives a moment after the click so the download can start.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
