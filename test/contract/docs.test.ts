// The project's own documentation: the rule book (docs/rules/) and the function guide
// (docs/functions.md). The guide's function reference is generated from the built metadata and the
// published examples, so it is checked to be current; every link between the pages resolves; every
// rule set is in the rule book; and nothing a user reads, nor any source, test or script, cites a
// file outside the repository.
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import { CfError, ROOT, loadBundle, readDist } from "./excel-runtime";

const guide = require("../../scripts/function-guide.cjs") as {
  functionReference(metadata: unknown, examples: unknown): string;
  START: string;
  END: string;
};

const DOCS = path.join(ROOT, "docs");

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "help" ? [] : markdownFiles(full);
    return e.name.endsWith(".md") ? [full] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchors(file: string): Set<string> {
  const text = fs.readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
}

/** Files outside the repository that nothing in it may cite (its own docs/functions.md aside). */
const OUTSIDE =
  /domain-research|programs\.md|peers\.md|field-survey|loan-tape\.md|workbook\.md|office-addin\.md|architecture\.md|\/work\/shared|shared\/spec|(^|[^/\w])functions\.md/;

describe("docs: the rule book and the function guide", () => {
  it("slugs headings as GitHub does", () => {
    assert.equal(slug("The investor's waterfall (`AUTO`)"), "the-investors-waterfall-auto");
    assert.equal(slug("Max principal"), "max-principal");
    assert.equal(slug("FLEX-2024 (effective 2024-12-01)"), "flex-2024-effective-2024-12-01");
  });

  it("docs/functions.md's function reference is the one the built metadata and the examples give", () => {
    const metadata = JSON.parse(readDist("functions.json"));
    const examples = JSON.parse(
      fs.readFileSync(path.join(ROOT, "src", "taskpane", "examples.json"), "utf8")
    );
    const text = fs.readFileSync(path.join(DOCS, "functions.md"), "utf8");
    const a = text.indexOf(guide.START);
    const b = text.indexOf(guide.END);
    assert.ok(a >= 0 && b > a, "docs/functions.md has lost its reference markers");
    assert.equal(
      text.slice(a, b + guide.END.length),
      guide.functionReference(metadata, examples),
      "run `node scripts/function-guide.cjs` after `npm run build`"
    );
    for (const f of metadata.functions) assert.ok(text.includes(`### LM.${f.name}\n`), f.id);
  });

  it("every link between the pages resolves, to the file and to the heading", () => {
    const broken: string[] = [];
    for (const file of [...markdownFiles(DOCS), path.join(ROOT, "README.md")]) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue;
        const [rel, hash] = target.split("#");
        const dest = rel ? path.resolve(path.dirname(file), rel) : file;
        const where = `${path.relative(ROOT, file)} → ${target}`;
        if (!fs.existsSync(dest)) broken.push(`${where}: no such file`);
        else if (hash && dest.endsWith(".md") && !anchors(dest).has(hash))
          broken.push(`${where}: no such heading`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it("the rule book names every rule set the engine holds", () => {
    const book = markdownFiles(path.join(DOCS, "rules"))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    const index = fs.readFileSync(path.join(DOCS, "rules", "README.md"), "utf8");
    const ids = fs
      .readdirSync(path.join(ROOT, "src", "core", "rules"))
      .flatMap((f) => [
        ...fs
          .readFileSync(path.join(ROOT, "src", "core", "rules", f), "utf8")
          .matchAll(/\bid: "([A-Z][A-Z0-9-]+)"/g),
      ])
      .map((m) => m[1]);
    assert.ok(ids.length >= 15, `${ids.length} rule sets found`);
    for (const id of ids) {
      assert.ok(book.includes(`\`${id}\``), `${id} is not in docs/rules/`);
      assert.ok(index.includes(id), `${id} is not in the index, docs/rules/README.md`);
    }
  });

  it("nothing a user reads, and no source, test, script, benchmark or page of the repository, cites a file outside it", () => {
    const self = path.resolve(__filename);
    const skipped = new Set(["node_modules", "dist", "coverage", "test-results"]);
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) return skipped.has(e.name) ? [] : walk(full);
        return e.isFile() ? [full] : [];
      });
    const files = [
      ...["src", "test", "scripts", "bench", "docs", ".ci"]
        .map((d) => path.join(ROOT, d))
        .filter((d) => fs.existsSync(d))
        .flatMap(walk),
      ...["README.md", "webpack.config.js", "eslint.config.mjs"]
        .map((f) => path.join(ROOT, f))
        .filter((f) => fs.existsSync(f)),
      // What the build publishes: the functions' metadata and their help pages.
      path.join(ROOT, "dist", "functions.json"),
      ...walk(path.join(ROOT, "dist", "help")),
    ].filter((f) => path.resolve(f) !== self);
    assert.ok(files.length > 100, `${files.length} files read`);
    const cited: string[] = [];
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      if (bytes.subarray(0, 8000).includes(0)) continue; // binary: an image, a workbook
      bytes
        .toString("utf8")
        .split("\n")
        .forEach((line, i) => {
          // The function guide joined as a path ("docs", "functions.md") is the project's own.
          if (OUTSIDE.test(line.replace(/"docs",\s*"functions\.md"/g, "")))
            cited.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    assert.deepEqual(cited, []);
  });

  it("no audit trail a function spills cites a file outside the repository", () => {
    const registry = loadBundle();
    const headers = [
      "loan_id",
      "investor",
      "property_state",
      "upb",
      "note_rate",
      "remaining_term",
      "pi_payment",
      "escrow_payment",
      "gross_monthly_income",
      "property_value",
      "PMMS",
      "past_due_interest",
      "months_delinquent",
      "origination_date",
      "as_of_date",
      "mod_rate",
      "upb_at_default",
      "prior_partial_claims",
      "next_due_date",
    ];
    const cited: string[] = [];
    for (const investor of ["FNMA", "FHLMC", "FHA", "VA", "USDA", "PRIVATE"]) {
      const values = [
        "X",
        investor,
        "TX",
        200000,
        0.075,
        360,
        1398.43,
        250,
        4000,
        250000,
        0.06,
        3000,
        3,
        "2019-03-01",
        "2026-11-01",
        0.05,
        200000,
        0,
        "2026-08-01",
      ];
      const calls: [string, unknown[]][] = [
        ["WATERFALL", [[["AUTO"]], [headers], [values], null]],
        ["NPV", [[headers], [values], null]],
        ["REGXDATES", [[headers], [values], null]],
      ];
      for (const [id, args] of calls)
        for (const row of registry.get(id)!(...args) as unknown[][])
          for (const cell of row) {
            const text = cell instanceof CfError ? (cell.message ?? "") : String(cell);
            if (OUTSIDE.test(text)) cited.push(`${id} (${investor}): ${text.slice(0, 120)}`);
          }
    }
    assert.deepEqual(cited, []);
  });
});
