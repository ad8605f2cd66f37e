import { rmSync } from "node:fs";
import { partialPath, placeFile } from "./file-placement";
import { onInterrupt } from "./interruption";

/**
 * One file in progress: written under its temporary name beside the file (`.results.csv.<pid>.partial`),
 * removed if the run is interrupted, then either put in place whole or discarded. Made when the
 * first byte is about to be written, so a run that stops before that leaves nothing to clean.
 */
export class PartialFile {
  /** Where the bytes go until the file is complete. */
  readonly temp: string;
  private readonly unregister: () => void;

  constructor(
    readonly path: string,
    private readonly force: boolean
  ) {
    this.temp = partialPath(path);
    this.unregister = onInterrupt(() => rmSync(this.temp, { force: true }));
  }

  /** Puts the complete file in place by the overwrite rule; a refused placement leaves nothing. */
  place(): void {
    try {
      placeFile(this.temp, this.path, this.force);
    } finally {
      this.discard();
    }
  }

  /** Removes the temporary file (if any is left); the file's path is untouched. */
  discard(): void {
    rmSync(this.temp, { force: true });
    this.unregister();
  }
}
