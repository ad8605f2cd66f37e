/**
 * Running a table of loans in a Web Worker: start, progress, cancel (the worker is stopped at once;
 * nothing has been written), and the summary or the reason it failed.
 */
import * as React from "react";
import type { PortfolioMessage, PortfolioRequest, PortfolioSummary } from "./protocol";

export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly reason: string }
  | { readonly kind: "done"; readonly summary: PortfolioSummary };

export function usePortfolioRun(): {
  state: RunState;
  reading(): void;
  start(request: PortfolioRequest): void;
  cancel(): void;
  fail(reason: string): void;
} {
  const [state, setState] = React.useState<RunState>({ kind: "idle" });
  const worker = React.useRef<Worker | undefined>(undefined);

  const stop = React.useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);
  React.useEffect(() => stop, [stop]);

  const start = React.useCallback(
    (request: PortfolioRequest) => {
      stop();
      const w = new Worker(
        /* webpackChunkName: "portfolio-worker" */ new URL("./portfolio.worker.ts", import.meta.url)
      );
      worker.current = w;
      setState({ kind: "running", done: 0, total: request.rows.length });
      w.onmessage = (event: MessageEvent<PortfolioMessage>) => {
        const m = event.data;
        if (m.kind === "progress") setState({ kind: "running", done: m.done, total: m.total });
        else {
          setState(
            m.kind === "done"
              ? { kind: "done", summary: m.summary }
              : { kind: "failed", reason: m.reason }
          );
          stop();
        }
      };
      w.onerror = (event) => {
        setState({
          kind: "failed",
          reason: `The portfolio could not be evaluated: ${event.message}`,
        });
        stop();
      };
      w.postMessage(request);
    },
    [stop]
  );

  return {
    state,
    reading: () => setState({ kind: "reading" }),
    start,
    cancel: () => {
      stop();
      setState({ kind: "cancelled" });
    },
    fail: (reason) => setState({ kind: "failed", reason }),
  };
}
