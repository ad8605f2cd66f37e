/** The task pane's module boundaries (README, Layout): Office only through host.ts; nobody imports the pane. */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../../src");
const TASKPANE = path.join(SRC, "taskpane");

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Source text without comments, so a comment naming Office does not count. */
function code(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

function importSpecifiers(text: string): string[] {
  const specifiers: string[] = [];
  for (const m of text.matchAll(
    /\b(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/g
  )) {
    specifiers.push(m[1] ?? m[2] ?? m[3]);
  }
  return specifiers;
}

describe("taskpane/boundaries", () => {
  it("touches Office.js only in host.ts", () => {
    const offenders = sources(TASKPANE)
      .filter((file) => path.basename(file) !== "host.ts")
      .filter((file) => /\b(Office|Excel|OfficeRuntime)\s*\.\s*[A-Za-z_$]/.test(code(file)));
    assert.deepEqual(
      offenders.map((f) => path.relative(SRC, f)),
      []
    );
  });

  it("is imported by no module outside src/taskpane", () => {
    const offenders: string[] = [];
    for (const file of sources(SRC).filter((f) => !f.startsWith(TASKPANE + path.sep))) {
      for (const specifier of importSpecifiers(code(file))) {
        const target = specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : "";
        if (target === TASKPANE || target.startsWith(TASKPANE + path.sep)) {
          offenders.push(`${path.relative(SRC, file)} imports ${specifier}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("keeps React and Fluent out of src/functions and src/core", () => {
    const offenders: string[] = [];
    for (const file of [
      ...sources(path.join(SRC, "functions")),
      ...sources(path.join(SRC, "core")),
    ]) {
      for (const specifier of importSpecifiers(code(file))) {
        if (/^(react|react-dom)(\/|$)|^@fluentui\//.test(specifier))
          offenders.push(`${path.relative(SRC, file)} imports ${specifier}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  /** Pane modules importing any of `targets` (core modules, by path under src/core). */
  function importersOf(targets: RegExp): string[] {
    const out: string[] = [];
    for (const file of sources(TASKPANE)) {
      for (const specifier of importSpecifiers(code(file))) {
        if (!specifier.startsWith(".")) continue;
        const target = path.relative(
          path.join(SRC, "core"),
          path.resolve(path.dirname(file), specifier)
        );
        if (!target.startsWith("..") && targets.test(target))
          out.push(path.relative(TASKPANE, file));
      }
    }
    return [...new Set(out)].sort();
  }

  it("reads loans through one parser module and names fields through one field-table module", () => {
    // When the core's input module replaces the record parser, these two are the edits.
    assert.deepEqual(importersOf(/^(record|record-fields|input)(\/|$)/), [
      "loan/field-table.ts",
      "loan/parse-field.ts",
    ]);
  });

  it("evaluates programs only through the loan's case, never the registry itself", () => {
    // The program registry, the waterfall and the AUTO orders are reached through the case
    // (src/report/sheets/case) and the portfolio run (src/report/portfolio), not by the pane.
    assert.deepEqual(importersOf(/^(programs\/(registry|waterfall|ladder)|rules\/auto)(\/|$)/), []);
  });
});
