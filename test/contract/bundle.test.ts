// Contract of the BUILT custom functions: dist/functions.js is run the way Excel runs it (a plain
// script with a `CustomFunctions` global), against dist/functions.json and the published golden
// table in test/fixtures/golden.json. Run `npm run build` first (`npm test` does).
//
// The contract: every argument arrives as Excel passes a matrix parameter, a 2-D array ([[x]] for
// one cell, [[a],[b]] for a column); an omitted optional argument is null; an empty cell in a range
// is "". Every function returns a rectangular 2-D array whose cells are numbers, strings, booleans
// or CustomFunctions.Error instances (code = Excel's error text), and never throws.
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  CfError,
  DIST,
  Fn,
  FunctionMeta,
  Matrix,
  ROOT,
  contractProblems,
  describeCell,
  loadBundle,
  readDist,
} from "./excel-runtime";

const GOLDEN = path.join(ROOT, "test", "fixtures", "golden.json");

type ExpectedCell = number | string | boolean | { error: string };
interface GoldenRow {
  formula: string;
  id: string;
  args: (Matrix | null)[];
  expected?: ExpectedCell[][];
  shape?: [number, number];
  cells?: { row: number; col: number; value: ExpectedCell; label?: string }[];
  tolerance?: number;
  source: string;
  note?: string;
}

function cellMatches(actual: unknown, expected: ExpectedCell, tolerance: number): string | null {
  if (expected !== null && typeof expected === "object") {
    if (!(actual instanceof CfError))
      return `expected ${expected.error}, got ${describeCell(actual)}`;
    return actual.code === expected.error
      ? null
      : `expected ${expected.error}, got ${describeCell(actual)}`;
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `expected ${expected}, got ${describeCell(actual)}`;
    return Math.abs(actual - expected) <= tolerance ? null : `expected ${expected}, got ${actual}`;
  }
  return actual === expected
    ? null
    : `expected ${JSON.stringify(expected)}, got ${describeCell(actual)}`;
}

/** Deep copy so a function cannot change the table for the next row (and results from another realm compare cleanly). */
const copyArgs = (args: (Matrix | null)[]) =>
  args.map((a) => (a === null ? null : a.map((row) => [...row])));

describe("contract: dist/functions.js", () => {
  let registry: Map<string, Fn>;
  let metadata: FunctionMeta[];
  let bundleSource: string;
  const golden: { rows: GoldenRow[] } = JSON.parse(fs.readFileSync(GOLDEN, "utf8"));

  before(() => {
    bundleSource = readDist("functions.js");
    metadata = JSON.parse(readDist("functions.json")).functions;
    registry = loadBundle(bundleSource);
  });

  describe("registration and metadata", () => {
    it("associates every id in functions.json, and nothing else", () => {
      const ids = metadata.map((f) => f.id).sort();
      assert.ok(ids.length >= 13, `only ${ids.length} functions`);
      assert.deepEqual([...registry.keys()].sort(), ids);
    });

    it("uses uppercase ids that Excel accepts and never repeats one", () => {
      const seen = new Set<string>();
      for (const f of metadata) {
        assert.match(f.id, /^[A-Z][A-Z0-9_.]{2,127}$/, f.id);
        const folded = f.id.replace(/[._]/g, "");
        assert.ok(!seen.has(folded), `${f.id} differs from another id only by . or _`);
        seen.add(folded);
      }
    });

    it("describes every function and every parameter, and gives each a help URL", () => {
      for (const f of metadata) {
        assert.ok(f.description && f.description.trim().length > 10, `${f.id}: no description`);
        assert.ok(f.helpUrl, `${f.id}: no helpUrl`);
        assert.equal(
          f.helpUrl,
          `https://localhost:3000/help/${f.id.toLowerCase()}.html`,
          `${f.id}: helpUrl`
        );
        for (const p of f.parameters) {
          assert.ok(p.description && p.description.trim(), `${f.id}(${p.name}): no description`);
          assert.match(
            p.name,
            /^[a-z][a-z0-9_]*$/,
            `${f.id}(${p.name}): parameter names are snake_case`
          );
        }
      }
    });

    it("takes every argument as a matrix and returns a matrix, as the adapter expects", () => {
      for (const f of metadata) {
        for (const p of f.parameters)
          assert.equal(p.dimensionality, "matrix", `${f.id}(${p.name})`);
        assert.equal(f.result?.dimensionality, "matrix", `${f.id} result`);
      }
    });

    it("has a help page for every function, with its arguments and an example", () => {
      for (const f of metadata) {
        const file = path.join(DIST, "help", `${f.id.toLowerCase()}.html`);
        assert.ok(fs.existsSync(file), `${file} missing`);
        const html = fs.readFileSync(file, "utf8");
        assert.ok(html.includes(`LM.${f.name}`), `${f.id}: name missing from its page`);
        for (const p of f.parameters)
          assert.ok(html.includes(p.name), `${f.id}: ${p.name} missing from its page`);
        assert.match(html, /<h2>Example<\/h2>/, `${f.id}: no example`);
        assert.doesNotMatch(
          html,
          /<(script|link)\b|src=|@import/i,
          `${f.id}: page is not self-contained`
        );
      }
      assert.ok(fs.existsSync(path.join(DIST, "help", "index.html")));
    });

    it("bundles no UI framework and makes no network calls", () => {
      assert.doesNotMatch(
        bundleSource,
        /__SECRET_INTERNALS|react\.(production|development)|@fluentui|makeStyles/
      );
      assert.doesNotMatch(
        bundleSource,
        /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|https?:\/\/[a-z]/i
      );
    });

    it("has a published example in the golden table for every function", () => {
      const covered = new Set(golden.rows.map((r) => r.id));
      const missing = metadata.map((f) => f.id).filter((id) => !covered.has(id));
      assert.deepEqual(missing, [], `no golden row for ${missing.join(", ")}`);
    });

    it("golden rows name real functions with the right number of arguments", () => {
      const byId = new Map(metadata.map((f) => [f.id, f]));
      for (const row of golden.rows) {
        const f = byId.get(row.id);
        assert.ok(f, `${row.formula}: no function ${row.id}`);
        assert.equal(
          row.args.length,
          f.parameters.length,
          `${row.formula}: ${row.args.length} args for ${f.parameters.length} parameters`
        );
        assert.ok(
          row.formula.startsWith(`=LM.${f.name}(`),
          `${row.formula}: formula does not call LM.${f.name}`
        );
        assert.ok(row.source && row.source.trim(), `${row.formula}: no source`);
      }
    });
  });

  describe("golden table (published values)", () => {
    for (const row of golden.rows) {
      it(`${row.formula}  [${row.source}]`, () => {
        const fn = registry.get(row.id);
        assert.ok(fn, `${row.id} is not registered`);
        let result: unknown;
        assert.doesNotThrow(() => {
          result = fn(...copyArgs(row.args));
        }, `${row.formula} threw`);
        assert.deepEqual(
          contractProblems(result),
          [],
          `${row.formula}: result breaks the contract`
        );
        const m = result as unknown[][];
        const tolerance = row.tolerance ?? 1e-9;
        const failures: string[] = [];
        if (row.expected) {
          if (m.length !== row.expected.length || m[0].length !== row.expected[0].length) {
            failures.push(
              `shape ${m.length}×${m[0].length}, expected ${row.expected.length}×${row.expected[0].length}`
            );
          } else {
            row.expected.forEach((er, r) =>
              er.forEach((ec, c) => {
                const why = cellMatches(m[r][c], ec, tolerance);
                if (why) failures.push(`[${r}][${c}] ${why}`);
              })
            );
          }
        }
        if (row.shape && (m.length !== row.shape[0] || m[0].length !== row.shape[1])) {
          failures.push(
            `shape ${m.length}×${m[0].length}, expected ${row.shape[0]}×${row.shape[1]}`
          );
        }
        for (const cell of row.cells ?? []) {
          const actual = m[cell.row]?.[cell.col];
          const why = cellMatches(actual, cell.value, tolerance);
          if (why)
            failures.push(
              `[${cell.row}][${cell.col}]${cell.label ? ` (${cell.label})` : ""} ${why}`
            );
        }
        assert.deepEqual(failures, [], `${row.formula}${row.note ? `\n  note: ${row.note}` : ""}`);
      });
    }
  });

  describe("robustness: bad inputs never throw and never give NaN, Infinity or undefined", () => {
    // Values a worksheet can hand over: text, blanks, booleans, negatives, zero, huge and tiny numbers,
    // rates written as percents, fractional terms, Excel error-looking text.
    const BAD_CELLS: unknown[] = [
      "abc",
      "",
      " ",
      "6.5%",
      "#N/A",
      true,
      false,
      0,
      -1,
      -0.0001,
      -200000,
      1e300,
      -1e300,
      1e-300,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1,
      0.5,
      1.5,
      6.5,
      100,
      360,
      360.5,
      1200,
      1201,
      45658,
      2958466,
    ];
    const SHAPES: ((v: unknown) => Matrix | null)[] = [
      (v) => [[v]],
      () => null,
      (v) => [[v], [v]],
      (v) => [[1], [v], [3]],
      (v) => [[v, v, v]],
      (v) => [
        [v, ""],
        ["", v],
      ],
    ];

    function check(id: string, fn: Fn, args: (Matrix | null)[]) {
      let result: unknown;
      try {
        result = fn(...copyArgs(args));
      } catch (e) {
        assert.fail(`${id}(${JSON.stringify(args)}) threw ${e}`);
      }
      const problems = contractProblems(result);
      assert.deepEqual(problems, [], `${id}(${JSON.stringify(args)})`);
    }

    /** A valid call for the function: its first non-error golden row, or 1s. */
    function baseline(f: FunctionMeta, rows: GoldenRow[]): (Matrix | null)[] {
      const ok = rows.find(
        (r) => r.id === f.id && !r.expected?.flat().some((c) => typeof c === "object")
      );
      return ok ? ok.args : f.parameters.map((p) => (p.optional ? null : [[1]]));
    }

    it("each argument replaced by every bad value in every shape", () => {
      let calls = 0;
      for (const f of metadata) {
        const fn = registry.get(f.id)!;
        const base = baseline(f, golden.rows);
        for (let i = 0; i < f.parameters.length; i++) {
          for (const v of BAD_CELLS) {
            for (const shape of SHAPES) {
              const args = [...base];
              args[i] = shape(v);
              check(f.id, fn, args);
              calls++;
            }
          }
        }
      }
      assert.ok(calls > 1000, `${calls} calls`);
    });

    it("every argument the same bad value, and ranges of mismatched lengths", () => {
      for (const f of metadata) {
        const fn = registry.get(f.id)!;
        for (const v of BAD_CELLS)
          check(
            f.id,
            fn,
            f.parameters.map(() => [[v]])
          );
        // [[1],[2]] against [[1],[2],[3]] in every pair of positions.
        for (let i = 0; i < f.parameters.length; i++) {
          for (let j = 0; j < f.parameters.length; j++) {
            if (i === j) continue;
            const args = baseline(f, golden.rows).slice();
            args[i] = [[1], [2]];
            args[j] = [[1], [2], [3]];
            check(f.id, fn, args);
          }
        }
        // Omitting everything, and an empty cell for everything.
        check(
          f.id,
          fn,
          f.parameters.map(() => null)
        );
        check(
          f.id,
          fn,
          f.parameters.map(() => [[""]])
        );
      }
    });

    it("random combinations (property test)", () => {
      const cell = fc.oneof(
        fc.constantFrom(...BAD_CELLS),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.string({ maxLength: 6 })
      );
      const matrix = fc.oneof(
        { weight: 4, arbitrary: cell.map((v) => [[v]] as Matrix) },
        { weight: 1, arbitrary: fc.constant(null) },
        {
          weight: 2,
          arbitrary: fc.array(
            cell.map((v) => [v]),
            { minLength: 1, maxLength: 4 }
          ) as fc.Arbitrary<Matrix>,
        },
        { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 3 }).map((r) => [r]) }
      );
      for (const f of metadata) {
        const fn = registry.get(f.id)!;
        fc.assert(
          fc.property(fc.tuple(...f.parameters.map(() => matrix)), (args) => {
            check(f.id, fn, args as (Matrix | null)[]);
          }),
          { numRuns: 300, seed: 20261127 }
        );
      }
    });

    it("large but legal values stay finite (1e300 principals, 0% and 100% rates, 1200 months)", () => {
      for (const f of metadata) {
        const fn = registry.get(f.id)!;
        for (const v of [1e300, 1e15, 0, 1, 1200]) {
          for (const r of [0, 1, 0.999999, 1e-12]) {
            const args = f.parameters.map((p, i) => (i === 1 ? [[r]] : p.optional ? null : [[v]]));
            check(f.id, fn, args);
          }
        }
      }
    });
  });
});
