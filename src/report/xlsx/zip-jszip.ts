/** Stores package entries in a zip with JSZip (browser and Node): for the task pane's downloads. */
import JSZip from "jszip";
import type { PackageEntry } from "./package";

export async function zipWithJsZip(entries: readonly PackageEntry[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) {
    if (e.kind === "data") zip.file(e.name, e.data);
    else if (e.kind === "later") zip.file(e.name, e.data());
    else {
      const parts: string[] = [];
      for (const chunk of e.chunks()) parts.push(chunk);
      zip.file(e.name, parts.join(""));
    }
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
