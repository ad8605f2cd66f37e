// Function help pages: one self-contained HTML page per custom function (help/<id lowercase>.html,
// the address each function's @helpurl names) plus help/index.html, rendered from functions.json
// (the metadata generated from the JSDoc), each function's published worked example
// (src/taskpane/examples.json: the formula, the result as the cell shows it, and its public source,
// the same example the task pane shows) and the error cases of test/fixtures/golden.json.
// The rules and the conventions behind them are in docs/rules/ and docs/functions.md.
// No external CSS, scripts or fonts.
//
// Used by the build (scripts/webpack-plugins.cjs). Also runs on its own:
//   node scripts/help-pages.cjs [functions.json] [out-dir]     (defaults: dist/functions.json dist/help)
"use strict";

const fs = require("fs");
const path = require("path");

const NAMESPACE = "LM";
const ROOT = path.resolve(__dirname, "..");
const GOLDEN_PATH = path.join(ROOT, "test", "fixtures", "golden.json");
const EXAMPLES_PATH = path.join(ROOT, "src", "taskpane", "examples.json");

/** File name of a function's help page, relative to the help folder. */
function helpFileName(id) {
  return `${String(id).toLowerCase()}.html`;
}

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Examples by function id: first the published worked example (examples.json, shown as the cell
 * shows it, with its source), then the error cases of the golden table. A missing or unreadable file
 * gives no examples rather than failing the build.
 * @returns {Map<string, object[]>}
 */
function loadExamples(goldenPath = GOLDEN_PATH, examplesPath = EXAMPLES_PATH) {
  const byId = new Map();
  const add = (id, row) => byId.set(id, [...(byId.get(id) || []), row]);
  try {
    const published = JSON.parse(fs.readFileSync(examplesPath, "utf8"));
    for (const [id, e] of Object.entries(published))
      add(id, { id, formula: e.formula, shown: e.result, source: e.source });
  } catch {
    // no published examples
  }
  try {
    const table = JSON.parse(fs.readFileSync(goldenPath, "utf8"));
    for (const row of table.rows || []) {
      if (row && row.id && row.formula && isErrorRow(row)) add(row.id, row);
    }
  } catch {
    // no error cases
  }
  return byId;
}

function isErrorRow(row) {
  const cells = Array.isArray(row.expected) ? row.expected.flat() : [];
  return cells.length > 0 && cells.every((c) => c && typeof c === "object" && "error" in c);
}

function formatCell(cell) {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object" && "error" in cell) return String(cell.error);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** The result column of an example: as the cell shows it, one value, a small table, or the checked cells of a spill. */
function renderExampleResult(row) {
  if (typeof row.shown === "string") return `<code>${escapeHtml(row.shown)}</code>`;
  if (Array.isArray(row.expected)) {
    const m = row.expected;
    if (m.length === 1 && m[0].length === 1)
      return `<code>${escapeHtml(formatCell(m[0][0]))}</code>`;
    const shown = m.slice(0, 8);
    const body = shown
      .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(formatCell(c))}</td>`).join("")}</tr>`)
      .join("");
    const more =
      m.length > shown.length ? `<p class="muted">… ${m.length - shown.length} more rows</p>` : "";
    return `spills:<table class="spill">${body}</table>${more}`;
  }
  if (Array.isArray(row.cells)) {
    const items = row.cells
      .slice(0, 6)
      .map(
        (c) =>
          `<li>${escapeHtml(c.label || `row ${c.row + 1}, column ${c.col + 1}`)}: ` +
          `<code>${escapeHtml(formatCell(c.value))}</code></li>`
      )
      .join("");
    const shape = Array.isArray(row.shape)
      ? `spills ${row.shape[0]} rows × ${row.shape[1]} columns; `
      : "";
    return `${escapeHtml(shape)}among its cells:<ul>${items}</ul>`;
  }
  return "";
}

function argumentLabel(param) {
  return param.optional ? `[${param.name}]` : param.name;
}

function syntaxOf(fn) {
  const args = (fn.parameters || []).map(argumentLabel).join(", ");
  return `=${NAMESPACE}.${fn.name}(${args})`;
}

/** An example built from cell references, for a function with no published example yet. */
function cellExample(fn) {
  const params = (fn.parameters || []).filter((p) => !p.optional);
  const columns = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const refs = params.map((_, i) => `${columns[i % 26]}2`);
  const ranges = params.map((_, i) => `${columns[i % 26]}2:${columns[i % 26]}501`);
  return {
    one: `=${NAMESPACE}.${fn.name}(${refs.join(", ")})`,
    column: `=${NAMESPACE}.${fn.name}(${ranges.join(", ")})`,
    names: params.map((p) => p.name),
  };
}

const STYLE = `
  :root { color-scheme: light; }
  body { font-family: "Segoe UI", system-ui, -apple-system, sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.45; }
  header { background: #0b5563; color: #fff; padding: 14px 24px; }
  header a { color: #d7f3ec; }
  main { max-width: 860px; padding: 8px 24px 32px; }
  h1 { font-size: 1.6rem; margin: 0; font-weight: 600; }
  h2 { font-size: 1.1rem; margin-top: 1.6em; border-bottom: 1px solid #d6dde0; padding-bottom: 4px; }
  code, pre { font-family: Consolas, "Cascadia Mono", monospace; background: #f1f5f6; border-radius: 3px; padding: 1px 4px; }
  pre { padding: 8px 12px; overflow-x: auto; }
  table { border-collapse: collapse; margin: 6px 0; max-width: 100%; }
  td:first-child code { overflow-wrap: anywhere; }
  td code { white-space: nowrap; }
  td:first-child code { white-space: normal; }
  th, td { text-align: left; vertical-align: top; padding: 5px 10px; border-bottom: 1px solid #e3e8ea; }
  th { background: #f6f8f9; font-weight: 600; }
  table.spill td { border: 1px solid #d6dde0; font-family: Consolas, monospace; font-size: 0.9em; padding: 2px 6px; }
  .muted { color: #5c6a70; font-size: 0.92em; }
  ul.functions { columns: 2; padding-left: 1.1em; }
`;

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const CONVENTIONS = `<ul>
<li>Rates are fractions, as in Excel's PMT: <code>0.065</code> or a cell formatted <code>6.5%</code>. A rate above 1 (such as <code>6.5</code>) gives <code>#VALUE!</code>.</li>
<li>Terms are in months, money in dollars, dates as Excel dates (format the cell as a date).</li>
<li>Money results are rounded half-up to cents; ratios are returned unrounded (format the cell as %).</li>
<li>Every argument may be one cell or a column range: a range is evaluated row by row and the results spill down. One-cell arguments apply to every row; columns of different lengths give <code>#VALUE!</code>.</li>
<li>Errors: <code>#VALUE!</code> for text where a number belongs or a negative amount, <code>#NUM!</code> when there is no numeric solution (such as a term of 0), <code>#DIV/0!</code> for a zero income or value in a ratio, <code>#N/A</code> when an option does not apply. Hover over the cell's error indicator to read the message.</li>
</ul>`;

/**
 * One function's help page.
 * @param {object} fn an entry of functions.json "functions"
 * @param {object[]} [examples] golden rows for this function
 */
function renderFunctionPage(fn, examples = []) {
  const params = fn.parameters || [];
  const paramRows = params
    .map(
      (p) => `<tr><td><code>${escapeHtml(p.name)}</code></td>
<td>${p.optional ? "optional" : "required"}</td>
<td>${escapeHtml(p.description || "")}</td></tr>`
    )
    .join("\n");
  const resultKind =
    fn.result && fn.result.dimensionality === "matrix"
      ? "A value per input row (a single cell for one-cell arguments; a spilled column or table for ranges)."
      : "A single value.";

  let exampleHtml;
  const published = examples.filter((r) => typeof r.shown === "string").slice(0, 4);
  const errors = examples.filter(isErrorRow).slice(0, 3);
  if (published.length > 0 || errors.length > 0) {
    const rows = [...published, ...errors]
      .map(
        (r) => `<tr><td><code>${escapeHtml(r.formula)}</code></td>
<td>${renderExampleResult(r)}</td>
<td class="muted">${escapeHtml(r.source || "")}</td></tr>`
      )
      .join("\n");
    exampleHtml = `<table><tr><th>Formula</th><th>Result</th><th>Source</th></tr>
${rows}</table>`;
  } else {
    const ex = cellExample(fn);
    exampleHtml = `<p>With ${escapeHtml(ex.names.join(", ") || "the arguments")} in row 2:</p>
<pre>${escapeHtml(ex.one)}</pre>
<p>For a whole column of loans (one formula, results spill down):</p>
<pre>${escapeHtml(ex.column)}</pre>`;
  }

  const body = `<header><h1>${escapeHtml(`${NAMESPACE}.${fn.name}`)}</h1>
<div><a href="index.html">All LM functions</a></div></header>
<main>
<p>${escapeHtml(fn.description || "")}</p>
<h2>Syntax</h2>
<pre>${escapeHtml(syntaxOf(fn))}</pre>
<h2>Arguments</h2>
${params.length ? `<table><tr><th>Argument</th><th></th><th>Description</th></tr>\n${paramRows}</table>` : "<p>None.</p>"}
<h2>Result</h2>
<p>${escapeHtml(resultKind)}</p>
<h2>Example</h2>
${exampleHtml}
<h2>Conventions</h2>
${CONVENTIONS}
<p class="muted">Function id <code>${escapeHtml(fn.id)}</code>. LM Workbench computes locally in Excel; nothing is sent anywhere.</p>
</main>`;
  return page(`${NAMESPACE}.${fn.name}: LM Workbench help`, body);
}

/** The index of all functions. */
function renderIndex(functions) {
  const items = [...functions]
    .sort((a, b) => String(a.name).localeCompare(String(b.name)))
    .map(
      (fn) =>
        `<li><a href="${escapeHtml(helpFileName(fn.id))}">${escapeHtml(`${NAMESPACE}.${fn.name}`)}</a>: ` +
        `${escapeHtml(fn.description || "")}</li>`
    )
    .join("\n");
  const body = `<header><h1>LM Workbench functions</h1></header>
<main>
<p>Type <code>=LM.</code> in a cell to use these functions. Each page lists the arguments, the result and a worked example.</p>
<ul>
${items}
</ul>
<h2>Conventions</h2>
${CONVENTIONS}
</main>`;
  return page("LM Workbench functions", body);
}

/**
 * All help files for a functions.json document: { "<id>.html": html, ..., "index.html": html }.
 * @param {string | object} metadata functions.json text or parsed object
 * @param {Map<string, object[]>} [examples]
 * @returns {Map<string, string>}
 */
function renderHelpPages(metadata, examples = loadExamples()) {
  const doc = typeof metadata === "string" ? JSON.parse(metadata) : metadata;
  const functions = (doc && doc.functions) || [];
  const files = new Map();
  for (const fn of functions) {
    files.set(helpFileName(fn.id), renderFunctionPage(fn, examples.get(fn.id) || []));
  }
  files.set("index.html", renderIndex(functions));
  return files;
}

module.exports = {
  helpFileName,
  renderFunctionPage,
  renderIndex,
  renderHelpPages,
  loadExamples,
  escapeHtml,
};

if (require.main === module) {
  const input = path.resolve(process.argv[2] || path.join(ROOT, "dist", "functions.json"));
  const outDir = path.resolve(process.argv[3] || path.join(ROOT, "dist", "help"));
  const files = renderHelpPages(fs.readFileSync(input, "utf8"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, html] of files) fs.writeFileSync(path.join(outDir, name), html);
  console.log(`wrote ${files.size} help pages to ${path.relative(process.cwd(), outDir) || "."}`);
}
