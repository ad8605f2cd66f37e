import { ArgSpec, Values } from "./arguments";
import { Out, errorCell, guarded, internalErrorCell, isIssue, safe } from "./results";
import { Arg, cellAt, rowCount, rowsOf } from "./shape";
import { Issue } from "../../core/result";

/**
 * A vectorized function: parses each row's arguments, calls `compute` on the parsed values, and
 * spills one column of results (one cell when every argument is one cell). A row whose arguments do
 * not parse, or whose computation fails, gives its own error cell; the other rows are computed.
 */
export function perRow<S extends readonly ArgSpec<unknown>[]>(
  specs: S,
  args: readonly Arg[],
  compute: (...values: Values<S>) => Out | Issue
): Out[][] {
  return guarded(() => {
    const names = specs.map((s) => s.name);
    const n = rowCount(args, names);
    if (typeof n !== "number") return [[errorCell(n)]];
    const out: Out[][] = new Array(n);
    const values = new Array(specs.length);
    // A one-cell argument is the same for every row: read once.
    const once = specs.map((s, i) =>
      n > 1 && rowsOf(args[i]) === 1 ? s.parse(cellAt(args[i], 0), s.name) : undefined
    );
    rows: for (let row = 0; row < n; row++) {
      try {
        for (let i = 0; i < specs.length; i++) {
          const v = once[i] ?? specs[i].parse(cellAt(args[i], row), specs[i].name);
          if (!v.ok) {
            out[row] = [errorCell(v.issues[0])];
            continue rows;
          }
          values[i] = v.value;
        }
        const r = compute(...(values as Values<S>));
        out[row] = [isIssue(r) ? errorCell(r) : safe(r)];
      } catch {
        out[row] = [internalErrorCell()]; // costs this row only
      }
    }
    return out;
  });
}

/**
 * A table-valued function (a schedule): every argument must be one cell; the table spills, with an
 * optional header row. Failures give one error cell.
 */
export function table<S extends readonly ArgSpec<unknown>[]>(
  fn: string,
  specs: S,
  args: readonly Arg[],
  compute: (...values: Values<S>) => Out[][] | Issue
): Out[][] {
  return guarded(() => {
    const names = specs.map((s) => s.name);
    const n = rowCount(args, names);
    if (typeof n !== "number") return [[errorCell(n)]];
    if (n !== 1)
      return [
        [
          errorCell({
            code: "VALUE",
            reason: `${fn} spills one table: give one cell per argument, not a ${n}-row range`,
          }),
        ],
      ];
    const values = new Array(specs.length);
    for (let i = 0; i < specs.length; i++) {
      const v = specs[i].parse(cellAt(args[i], 0), specs[i].name);
      if (!v.ok) return [[errorCell(v.issues[0])]];
      values[i] = v.value;
    }
    const r = compute(...(values as Values<S>));
    return isIssue(r) ? [[errorCell(r)]] : r.map((line) => line.map(safe));
  });
}
