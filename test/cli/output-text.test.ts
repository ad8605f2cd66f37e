import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import { parse } from "csv-parse/sync";
import { centsText, csvCellText, jsonCellValue } from "../../src/cli/output/cell-text";
import { csvLine } from "../../src/cli/output/csv-line";
import { csvSafeText, looksLikeFormula } from "../../src/cli/output/formula-guard";
import { Progress } from "../../src/cli/progress";
import { loanIdByRecord, loanIdOf } from "../../src/core/tape";

describe("cli/output: text that stays text (OWASP CSV injection)", () => {
  it("a text cell starting with = + - @ tab CR or LF gets a leading quote; others are unchanged", () => {
    for (const t of ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"])
      assert.equal(csvSafeText(t), `'${t}`, JSON.stringify(t));
    for (const t of ["", "A-1", "1=1", " =1", "7000100000", "'quoted"])
      assert.equal(csvSafeText(t), t);
  });

  it("only text columns are guarded: a negative amount stays a number", () => {
    assert.equal(csvCellText("money", -4104274), "-41042.74");
    assert.equal(csvCellText("text", "-2"), "'-2");
    assert.equal(csvCellText("ratio", -0.25), "-0.25");
  });

  it("property: a guarded cell never looks like a formula, and removing the quote gives the text back", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        const g = csvSafeText(t);
        assert.equal(looksLikeFormula(g), false);
        assert.equal(g === t ? t : g.slice(1), t);
      })
    );
  });
});

describe("cli/output: values as CSV and JSON", () => {
  it("cents as dollars: two decimals, sign, no float", () => {
    assert.deepEqual([0, 5, -5, 100, 123456789, -1].map(centsText), [
      "0.00",
      "0.05",
      "-0.05",
      "1.00",
      "1234567.89",
      "-0.01",
    ]);
  });

  it("property: centsText is Decimal's cents / 100 to two places, for every safe integer", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.boolean(), (c, neg) => {
        const cents = neg ? -c : c;
        assert.equal(centsText(cents), new Decimal(cents).div(100).toFixed(2));
      })
    );
  });

  it("dates as ISO, flags TRUE/FALSE, blanks empty; JSON money in dollars and blanks null", () => {
    assert.equal(csvCellText("date", { year: 2026, month: 2, day: 3 }), "2026-02-03");
    assert.equal(csvCellText("flag", false), "FALSE");
    assert.equal(csvCellText("money", undefined), "");
    assert.equal(jsonCellValue("money", 99857), 998.57);
    assert.equal(jsonCellValue("date", { year: 2026, month: 12, day: 1 }), "2026-12-01");
    assert.equal(jsonCellValue("text", undefined), null);
  });

  it("property: a CSV line reads back (csv-parse) as the cells written", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), (cells) => {
        fc.pre(!(cells.length === 1 && cells[0] === ""));
        const back = parse(csvLine(cells), { relax_column_count: true }) as string[][];
        assert.deepEqual(back, [cells]);
      })
    );
  });
});

describe("core/tape: loan ids, fast path against the record's reading", () => {
  it("property: text with nothing to trim is read as itself; everything else by the record", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean()),
        (cell) => {
          assert.equal(loanIdOf(cell), cell === "" ? undefined : loanIdByRecord(cell));
        }
      )
    );
  });
});

describe("cli/progress", () => {
  function stream(isTTY: boolean) {
    const out: string[] = [];
    return { out, s: { isTTY, columns: 100, write: (t: string) => (out.push(t), true) } };
  }

  it("not a terminal: a line at each tenth of a large tape, nothing for a small one", () => {
    let now = 0;
    const { out, s } = stream(false);
    const p = new Progress(s, false, () => now);
    p.phase("evaluating", 100_000);
    for (let done = 0; done <= 100_000; done += 5_000) {
      now += 1000;
      p.tick(done);
    }
    assert.equal(out[0], "evaluating: 100,000 rows\n");
    assert.deepEqual(
      out.slice(1).map((l) => l.split(" (")[0]),
      ["10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%"].map((x) => `evaluating: ${x}`)
    );
    const small = stream(false);
    const q = new Progress(small.s, false, () => now);
    q.phase("evaluating", 1_000);
    q.tick(500);
    assert.deepEqual(small.out, []);
  });

  it("a terminal: one line redrawn in place (carriage return), at most every 100 ms, cleared at the end", () => {
    let now = 0;
    const { out, s } = stream(true);
    const p = new Progress(s, false, () => now);
    p.phase("evaluating", 1000);
    now = 500;
    p.tick(100);
    now = 550;
    p.tick(200); // too soon to redraw
    now = 700;
    p.tick(500);
    p.done();
    assert.equal(out.length, 3);
    assert.ok(out[0].startsWith("\r\u001b[2Kevaluating ["), out[0]);
    assert.match(out[0], /\[#+-+\] 10% 100 of 1,000 rows/);
    assert.match(out[1], /50% 500 of 1,000 rows/);
    assert.equal(out[2], "\r\x1b[2K");
  });

  it("--quiet: nothing at all", () => {
    const { out, s } = stream(true);
    const p = new Progress(s, true, () => 10_000);
    p.phase("evaluating", 1_000_000);
    p.tick(500_000);
    p.note("a note");
    assert.deepEqual(out, []);
  });
});
