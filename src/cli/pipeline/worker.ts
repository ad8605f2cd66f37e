import { parentPort, workerData } from "node:worker_threads";
import { BatchEvaluator, BatchInit } from "./batch-evaluator";
import { TapeRow } from "../tape/tape-row";

/**
 * A worker thread of `evaluate` and `check`: builds its BatchEvaluator from the tape's header and
 * settings once, then answers each batch of rows with its results, in whatever order they finish;
 * the main thread puts them back in tape order.
 */
const evaluator = new BatchEvaluator(workerData as BatchInit);
parentPort!.on("message", (m: { seq: number; rows: TapeRow[] }) => {
  try {
    parentPort!.postMessage({ ok: true, result: evaluator.run(m.seq, m.rows) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, seq: m.seq, message: (e as Error).message });
  }
});
