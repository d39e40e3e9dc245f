// Saves text as a file through the browser's download (nothing leaves the machine).
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own reference to the blob; revoking later frees memory without cutting it off.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
