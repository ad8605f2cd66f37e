import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { PartialFile } from "./partial-file";

/** Standard output was closed by its reader (`| head`): the run stops quietly. */
export class OutputClosed extends Error {
  constructor() {
    super("standard output was closed");
  }
}

/**
 * Where an output's bytes go: a file, written under a temporary name beside it and put in place
 * only when complete, by the overwrite rule (src/cli/output/file-placement.ts: a failed or
 * interrupted run leaves no half-written file, and an older file of that name stays as it was), or
 * standard output. Nothing is created before the first write. Writes wait for the stream to drain,
 * so a slow disk or reader slows the run instead of filling memory.
 */
export class OutputTarget {
  private opened?: Writable;
  private partial?: PartialFile;
  private closedByReader = false;
  private failure?: Error;

  private constructor(
    /** The final path; undefined for standard output. */
    readonly path: string | undefined,
    /** Whether the file replaces one of its name. */
    private readonly force: boolean
  ) {}

  static file(path: string, force: boolean): OutputTarget {
    return new OutputTarget(path, force);
  }

  static stdout(): OutputTarget {
    return new OutputTarget(undefined, false);
  }

  private get stream(): Writable {
    if (!this.opened) {
      if (this.path !== undefined) this.partial = new PartialFile(this.path, this.force);
      this.opened = this.partial ? createWriteStream(this.partial.temp) : process.stdout;
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

  /** Finishes the output: closes the file and puts it in place. */
  async commit(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.path === undefined) return;
    const s = this.stream;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.end(() => resolve());
    });
    this.partial!.place();
  }

  /** Abandons the output: the temporary file is removed, the final path untouched. */
  discard(): void {
    if (!this.partial) return;
    this.opened?.destroy();
    this.partial.discard();
  }
}
