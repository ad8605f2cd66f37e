/**
 * One published worked example per function: the formula an analyst types, the value the cell
 * shows (money with thousands separators and cents, ratios as percentages, dates as dates), and the
 * public source whose figures it reproduces. Keyed by function id. The data is examples.json, which
 * the help pages (scripts/help-pages.cjs) read too; test/taskpane/examples.test.ts evaluates every
 * formula against the built functions bundle, so a wrong example fails the tests.
 */
import examples from "./examples.json";

export interface FunctionExample {
  readonly formula: string;
  readonly result: string;
  /** The public source: guide section, letter, regulation, or published worked example. */
  readonly source: string;
}

export const EXAMPLES: Readonly<Record<string, FunctionExample>> = examples;

export function exampleFor(id: string): FunctionExample | undefined {
  return Object.prototype.hasOwnProperty.call(EXAMPLES, id) ? EXAMPLES[id] : undefined;
}
