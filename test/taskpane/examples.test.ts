/**
 * The task pane's published examples are true: each formula is evaluated with the built custom
 * functions (dist/functions.js, registered through a stand-in CustomFunctions.associate) and the
 * result, formatted as a cell would show it, must read exactly as the example says.
 * `npm test` builds dist/ before mocha runs.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { readCatalogue, type CatalogueFunction } from "../../src/taskpane/catalogue";
import { EXAMPLES } from "../../src/taskpane/examples";

const DIST = path.resolve(__dirname, "../../dist");

type Registered = (...args: unknown[]) => unknown;

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Runs functions.js in a fresh context and returns what it associated, by id. */
function loadFunctions(): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const CustomFunctions = {
    associate: (id: string, fn: Registered) => registry.set(id, fn),
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  const sandbox: Record<string, unknown> = { CustomFunctions, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), sandbox, {
    filename: "functions.js",
  });
  return registry;
}

/** `=LM.DTI(4000,{1975,300,350})` → name DTI, arguments [4000, [[1975, 300, 350]]]. */
function parseFormula(formula: string): { name: string; args: (number | number[][])[] } {
  const match = /^=LM\.([A-Z0-9.]+)\((.*)\)$/.exec(formula);
  assert.ok(match, `not an LM formula: ${formula}`);
  const args: (number | number[][])[] = [];
  for (const token of match[2].match(/\{[^}]*\}|[^,]+/g) ?? []) {
    if (token.startsWith("{")) {
      args.push(
        token
          .slice(1, -1)
          .split(";")
          .map((row) => row.split(",").map(Number))
      );
    } else {
      args.push(Number(token));
    }
  }
  assert.ok(
    args.every((a) =>
      typeof a === "number" ? Number.isFinite(a) : a.flat().every(Number.isFinite)
    ),
    `unparsed argument in ${formula}`
  );
  return { name: match[1], args };
}

/** Formats a value as the example shows it: same style (percent or number) and decimals. */
function formatLike(shown: string, value: number): string {
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
  let registry: Map<string, Registered>;

  before(() => {
    assert.ok(
      fs.existsSync(path.join(DIST, "functions.js")) &&
        fs.existsSync(path.join(DIST, "functions.json")),
      "dist/functions.js or dist/functions.json is missing: build first with `npm run build` (`npm test` does)."
    );
    const json = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
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
    registry = loadFunctions();
  });

  it("formats results as a cell shows them", () => {
    assert.equal(formatLike("217,500.00", 217500), "217,500.00");
    assert.equal(formatLike("65.625%", 0.65625), "65.625%");
    assert.equal(formatLike("17.71%", 42500 / 240000), "17.71%");
    assert.equal(formatLike("6", 6), "6");
  });

  for (const [id, example] of Object.entries(EXAMPLES)) {
    it(`${example.formula} → ${example.result}`, async () => {
      const { name, args } = parseFormula(example.formula);
      const fn = functions.get(id);
      assert.ok(fn, `${id} is not in dist/functions.json`);
      assert.equal(name, fn.name, `the example for ${id} calls LM.${name}`);
      const required = fn.parameters.filter((p) => !p.optional).length;
      assert.ok(
        args.length >= required && args.length <= fn.parameters.length,
        `wrong number of arguments for ${id}`
      );

      const implementation = registry.get(id);
      assert.ok(implementation, `${id} is not associated by dist/functions.js`);
      // Excel passes a matrix parameter as rows of cells, and null for an omitted optional argument.
      const matrix = matrixParameters.get(id) ?? [];
      const call = fn.parameters.map((_p, i) => {
        if (i >= args.length) return null;
        const a = args[i];
        return typeof a === "number" && matrix[i] ? [[a]] : a;
      });
      let result = await implementation(...call);
      while (Array.isArray(result)) {
        assert.equal(result.length, 1, `${example.formula} spilled more than one row`);
        result = result[0];
        if (Array.isArray(result))
          assert.equal(result.length, 1, `${example.formula} spilled more than one column`);
      }
      assert.ok(
        !(result instanceof StandInError),
        `${example.formula} gave ${JSON.stringify(result)}`
      );
      assert.equal(typeof result, "number", `${example.formula} gave ${String(result)}`);
      assert.equal(formatLike(example.result, result as number), example.result);
    });
  }
});
