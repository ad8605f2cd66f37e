/**
 * The pane's initial JavaScript (the scripts dist/taskpane.html loads before anything is shown)
 * stays under 200 KB gzipped; everything else loads on demand. The sizes are printed.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "./harness";

const BUDGET_GZIP = 200 * 1024;

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

describe("task pane bundle size (dist/)", () => {
  it("loads under 200 KB of gzipped JavaScript before the first screen", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    assert.deepEqual(scripts, ["taskpane.js"], "one initial script; the rest loads on demand");
    const initial = scripts.map((s) => ({
      name: s,
      min: fs.statSync(path.join(DIST, s)).size,
      gzip: gzipSize(path.join(DIST, s)),
    }));
    const total = initial.reduce((n, s) => n + s.gzip, 0);
    const chunks = fs
      .readdirSync(path.join(DIST, "chunks"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ name: f, gzip: gzipSize(path.join(DIST, "chunks", f)) }))
      .sort((a, b) => b.gzip - a.gzip);
    const functions = gzipSize(path.join(DIST, "functions.js"));
    console.log(
      `      initial: ${initial.map((s) => `${s.name} ${kb(s.min)} min, ${kb(s.gzip)} gzip`).join("; ")}\n` +
        `      on demand: ${chunks.length} chunks, ${kb(chunks.reduce((n, c) => n + c.gzip, 0))} gzip in all; largest ${chunks
          .slice(0, 3)
          .map((c) => `${c.name} ${kb(c.gzip)}`)
          .join(", ")}\n` +
        `      functions.js (Excel's functions runtime): ${kb(functions)} gzip`
    );
    assert.ok(
      total < BUDGET_GZIP,
      `initial JavaScript is ${kb(total)} gzipped, over ${kb(BUDGET_GZIP)}`
    );
    // The engine's decimal arithmetic and the worksheet writer are not in it.
    const main = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    assert.ok(!main.includes("[DecimalError]"), "decimal.js belongs to the on-demand engine chunk");
    assert.ok(!/exceljs/i.test(main), "exceljs belongs to its own chunk");
  });
});
