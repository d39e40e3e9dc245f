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

/** The local date as YYYY-MM-DD, so files sort by date and say when they were made. */
export function datedName(prefix: string, extension: string, now = new Date()) {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
