/**
 * The import boundaries of the README's Layout (imports point toward src/core), read with the
 * TypeScript compiler's own parser: every import, export-from, dynamic import() and require() of
 * every source file, and every use of the Office.js globals (comments, strings and property names
 * such as `x.Excel` do not count).
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    kind
  );
}

/** Every module a file names: static imports and re-exports, import(), require(), import x = require(). */
export function moduleSpecifiers(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    )
      found.push(node.moduleReference.expression.text);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) found.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const OFFICE_GLOBALS = new Set(["Office", "Excel", "OfficeRuntime", "OfficeExtension"]);

/** Uses of the Office.js globals: identifiers, not property names, declarations or strings. */
export function officeGlobals(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && OFFICE_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)) &&
          p.name === node);
      if (!isPropertyName) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push(`${node.text} (line ${line + 1})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

interface Import {
  readonly from: string;
  readonly specifier: string;
  /** The file or folder it resolves to, for a relative import. */
  readonly target?: string;
}

function importsOf(dir: string): Import[] {
  return sources(dir).flatMap((file) =>
    moduleSpecifiers(parse(file)).map((specifier) => ({
      from: path.relative(ROOT, file),
      specifier,
      target: specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : undefined,
    }))
  );
}

const inside = (target: string | undefined, dir: string) =>
  target !== undefined && (target === dir || target.startsWith(dir + path.sep));
const show = (list: Import[]) => list.map((i) => `${i.from} imports ${i.specifier}`);

/** Node's own modules: node:fs, fs, path, child_process, ... */
const isNodeBuiltin = (s: string) =>
  s.startsWith("node:") || require("node:module").builtinModules.includes(s.split("/")[0]);

describe("architecture: import boundaries (README, Layout)", () => {
  const CORE = path.join(SRC, "core");
  const FUNCTIONS = path.join(SRC, "functions");
  const REPORT = path.join(SRC, "report");
  const TASKPANE = path.join(SRC, "taskpane");
  const CLI = path.join(SRC, "cli");

  it("the parser sees every form of import, and no comment or string", () => {
    const sf = ts.createSourceFile(
      "x.ts",
      [
        'import a from "./a";',
        'import type { B } from "../b";',
        'export * from "./c";',
        'const d = await import("./d");',
        'const e = require("e");',
        'import f = require("f");',
        'type G = import("./g").G;',
        '// import h from "h";',
        "const s = \"import i from 'i'\";",
        "Office.onReady(); const w = Excel.run; x.Excel = 1; const o = { Office: 1 };",
      ].join("\n"),
      ts.ScriptTarget.Latest,
      true
    );
    assert.deepEqual(moduleSpecifiers(sf), ["./a", "../b", "./c", "./d", "e", "f", "./g"]);
    assert.deepEqual(officeGlobals(sf), ["Office (line 10)", "Excel (line 10)"]);
  });

  it("src/core imports nothing outside src/core, and no package but decimal.js", () => {
    const bad = importsOf(CORE).filter((i) =>
      i.target ? !inside(i.target, CORE) : i.specifier !== "decimal.js"
    );
    assert.deepEqual(show(bad), []);
  });

  it("src/core uses no DOM, clock, console or Node I/O", () => {
    const banned =
      /\b(?:document|window|navigator|localStorage|sessionStorage|fetch|XMLHttpRequest|performance|process|console)\s*\.|\bnew\s+Date\b|\bDate\s*\.\s*now\b/;
    const offenders = sources(CORE).filter((file) => {
      const sf = parse(file);
      // Strip comments and strings by printing the file's tokens without trivia.
      const printer = ts.createPrinter({ removeComments: true });
      const text = printer.printFile(sf).replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      return banned.test(text);
    });
    assert.deepEqual(
      offenders.map((f) => path.relative(ROOT, f)),
      []
    );
    const nodeIo = importsOf(CORE).filter((i) => !i.target && isNodeBuiltin(i.specifier));
    assert.deepEqual(show(nodeIo), []);
  });

  it("src/functions never imports the task pane, the reports, the command line, React or Office", () => {
    const bad = importsOf(FUNCTIONS).filter((i) =>
      i.target
        ? inside(i.target, TASKPANE) || inside(i.target, REPORT) || inside(i.target, CLI)
        : i.specifier !== "decimal.js"
    );
    assert.deepEqual(show(bad), []);
  });

  it("src/report never imports the task pane", () => {
    const bad = importsOf(REPORT).filter(
      (i) => inside(i.target, TASKPANE) || /^(react|react-dom)(\/|$)|^@fluentui\//.test(i.specifier)
    );
    assert.deepEqual(show(bad), []);
  });

  it("nothing outside src/taskpane imports it", () => {
    const bad = [CORE, FUNCTIONS, REPORT, CLI]
      .flatMap(importsOf)
      .filter((i) => inside(i.target, TASKPANE));
    assert.deepEqual(show(bad), []);
  });

  it("only src/taskpane/host.ts and the Office writer in src/report/office use the Office.js globals", () => {
    const officeWriter = path.join(REPORT, "office");
    const offenders = sources(SRC)
      .filter((file) => file !== path.join(TASKPANE, "host.ts") && !inside(file, officeWriter))
      .flatMap((file) =>
        officeGlobals(parse(file)).map((u) => `${path.relative(ROOT, file)}: ${u}`)
      );
    assert.deepEqual(offenders, []);
    // host.ts is where the pane reaches Office: it must exist and do so.
    assert.ok(officeGlobals(parse(path.join(TASKPANE, "host.ts"))).length > 0);
  });

  /** Pane modules (paths under src/taskpane) importing a core module whose path under src/core matches. */
  function paneImportersOf(coreModules: RegExp): string[] {
    const importers = importsOf(TASKPANE)
      .filter((i) => inside(i.target, CORE) && coreModules.test(path.relative(CORE, i.target!)))
      .map((i) => path.relative(path.relative(ROOT, TASKPANE), i.from));
    return [...new Set(importers)].sort();
  }

  it("the pane reads loans through one parser module and names fields through one field-table module", () => {
    // When the core's input module replaces the record parser, these two are the edits.
    assert.deepEqual(paneImportersOf(/^(record|record-fields|input)(\/|$)/), [
      "loan/field-table.ts",
      "loan/parse-field.ts",
    ]);
  });

  it("the pane evaluates programs only through the loan's case, never the registry itself", () => {
    // The program registry, the waterfall and the AUTO orders are reached through the case
    // (src/report/sheets/case) and the portfolio run (src/report/portfolio), not by the pane.
    assert.deepEqual(
      paneImportersOf(/^(programs\/(registry|waterfall|ladder)|rules\/auto)(\/|$)/),
      []
    );
  });
});
