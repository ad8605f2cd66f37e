/**
 * The Portfolio page's run: read the selected table, map the columns whose headers the record does
 * not know (when there are any), evaluate every loan in a Web Worker with progress, then write the
 * report through the host with progress. Cancel stops either step: the worker is stopped at once
 * (nothing was written), or the host's write is told to stop and removes what it added.
 */
import * as React from "react";
import type { HeaderReading } from "../../core/portfolio";
import type { Host, LoanTable, Read, SettingsValues } from "../workbook/host-types";
import type { PortfolioMessage, PortfolioRequest, PortfolioResult } from "./protocol";
import { headerReading, mappedHeaders, type ColumnMapping } from "./column-mapping";

export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | { readonly kind: "mapping"; readonly table: LoanTable; readonly reading: HeaderReading }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | { readonly kind: "ready"; readonly result: PortfolioResult }
  | {
      readonly kind: "writing";
      readonly result: PortfolioResult;
      readonly step: string;
      readonly rows: number;
    }
  | { readonly kind: "written"; readonly result: PortfolioResult; readonly written: string }
  | { readonly kind: "cancelled"; readonly result?: PortfolioResult }
  | { readonly kind: "failed"; readonly reason: string; readonly result?: PortfolioResult };

export interface PortfolioRun {
  readonly state: RunState;
  /** Reads the selected table (the in-browser workbook's first table when nothing is selected). */
  read(): Promise<void>;
  /** Runs the table being mapped with the columns renamed as mapped. */
  runMapped(mapping: ColumnMapping): void;
  /** Writes the evaluated report through the host. */
  write(): Promise<void>;
  cancel(): void;
}

export function usePortfolioRun(host: Host, settings: SettingsValues, today: string): PortfolioRun {
  const [state, setState] = React.useState<RunState>({ kind: "idle" });
  const worker = React.useRef<Worker | undefined>(undefined);
  const writing = React.useRef<{ aborted: boolean } | undefined>(undefined);

  const stop = React.useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);
  React.useEffect(() => stop, [stop]);

  const start = React.useCallback(
    (table: LoanTable, headers: LoanTable["headers"]) => {
      stop();
      const request: PortfolioRequest = {
        table: table.table,
        headers,
        rows: table.rows,
        firstRow: table.firstRowNumber,
        settings,
        today,
      };
      const w = new Worker(
        /* webpackChunkName: "portfolio-worker" */ new URL("./portfolio.worker.ts", import.meta.url)
      );
      worker.current = w;
      setState({ kind: "running", done: 0, total: table.rows.length });
      w.onmessage = (event: MessageEvent<PortfolioMessage>) => {
        const m = event.data;
        if (m.kind === "progress") setState({ kind: "running", done: m.done, total: m.total });
        else {
          setState(
            m.kind === "done"
              ? { kind: "ready", result: m.result }
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
    [settings, stop, today]
  );

  const read = async () => {
    setState({ kind: "reading" });
    let table: Read<LoanTable> = await host.readSelectedTable();
    if (!table.ok && host.browse) {
      // The in-browser workbook: its table of sample loans.
      const tables = await host.browse.tables();
      if (tables[0]) table = { ok: true, value: tables[0] };
    }
    if (!table.ok) return setState({ kind: "failed", reason: table.reason });
    const reading = headerReading(table.value.headers);
    if (reading.unread.length || reading.missing.length || reading.repeated.length)
      setState({ kind: "mapping", table: table.value, reading });
    else start(table.value, table.value.headers);
  };

  const runMapped = (mapping: ColumnMapping) => {
    if (state.kind !== "mapping") return;
    start(state.table, mappedHeaders(state.table.headers, mapping));
  };

  const write = async () => {
    if (state.kind !== "ready" && state.kind !== "failed" && state.kind !== "cancelled") return;
    const result = state.result;
    if (!result) return;
    const signal = { aborted: false };
    writing.current = signal;
    setState({ kind: "writing", result, step: "Writing the report", rows: 0 });
    const outcome = await host.writeReport(result.report, {
      signal,
      onProgress: (p) => {
        if (!signal.aborted) setState({ kind: "writing", result, step: p.step, rows: p.rows });
      },
    });
    writing.current = undefined;
    if (signal.aborted) return setState({ kind: "cancelled", result });
    setState(
      outcome.ok
        ? { kind: "written", result, written: outcome.written }
        : { kind: "failed", reason: outcome.reason, result }
    );
  };

  const cancel = () => {
    if (writing.current) {
      writing.current.aborted = true;
      return;
    }
    stop();
    setState({ kind: "cancelled" });
  };

  return { state, read, runMapped, write, cancel };
}
