/**
 * Progress of a long run on standard error: on a terminal, one line redrawn in place (a bar, the
 * rows done of the total, the rate); otherwise plain lines at every tenth of a large tape; nothing
 * with --quiet. Notes (which tape, what was written) are printed either way unless quiet.
 */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
}

const LARGE_TAPE = 50_000;
const REDRAW_MS = 100;
/** A terminal bar appears only for runs longer than this. */
const SHOW_AFTER_MS = 400;

const n = (x: number) => x.toLocaleString("en-US");

export class Progress {
  private label = "";
  private total?: number;
  private started = 0;
  private lastDraw = 0;
  private lastTenth = 0;
  private drawn = false;

  constructor(
    private readonly out: ProgressStream,
    private readonly quiet: boolean,
    private readonly clock: () => number = Date.now
  ) {}

  /** Starts a phase: "checking loan ids", "evaluating". */
  phase(label: string, total?: number): void {
    this.clear();
    this.label = label;
    this.total = total;
    this.started = this.clock();
    this.lastDraw = 0;
    this.lastTenth = 0;
    if (!this.quiet && !this.out.isTTY && total !== undefined && total >= LARGE_TAPE)
      this.out.write(`${label}: ${n(total)} rows\n`);
  }

  /** Rows done so far in this phase. */
  tick(done: number): void {
    if (this.quiet) return;
    const now = this.clock();
    if (this.out.isTTY) {
      if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
      this.lastDraw = now;
      this.draw(done, now);
      return;
    }
    if (this.total === undefined || this.total < LARGE_TAPE) return;
    const tenth = Math.floor((done * 10) / this.total);
    if (tenth > this.lastTenth && tenth < 10) {
      this.lastTenth = tenth;
      this.out.write(
        `${this.label}: ${tenth * 10}% (${n(done)} of ${n(this.total)} rows, ${this.elapsed(now)})\n`
      );
    }
  }

  /** A line of its own (the bar is cleared first). */
  note(line: string): void {
    if (this.quiet) return;
    this.clear();
    this.out.write(line + "\n");
  }

  /** Ends the phase: clears the bar. */
  done(): void {
    this.clear();
  }

  private draw(done: number, now: number): void {
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 60));
    const share = this.total ? Math.min(1, done / this.total) : 0;
    const filled = Math.round(share * width);
    const bar = this.total
      ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.floor(share * 100)}% `
      : "";
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? ` ${n(Math.round(done / secs))} rows/s` : "";
    const of = this.total ? ` of ${n(this.total)}` : "";
    this.out.write(`\r\x1b[2K${this.label} ${bar}${n(done)}${of} rows${rate}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.out.write("\r\x1b[2K");
    this.drawn = false;
  }

  private elapsed(now: number): string {
    return `${((now - this.started) / 1000).toFixed(1)} s`;
  }
}
