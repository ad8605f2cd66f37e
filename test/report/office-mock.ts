/**
 * A stand-in Excel for the Office.js writer's tests, built on office-addin-mock's OfficeMockObject
 * (the request context, workbook protection and the load/sync discipline come from it) and
 * extended with what it lacks: worksheets, ranges, tables and charts that QUEUE every call and
 * property write until context.sync(), as Excel does, so the tests see each request: its calls
 * and its payload (the UTF-8 JSON of what was queued). At sync the queued writes run in order
 * against a small model of the workbook with Excel's rules for typed-in values (text in a cell
 * formatted "@" stays text; "=..." becomes a formula; "00123" a number); `failWhen` makes Excel
 * refuse a chosen call, after running the ones before it, as Excel does.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, cellAddress } from "../../src/report/model/addresses";

export interface Queued {
  /** e.g. "Plan 1!A1:B2.values", "worksheets.add", "Plan 1!A1.format.font.bold". */
  readonly what: string;
  readonly args: readonly unknown[];
  readonly bytes: number;
  readonly run: () => void;
}

export interface CellState {
  value: string | number | boolean;
  kind: "text" | "number" | "boolean" | "formula" | "empty";
  format: string;
}

export interface SheetState {
  name: string;
  visibility: string;
  readonly cells: Map<string, CellState>;
}

export class RefusedError extends Error {
  constructor(
    readonly code: string,
    readonly debugInfo: { errorLocation: string }
  ) {
    super(`Excel refused ${debugInfo.errorLocation}`);
  }
}

/** How Excel reads a string typed (or written through `values`) into a cell of a given format. */
export function excelReads(v: string, format: string): CellState["kind"] {
  if (v === "") return "empty";
  if (format === "@") return "text";
  if (/^[=+\-@]/.test(v)) return "formula";
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?\s*$/i.test(v)) return "number";
  if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(v)) return "number";
  if (/^(true|false)$/i.test(v)) return "boolean";
  return "text";
}

function grid<T>(value: T | T[][], rows: number, cols: number): T[][] {
  if (Array.isArray(value)) return value;
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

export class ExcelStandIn {
  readonly sheets: SheetState[] = [];
  readonly tableNames: string[] = [];
  readonly definedNames: string[] = [];
  readonly queued: Queued[] = [];
  /** Every request sent: its calls and payload bytes. */
  readonly requests: { calls: Queued[]; bytes: number }[] = [];
  failWhen?: (q: Queued) => boolean;
  failCode = "GeneralException";
  /** worksheets.add throws at once (before any sync), as for an invalid argument. */
  throwOnAdd = false;
  readonly context: OfficeMockObject & Record<string, any>;
  private loaded = new Set<string>();

  constructor(
    existing: { name: string; cells?: Record<string, string | number> }[] = [{ name: "Sheet1" }],
    isProtected = false
  ) {
    for (const e of existing) {
      const cells = new Map<string, CellState>();
      for (const [a, v] of Object.entries(e.cells ?? {}))
        cells.set(a, {
          value: v,
          kind: typeof v === "number" ? "number" : "text",
          format: "General",
        });
      this.sheets.push({ name: e.name, visibility: "Visible", cells });
    }
    this.context = new OfficeMockObject({
      workbook: { protection: { protected: isProtected } },
      application: {
        suspendApiCalculationUntilNextSync: () =>
          this.enqueue("application.suspendApiCalculationUntilNextSync", []),
      },
    }) as OfficeMockObject & Record<string, any>;
    const mockSync = this.context.sync.bind(this.context);
    this.context.sync = async () => {
      await mockSync();
      this.sync();
    };
    const wb = this.context.workbook;
    wb.worksheets = this.worksheets();
    wb.tables = this.namedCollection("tables", () => this.tableNames);
    wb.names = this.namedCollection("names", () => this.definedNames);
  }

  get syncs(): number {
    return this.requests.length;
  }

  enqueue(what: string, args: readonly unknown[], run: () => void = () => undefined): void {
    const bytes = Buffer.byteLength(JSON.stringify({ what, args }), "utf8");
    this.queued.push({ what, args, bytes, run });
  }

  private sync(): void {
    const calls = this.queued.splice(0);
    this.requests.push({ calls, bytes: calls.reduce((n, c) => n + c.bytes, 0) });
    for (const c of calls) {
      if (this.failWhen?.(c)) throw new RefusedError(this.failCode, { errorLocation: c.what });
      c.run();
    }
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Every call queued, in order, across all requests. */
  get calls(): Queued[] {
    return this.requests.flatMap((r) => r.calls);
  }

  private namedCollection(what: string, names: () => string[]) {
    return {
      load: (props: string) => this.enqueue(`${what}.load`, [props], () => this.loaded.add(what)),
      get items() {
        return names().map((name) => ({ name }));
      },
    };
  }

  private worksheets() {
    const self = this;
    return {
      load: (props: string) =>
        self.enqueue("worksheets.load", [props], () => self.loaded.add("worksheets")),
      get items() {
        if (!self.loaded.has("worksheets")) throw new Error("Error, property was not loaded");
        return self.sheets.map((s) => self.worksheet(s.name));
      },
      add: (name: string) => {
        if (self.throwOnAdd)
          throw new RefusedError("InvalidArgument", { errorLocation: "Worksheets.add" });
        self.enqueue("worksheets.add", [name], () => {
          if (self.sheet(name))
            throw new RefusedError("ItemAlreadyExists", { errorLocation: "Worksheets.add" });
          self.sheets.push({ name, visibility: "Visible", cells: new Map() });
        });
        return self.worksheet(name);
      },
    };
  }

  /** A generic object that queues every property write and call under `path`. */
  recorder(path: string): any {
    return new Proxy(function () {}, {
      get: (_t, prop) => (prop === "then" ? undefined : this.recorder(`${path}.${String(prop)}`)),
      set: (_t, prop, value) => {
        this.enqueue(`${path}.${String(prop)}`, [value]);
        return true;
      },
      apply: (_t, _this, args) => {
        this.enqueue(path, args);
        return this.recorder(`${path}()`);
      },
    });
  }

  worksheet(name: string): any {
    const self = this;
    const state = () => {
      const s = self.sheet(name);
      if (!s) throw new RefusedError("ItemNotFound", { errorLocation: `Worksheet ${name}` });
      return s;
    };
    const base = {
      name,
      getRange: (address: string) => self.range(name, address, state),
      set visibility(v: string) {
        self.enqueue(`${name}.visibility`, [v], () => (state().visibility = v));
      },
      delete: () =>
        self.enqueue(`${name}.delete`, [], () =>
          self.sheets.splice(self.sheets.indexOf(state()), 1)
        ),
      tables: {
        add: (address: string, headers: boolean) => {
          self.enqueue(`${name}.tables.add`, [address, headers]);
          return new Proxy(self.recorder(`${name}.table`), {
            set: (_t, prop, value) => {
              self.enqueue(`${name}.table.${String(prop)}`, [value], () => {
                if (prop === "name") self.tableNames.push(String(value));
              });
              return true;
            },
          });
        },
      },
    };
    return new Proxy(base, {
      get: (t, prop) => (prop in t ? (t as any)[prop] : self.recorder(`${name}.${String(prop)}`)),
      set: (t, prop, value) => {
        if (prop === "visibility") (t as any).visibility = value;
        else self.enqueue(`${name}.${String(prop)}`, [value]);
        return true;
      },
    });
  }

  private range(sheet: string, address: string, state: () => SheetState): any {
    const self = this;
    const r = parseRange(address);
    const each = (fn: (cell: CellState, i: number, j: number) => void) => {
      if (!r) return;
      const cells = state().cells;
      for (let i = 0; i <= r.bottom - r.top; i++)
        for (let j = 0; j <= r.right - r.left; j++) {
          const a = cellAddress(r.top + i, r.left + j);
          let c = cells.get(a);
          if (!c) cells.set(a, (c = { value: "", kind: "empty", format: "General" }));
          fn(c, i, j);
        }
    };
    const rows = r ? r.bottom - r.top + 1 : 0;
    const cols = r ? r.right - r.left + 1 : 0;
    const where = `${sheet}!${address}`;
    const base = {
      set numberFormat(v: string | string[][]) {
        self.enqueue(`${where}.numberFormat`, [v], () => {
          const g = grid(v, rows, cols);
          each((c, i, j) => (c.format = g[i][j]));
        });
      },
      set values(v: (string | number | boolean)[][]) {
        self.enqueue(`${where}.values`, [v], () => {
          const g = grid(v, rows, cols);
          each((c, i, j) => {
            const x = g[i][j];
            c.value = x;
            c.kind =
              typeof x === "string"
                ? excelReads(x, c.format)
                : typeof x === "number"
                  ? "number"
                  : "boolean";
          });
        });
      },
      set formulas(v: string[][]) {
        self.enqueue(`${where}.formulas`, [v], () => {
          const g = grid(v, rows, cols);
          each((c, i, j) => {
            const x = g[i][j];
            c.value = x;
            c.kind = x.startsWith("=") ? "formula" : excelReads(x, c.format);
          });
        });
      },
    };
    return new Proxy(base, {
      get: (t, prop) => (prop in t ? (t as any)[prop] : self.recorder(`${where}.${String(prop)}`)),
      set: (t, prop, value) => {
        if (prop in t) (t as any)[prop] = value;
        else self.enqueue(`${where}.${String(prop)}`, [value]);
        return true;
      },
    });
  }
}

/** Office.context.requirements as a host that supports ExcelApi up to `max` (1.9 by default). */
export function officeGlobal(max = 1.9): OfficeMockObject {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version) <= max + 1e-9,
      },
    },
  });
}
