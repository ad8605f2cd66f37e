import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { BatchEvaluator, BatchInit, BatchResult } from "./batch-evaluator";
import { TapeRow } from "../tape/tape-row";

/** Receives batch results in tape order, one at a time; a slow sink holds the reader back. */
export type BatchSink = (result: BatchResult) => Promise<void> | void;

/** The worker script beside the bundled command line; absent when the sources run directly (tests). */
export function workerScript(): string | undefined {
  const file = join(__dirname, "evaluate-worker.cjs");
  return existsSync(file) ? file : undefined;
}

/**
 * Spreads batches of rows over worker threads and hands their results to the sink in the order the
 * batches were submitted. At most a few batches per worker are in flight (submitted but not yet
 * written): `submit` waits for room, so memory holds a bounded number of rows whatever the tape's
 * length, and a slow output slows the reading. With no workers the batches run in this thread.
 */
export class BatchPool {
  private readonly workers: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly finished = new Map<number, BatchResult>();
  private readonly evaluator?: BatchEvaluator;
  private readonly room: number;
  private nextSeq = 0;
  private nextToWrite = 0;
  private writing = false;
  private failure?: Error;
  private closing = false;
  private waiters: (() => void)[] = [];

  constructor(
    init: BatchInit,
    workerCount: number,
    private readonly sink: BatchSink
  ) {
    const script = workerScript();
    const count = script ? workerCount : 0;
    if (count === 0) this.evaluator = new BatchEvaluator(init);
    for (let i = 0; i < count; i++) {
      const w = new Worker(script!, { workerData: init });
      w.on("message", (m: { ok: true; result: BatchResult } | { ok: false; message: string }) => {
        if (!m.ok) return this.fail(new Error(m.message));
        this.busy[i]--;
        this.finished.set(m.result.seq, m.result);
        void this.flush();
      });
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => {
        if (code !== 0 && !this.closing && !this.failure)
          this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.busy.push(0);
    }
    this.room = Math.max(2, count * 4);
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Queues a batch; resolves once there is room for the next one. */
  async submit(rows: TapeRow[]): Promise<void> {
    this.check();
    const seq = this.nextSeq++;
    if (this.evaluator) {
      this.finished.set(seq, this.evaluator.run(seq, rows));
      await this.flush();
      // Let output streams drain and progress redraw between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } else {
      let k = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.busy[i] < this.busy[k]) k = i;
      this.busy[k]++;
      this.workers[k].postMessage({ seq, rows });
    }
    while (!this.failure && this.nextSeq - this.nextToWrite >= this.room)
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.check();
  }

  /** Waits until every batch is written, then stops the workers. */
  async drain(): Promise<void> {
    while (!this.failure && this.nextToWrite < this.nextSeq)
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    await this.close();
    this.check();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private fail(e: Error): void {
    if (!this.failure) this.failure = e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }

  private async flush(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (!this.failure && this.finished.has(this.nextToWrite)) {
        const r = this.finished.get(this.nextToWrite)!;
        this.finished.delete(this.nextToWrite);
        await this.sink(r);
        this.nextToWrite++;
        this.wake();
      }
    } catch (e) {
      this.fail(e as Error);
    } finally {
      this.writing = false;
    }
  }
}
