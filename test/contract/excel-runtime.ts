/**
 * dist/functions.js run the way Excel runs it: a plain script in its own context, with a
 * `CustomFunctions` global whose `associate` registers each function by id, and Excel's error
 * type. Shared by the contract and fuzz tests.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { ErrorCode } from "../functions/stand-in";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

export { ErrorCode };
export const ERROR_TEXTS = new Set<string>(Object.values(ErrorCode));

/** Stand-in for CustomFunctions.Error as Excel's runtime provides it. */
export class CfError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export type Fn = (...args: unknown[]) => unknown;
export type Matrix = unknown[][];

export interface ParamMeta {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result?: { dimensionality?: string };
}

export function readDist(name: string): string {
  const file = path.join(DIST, name);
  assert.ok(fs.existsSync(file), `dist/${name} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, "utf8");
}

/**
 * Runs functions.js in a fresh context and returns what it associated, by id. The context's global
 * object is an ordinary one, as in Excel's runtime (a contextified sandbox object would make every
 * global lookup, `Math` included, go through an interceptor and run the functions many times slower).
 */
export function loadBundle(source: string = readDist("functions.js")): Map<string, Fn> {
  const registry = new Map<string, Fn>();
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, unknown>;
  context.CustomFunctions = {
    associate(id: string, fn: Fn) {
      assert.equal(typeof fn, "function", `associate(${id}) without a function`);
      assert.ok(!registry.has(id), `${id} associated twice`);
      registry.set(id, fn);
    },
    Error: CfError,
    ErrorCode,
  };
  context.console = console;
  vm.runInContext(source, context, { filename: "dist/functions.js" });
  return registry;
}

export function readMetadata(): FunctionMeta[] {
  return JSON.parse(readDist("functions.json")).functions;
}

export const describeCell = (c: unknown) =>
  c instanceof CfError
    ? `${c.code} (${c.message ?? ""})`
    : typeof c === "string"
      ? JSON.stringify(c)
      : String(c);

/** The problems with one result against the contract (empty when it is fine). */
export function contractProblems(result: unknown): string[] {
  if (
    result instanceof Promise ||
    (result && typeof (result as { then?: unknown }).then === "function")
  ) {
    return ["returned a promise; the functions are synchronous"];
  }
  if (!Array.isArray(result)) return [`result is not an array: ${describeCell(result)}`];
  if (result.length === 0) return ["result has no rows"];
  const problems: string[] = [];
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  result.forEach((row, r) => {
    if (!Array.isArray(row)) {
      problems.push(`row ${r} is not an array`);
      return;
    }
    if (row.length === 0 || row.length !== width)
      problems.push(`row ${r} has ${row.length} cells, row 0 has ${width}`);
    row.forEach((cell, c) => {
      const at = `cell [${r}][${c}]`;
      if (cell instanceof CfError) {
        if (!ERROR_TEXTS.has(cell.code)) problems.push(`${at}: unknown error code ${cell.code}`);
        if (
          (cell.code === "#VALUE!" || cell.code === "#N/A") &&
          !(typeof cell.message === "string" && cell.message.trim())
        ) {
          problems.push(`${at}: ${cell.code} without a message`);
        }
      } else if (typeof cell === "number") {
        if (!Number.isFinite(cell)) problems.push(`${at}: ${cell}`);
      } else if (typeof cell !== "string" && typeof cell !== "boolean") {
        problems.push(`${at}: ${cell === null ? "null" : typeof cell} is not a cell value`);
      }
    });
  });
  return problems;
}
