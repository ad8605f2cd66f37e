/**
 * The task pane's published examples are true: each formula is evaluated with the built custom
 * functions (dist/functions.js, registered through a stand-in CustomFunctions.associate) and the
 * result, formatted as a cell would show it, must read exactly as the example says.
 * `npm test` builds dist/ before mocha runs.
 */
import { strict as assert } from "node:assert";
import { readCatalogue, type CatalogueFunction } from "../../src/taskpane/catalogue";
import { EXAMPLES } from "../../src/taskpane/examples";
import { CfError, Fn, loadBundle, readDist } from "../contract/excel-runtime";

type Value = number | string | boolean | Value[][];

/**
 * Evaluates the small part of Excel's formula language the examples use: numbers, "text", TRUE and
 * FALSE, array constants ({a,b;c,d}), DATE(y,m,d) as Excel's serial, INDEX(spill, row, column) and
 * LM.NAME(...) calls, made through `call` as Excel makes them.
 */
export function evaluateFormula(
  formula: string,
  call: (name: string, args: Value[]) => unknown
): unknown {
  assert.ok(formula.startsWith("="), `not a formula: ${formula}`);
  const src = formula.slice(1);
  let at = 0;
  const peek = () => src[at];
  const expect = (ch: string) => {
    assert.equal(src[at], ch, `${formula}: expected ${ch} at ${at}`);
    at++;
  };
  function literal(): Value {
    if (peek() === '"') {
      let text = "";
      at++;
      for (;;) {
        if (src[at] === '"' && src[at + 1] === '"') ((text += '"'), (at += 2));
        else if (src[at] === '"') break;
        else text += src[at++];
        assert.ok(at < src.length, `${formula}: unclosed text`);
      }
      at++;
      return text;
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(at));
    if (num) {
      at += num[0].length;
      return Number(num[0]);
    }
    const word = /^[A-Z][A-Z0-9.]*/.exec(src.slice(at));
    assert.ok(word, `${formula}: unexpected ${src.slice(at, at + 10)}`);
    at += word[0].length;
    if (word[0] === "TRUE" || word[0] === "FALSE") return word[0] === "TRUE";
    expect("(");
    const args: Value[] = [];
    while (peek() !== ")") {
      args.push(expression());
      if (peek() === ",") at++;
    }
    expect(")");
    if (word[0] === "DATE") {
      const [y, m, d] = args as number[];
      return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
    }
    if (word[0] === "INDEX") {
      const [m, r, c] = args as [Value[][], number, number];
      assert.ok(Array.isArray(m) && Array.isArray(m[r - 1]), `${formula}: INDEX outside the spill`);
      return m[r - 1][c - 1];
    }
    assert.ok(word[0].startsWith("LM."), `${formula}: unknown function ${word[0]}`);
    return call(word[0].slice(3), args) as Value;
  }
  function expression(): Value {
    if (peek() !== "{") return literal();
    at++;
    const rows: Value[][] = [[]];
    while (peek() !== "}") {
      rows[rows.length - 1].push(literal());
      if (peek() === ",") at++;
      else if (peek() === ";") (at++, rows.push([]));
    }
    at++;
    return rows;
  }
  const value = expression();
  assert.equal(at, src.length, `${formula}: unparsed ${src.slice(at)}`);
  return value;
}

/** Formats a value as the example shows it: a date (m/d/yyyy), a percent or a number with the same decimals, or text. */
function formatLike(shown: string, value: unknown): string {
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(shown)) {
    assert.equal(typeof value, "number", `a date is a serial number, not ${String(value)}`);
    const d = new Date(Date.UTC(1899, 11, 30) + (value as number) * 86400000);
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  }
  if (typeof value !== "number") return String(value);
  const percent = shown.endsWith("%");
  const decimals = (/\.(\d+)%?$/.exec(shown)?.[1] ?? "").length;
  return new Intl.NumberFormat("en-US", {
    style: percent ? "percent" : "decimal",
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

describe("taskpane/examples (against dist/functions.js)", () => {
  let functions: Map<string, CatalogueFunction>;
  /** Per function id, whether each parameter is declared as a matrix (the catalogue drops this). */
  let matrixParameters: Map<string, boolean[]>;
  let registry: Map<string, Fn>;

  before(() => {
    const json = JSON.parse(readDist("functions.json")) as {
      functions: { id: string; parameters?: { dimensionality?: string }[] }[];
    };
    const catalogue = readCatalogue(json);
    assert.ok(catalogue.ok, catalogue.ok ? "" : catalogue.reason);
    functions = new Map(catalogue.functions.map((fn) => [fn.id, fn]));
    matrixParameters = new Map(
      json.functions.map((f) => [
        f.id,
        (f.parameters ?? []).map((p) => p.dimensionality === "matrix"),
      ])
    );
    registry = loadBundle();
  });

  it("formats results as a cell shows them, and reads the formulas the examples use", () => {
    assert.equal(formatLike("217,500.00", 217500), "217,500.00");
    assert.equal(formatLike("65.625%", 0.65625), "65.625%");
    assert.equal(formatLike("17.71%", 42500 / 240000), "17.71%");
    assert.equal(formatLike("6", 6), "6");
    assert.equal(formatLike("7/6/2026", 46209), "7/6/2026");
    const calls: [string, Value[]][] = [];
    const spill = [
      ["a", "b"],
      ["c", "d"],
    ];
    const v = evaluateFormula(
      '=INDEX(LM.X({"h",1;"i",TRUE},"f",DATE(2026,7,6),-0.5),2,1)',
      (n, a) => {
        calls.push([n, a]);
        return spill;
      }
    );
    assert.equal(v, "c");
    assert.deepEqual(calls, [
      [
        "X",
        [
          [
            ["h", 1],
            ["i", true],
          ],
          "f",
          46209,
          -0.5,
        ],
      ],
    ]);
  });

  it("every function has a published example with its source", () => {
    const missing = [...functions.keys()].filter((id) => !EXAMPLES[id]);
    assert.deepEqual(missing, []);
    for (const [id, e] of Object.entries(EXAMPLES))
      assert.ok(e.source && e.source.trim().length > 20, `${id}: no source`);
  });

  for (const [id, example] of Object.entries(EXAMPLES)) {
    it(`${example.formula} → ${example.result}  [${example.source}]`, () => {
      const fn = functions.get(id);
      assert.ok(fn, `${id} is not in dist/functions.json`);
      assert.ok(
        example.formula.includes(`LM.${fn.name}(`),
        `the example for ${id} calls another function`
      );
      const result = evaluateFormula(example.formula, (name, args) => {
        const f = functions.get(name);
        assert.ok(f, `LM.${name} is not in dist/functions.json`);
        const required = f.parameters.filter((p) => !p.optional).length;
        assert.ok(
          args.length >= required && args.length <= f.parameters.length,
          `wrong number of arguments for LM.${name}`
        );
        const implementation = registry.get(name);
        assert.ok(implementation, `${name} is not associated by dist/functions.js`);
        // Excel passes a matrix parameter as rows of cells, and null for an omitted optional argument.
        const matrix = matrixParameters.get(name) ?? [];
        return implementation(
          ...f.parameters.map((_p, i) => {
            if (i >= args.length) return null;
            const a = args[i];
            return !Array.isArray(a) && matrix[i] ? [[a]] : a;
          })
        );
      });
      let cell: unknown = result;
      while (Array.isArray(cell)) {
        assert.equal(cell.length, 1, `${example.formula} spilled more than one cell`);
        cell = cell[0];
      }
      assert.ok(!(cell instanceof CfError), `${example.formula} gave ${JSON.stringify(cell)}`);
      assert.equal(formatLike(example.result, cell), example.result);
    });
  }
});
