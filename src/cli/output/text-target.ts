import { createWriteStream, renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";

/** Standard output was closed by its reader (`| head`): the run stops quietly. */
export class OutputClosed extends Error {
  constructor() {
    super("standard output was closed");
  }
}

/** The temporary name a file is written under, beside it, until it is complete. */
export function partialPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
}

/**
 * Where an output's bytes go: a file, written under a temporary name beside it and renamed into
 * place only when complete (a failed or interrupted run leaves no half-written file, and an older
 * file of that name stays as it was until then), or standard output. Nothing is created before the
 * first write. Writes wait for the stream to drain, so a slow disk or reader slows the run instead
 * of filling memory.
 */
export class OutputTarget {
  private opened?: Writable;
  private closedByReader = false;
  private failure?: Error;

  private constructor(
    /** The final path; undefined for standard output. */
    readonly path: string | undefined
  ) {}

  static file(path: string): OutputTarget {
    return new OutputTarget(path);
  }

  static stdout(): OutputTarget {
    return new OutputTarget(undefined);
  }

  private get stream(): Writable {
    if (!this.opened) {
      this.opened =
        this.path === undefined ? process.stdout : createWriteStream(partialPath(this.path));
      this.opened.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") this.closedByReader = true;
        else this.failure ??= e;
      });
    }
    return this.opened;
  }

  async write(text: string): Promise<void> {
    if (this.closedByReader) throw new OutputClosed();
    if (this.failure) throw this.failure;
    if (text === "") return;
    const s = this.stream;
    if (!s.write(text)) {
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          s.off("drain", done);
          s.off("error", fail);
          resolve();
        };
        const fail = (e: NodeJS.ErrnoException) => {
          s.off("drain", done);
          s.off("error", fail);
          reject(e.code === "EPIPE" ? new OutputClosed() : e);
        };
        s.once("drain", done);
        s.once("error", fail);
      });
    }
    if (this.closedByReader) throw new OutputClosed();
  }

  /** Finishes the output: closes the file and moves it into place. */
  async commit(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.path === undefined) return;
    const s = this.stream;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.end(() => resolve());
    });
    renameSync(partialPath(this.path), this.path);
  }

  /** Abandons the output: the temporary file is removed, the final path untouched. */
  discard(): void {
    if (this.path === undefined || !this.opened) return;
    this.opened.destroy();
    try {
      unlinkSync(partialPath(this.path));
    } catch {
      // already gone
    }
  }
}
