import { Cell } from "../../core/input";
import { Issue } from "../../core/result";

/** An argument as Excel passes it. */
export type Arg = Cell[][] | null | undefined;

interface Shape {
  readonly rows: number;
  readonly issue?: Issue;
}

/** The row count of one argument; more than one column is refused unless the argument takes several. */
function shapeOf(a: Arg, name: string, multiColumn: boolean): Shape {
  if (a === null || a === undefined) return { rows: 1 };
  if (!Array.isArray(a) || a.length === 0 || !Array.isArray(a[0]))
    return {
      rows: 1,
      issue: { code: "VALUE", field: name, reason: `${name} is not a cell or range` },
    };
  if (!multiColumn && a[0].length !== 1)
    return {
      rows: a.length,
      issue: {
        code: "VALUE",
        field: name,
        reason: `${name} must be one column (got ${a[0].length} columns)`,
      },
    };
  return { rows: a.length };
}

/** The common row count of the arguments: 1-row arguments broadcast; other lengths must agree. */
export function rowCount(
  args: readonly Arg[],
  names: readonly string[],
  multiColumn: readonly boolean[] = []
): number | Issue {
  let n = 1;
  let longest = "";
  for (let i = 0; i < args.length; i++) {
    const s = shapeOf(args[i], names[i], multiColumn[i] ?? false);
    if (s.issue) return s.issue;
    if (s.rows === 1) continue;
    if (n !== 1 && s.rows !== n)
      return {
        code: "VALUE",
        field: names[i],
        reason: `ranges differ in length: ${longest} has ${n} rows, ${names[i]} has ${s.rows}`,
      };
    n = s.rows;
    longest = names[i];
  }
  return n;
}

export function cellAt(a: Arg, row: number): Cell {
  if (a === null || a === undefined) return null;
  return (a.length === 1 ? a[0] : a[row])[0];
}

/** How many rows an argument has (an omitted argument is one blank cell). */
export function rowsOf(a: Arg): number {
  return a === null || a === undefined ? 1 : a.length;
}
