/** A picked file's bytes, read in the pane: nothing leaves the machine. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  // Older hosts (and jsdom) have only FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("berkas tidak dapat dibaca"));
    reader.readAsArrayBuffer(file);
  });
}
