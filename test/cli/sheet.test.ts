import { strict as assert } from "node:assert";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { SHEET_KINDS } from "../../src/report/sheets";
import { Command } from "commander";
import { optionFlag } from "../../src/cli/commands/sheet-options";
import { buildProgram } from "../../src/cli/program";
import {
  Run,
  buildCli,
  cellsReading,
  csvCell,
  isoDay,
  lm,
  lmWithFileLimit,
  noStack,
  readSheet,
  rightOf,
  writeTape,
} from "./sheet-run";

/**
 * `lm-workbench sheet <kind> --loan`: every kind written for a loan and read back by openpyxl, with
 * a key figure each worked out here, apart from the code; every exit code; loan ids that look like
 * formulas. `--all` is sheet-all.test.ts's.
 */
let dir: string;
const run = (args: readonly string[]) => lm(args, dir);

const HEADER =
  "loan_id,borrower_name,investor,property_state,occupancy,upb,note_rate,remaining_term,pi_payment,escrow_payment,gross_monthly_income,property_value,value_date,months_delinquent,next_due_date,late_fees,hardship_resolved,origination_date,prior_modifications,mod_rate,PMMS,past_due_interest,escrow_advances,servicing_advances,subordinate_liens,application_complete_date,fc_sale_date";

/**
 * HAMP-A, the README's row (docs/rules/hamp.md; silvermortgage.blogspot.com Ex. 1): 200,000.00 at
 * 7.5% over 360 months, P&I 1,398.43, escrow 250.00, income 4,000.00, PMMS 6%. The HAMP target is
 * 31% × 4,000.00 − 250.00 = 990.00 of P&I; the rate steps down by 0.125%: at 4.375% the P&I is
 * 998.57, at 4.25% 983.88 (below the target), so 4.375% it is (amortized below, independently).
 */
const HAMP_A = "HAMP-A,,PRIVATE,TX,,200000,0.075,360,1398.43,250,4000,250000,,,,,,,,,0.06,,,,,,";
/**
 * RP-6, the published REPAYPLAN case: 3 missed payments of 1,200.00 P&I + 300.00 escrow = 4,500.00 of
 * arrears (the 180.00 of late fees waived); the installment cap is 150% × 1,500.00 = 2,250.00, so the
 * catch-up is at most 750.00: 4,500.00 / 750.00 = 6 installments of 2,250.00. The next due date after
 * 2026-11-02 is 2026-12-01 (due on the 1st since 2026-08-01); the last is 2027-05-01.
 */
const RP_6 =
  "RP-6,Jordan Sample,FNMA,OH,PRIMARY,180000,0.065,300,1200,300,6000,260000,2026-10-01,3,2026-08-01,180,TRUE,2018-05-01,0,0.0675,,,,,,2026-10-12,";
/** RP-6 with a sale scheduled 2026-12-15, 64 days after the complete application: 7 days to accept. */
const RP_7 = RP_6.replace("RP-6,", "RP-7,").replace(/,$/, ",2026-12-15");
/**
 * SS-GSE, the published GSE short sale: 250,000.00 − 6% commission 15,000.00 − closing costs 4,000.00 −
 * second lien 6,000.00 − relocation 7,500.00 = net 217,500.00; debt 240,000.00 + 9,000.00 interest +
 * 2,500.00 escrow advances + 1,200.00 servicing advances = 252,700.00; deficiency 35,200.00.
 */
const SS_GSE =
  "SS-GSE,Riley Seller,FNMA,FL,PRIMARY,240000,0.055,320,,420,2500,250000,2026-10-15,8,2026-03-01,300,,2015-06-01,2,0.0675,,9000,2500,1200,6000,2026-10-20,";
/** A loan current on its payments: no arrears, so no repayment plan. */
const CURRENT = RP_6.replace("RP-6,", "CUR-1,").replace(",3,2026-08-01,", ",0,2026-12-01,");
/** A row that fails its check: its balance is not an amount. */
const BAD = RP_6.replace("RP-6,", "BAD-1,").replace(",180000,", ",see notes,");

let tape: string;

/** P&I of a level-payment loan, in doubles, to the cent: the amortization formula. */
const payment = (principal: number, rate: number, months: number) => {
  const r = rate / 12;
  return Math.round(((principal * r) / (1 - Math.pow(1 + r, -months))) * 100) / 100;
};

before(function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-sheet-"));
  buildCli();
  tape = writeTape(dir, "loans.csv", [HEADER, HAMP_A, RP_6, RP_7, SS_GSE, CURRENT, BAD]);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const sheetOf = (r: Run, file: string) => {
  assert.equal(r.code, 0, r.err);
  noStack(r);
  return readSheet(join(dir, file));
};

/** `sheet <kind> loans.csv --loan <loan> --as-of 2026-11-02 [extra...] -o <file>`. */
const sheetArgs = (kind: string, loan: string, file: string, ...extra: string[]) => [
  "sheet",
  kind,
  tape,
  "--loan",
  loan,
  "--as-of",
  "2026-11-02",
  ...extra,
  "-o",
  file,
];
/** That command run, and the worksheet it wrote. */
const sheetFor = (kind: string, loan: string, file: string, ...extra: string[]) =>
  sheetOf(run(sheetArgs(kind, loan, file, ...extra)), file);

describe("cli: lm-workbench sheet --help", function () {
  this.timeout(60000);

  it("lists every kind with its title, the rules, the exit codes and a sample loan id", () => {
    const r = run(["sheet", "--help"]);
    assert.equal(r.code, 0);
    const text = r.out.replace(/\s+/g, " ");
    for (const k of SHEET_KINDS)
      assert.ok(text.includes(` ${k.id} [options] [tape] ${k.title.toLowerCase()} `), k.id);
    assert.match(r.out, /an existing file is never replaced unless --force is given/);
    assert.match(r.out, /Exit codes: 0 done/);
    assert.match(r.out, /every kind of worksheet can be made for its loan \d+/);
  });

  for (const kind of SHEET_KINDS)
    it(`${kind.id} --help shows its own options, from its inputs, and no other kind's`, () => {
      const r = run(["sheet", kind.id, "--help"]);
      assert.equal(r.code, 0);
      assert.ok(r.out.replace(/\s+/g, " ").includes(kind.description), "the kind's description");
      for (const other of SHEET_KINDS)
        for (const spec of other.inputs) {
          const shown = new RegExp(`\\n  ${optionFlag(spec)} <`).test(r.out);
          assert.equal(shown, kind.inputs.includes(spec), `${kind.id}: ${optionFlag(spec)}`);
        }
      for (const o of ["--loan <loan_id>", "--all", "--force", "--preparer <name>", "--as-of"])
        assert.ok(r.out.includes(o), o);
      assert.ok(!r.out.includes("--workers"), "one thread: no --workers");
    });
});

describe("cli: every kind for the sample loan the help names", function () {
  this.timeout(120000);

  it("each of the six worksheets is written for it, from the bundled sample tape", () => {
    const id = /can be made for its loan (\S+)\./.exec(run(["sheet", "--help"]).out)![1];
    for (const kind of SHEET_KINDS) {
      const file = `sample-${kind.id}.xlsx`;
      const r = run(["sheet", kind.id, "--loan", id, "-o", file, "--preparer", "Sam Lee"]);
      assert.match(r.err, /No tape given: reading the bundled sample tape/);
      assert.match(
        r.err,
        new RegExp(`Wrote ${file}: the ${kind.title.toLowerCase()} for loan "${id}"`)
      );
      const sheet = sheetOf(r, file);
      assert.equal(sheet.name, `${kind.stem} ${id}`);
      assert.equal(sheet.cells.A1.v, kind.title);
      assert.match(String(sheet.cells.A3.v), /prepared by Sam Lee/);
    }
  });
});

describe("cli: a key figure of each kind, worked out by hand", function () {
  this.timeout(120000);

  it("repayment plan (RP-6): six installments of 2,250.00, 12/01/2026 to 05/01/2027", () => {
    const s = sheetFor("repayment-plan", "RP-6", "rp6.xlsx");
    assert.equal(rightOf(s, "Total past due to repay")[0].v, 4500);
    assert.equal(rightOf(s, "Plan length")[0].v, 6);
    assert.equal(rightOf(s, /^Installment, months 1–6$|^Installment$/)[0].v, 2250);
    assert.equal(isoDay(rightOf(s, "First installment due")[0]), "2026-12-01");
    assert.equal(isoDay(rightOf(s, "Last installment due")[0]), "2027-05-01");
  });

  it("repayment plan with its options: --months 9 --first-due-date 2027-01-01 gives 9 × 2,000.00", () => {
    // 4,500.00 / 9 = 500.00 of catch-up on the 1,500.00 payment: 2,000.00, the last due 2027-09-01.
    const s = sheetFor(
      "repayment-plan",
      "RP-6",
      "rp6-9.xlsx",
      ...["--months", "9", "--first-due-date", "2027-01-01"]
    );
    assert.equal(rightOf(s, "Plan length")[0].v, 9);
    assert.equal(rightOf(s, "Catch-up each month")[0].v, 500);
    assert.equal(isoDay(rightOf(s, "Last installment due")[0]), "2027-09-01");
    assert.ok(cellsReading(s, 2000).length >= 9, "nine installments of 2,000.00");
  });

  it("modification offer (HAMP-A): 4.375%, P&I 998.57, three trial payments of 1,248.57", () => {
    const pi = payment(200000, 0.04375, 360);
    assert.equal(pi, 998.57);
    assert.ok(payment(200000, 0.0425, 360) < 990, "one step lower goes below the 990.00 target");
    const s = sheetFor("modification-offer", "HAMP-A", "offer.xlsx");
    const rate = rightOf(s, "Interest rate");
    assert.deepEqual([rate[0].v, rate[1].v], [0.075, 0.04375]);
    assert.equal(rightOf(s, "Monthly P&I")[1].v, pi);
    assert.equal(rightOf(s, "Monthly payment (PITIA)")[1].v, (pi * 100 + 25000) / 100);
    for (const n of ["1 of 3", "2 of 3", "3 of 3"]) assert.equal(rightOf(s, n)[1].v, 1248.57);
    // Accept by: the notice date plus 14 days (no sale scheduled).
    assert.equal(isoDay(rightOf(s, "Accept by")[0]), "2026-11-16");
  });

  it("modification offer: --program names the modification; one the order lacks is exit 1 with the reason", () => {
    const ok = run(
      sheetArgs("modification-offer", "HAMP-A", "offer-hamp.xlsx", "--program", "hamp")
    );
    assert.equal(
      rightOf(sheetOf(ok, "offer-hamp.xlsx"), "Rule set")[0].v,
      "HAMP (version 2016-12-31)"
    );
    const r = run(
      sheetArgs("modification-offer", "HAMP-A", "offer-flex.xlsx", "--program", "FLEX-2024")
    );
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /cannot be made for loan "HAMP-A" .*\n {2}FLEX-2024 is not a modification option of the PRIVATE order \(HAMP\)/
    );
    assert.equal(existsSync(join(dir, "offer-flex.xlsx")), false);
  });

  it("program comparison (HAMP-A): HAMP works at 998.57 beside the current 1,398.43", () => {
    const s = sheetFor("comparison", "HAMP-A", "cmp.xlsx");
    const heads = rightOf(s, "Option").map((c) => c.v);
    const hamp = heads.indexOf("HAMP Tier 1 modification (HAMP)");
    assert.ok(hamp >= 0, heads.join(" | "));
    assert.equal(rightOf(s, "Monthly P&I")[0].v, 1398.43);
    assert.equal(rightOf(s, "Result")[hamp - 1].v, "Works");
  });

  it("evaluation notice: dated by --as-of; accept by 14 days later, or 7 with a sale under 90 days away", () => {
    const six = sheetFor("evaluation-notice", "RP-6", "en6.xlsx");
    assert.equal(isoDay(rightOf(six, "Date of this notice")[0]), "2026-11-02");
    assert.equal(isoDay(rightOf(six, "Accept by")[0]), "2026-11-16");
    assert.equal(rightOf(six, "Monthly installment")[0].v, 2250);
    // RP-7: complete 2026-10-12, sale 2026-12-15: 64 days, under 90, so 7 days: 2026-11-09.
    const seven = sheetFor("evaluation-notice", "RP-7", "en7.xlsx");
    assert.equal(isoDay(rightOf(seven, "Accept by")[0]), "2026-11-09");
  });

  it("short-sale net sheet with its settlement options (SS-GSE): net 217,500.00, deficiency 35,200.00", () => {
    const s = sheetFor(
      "short-sale",
      "SS-GSE",
      "ss.xlsx",
      ...["--sale-price", "250000", "--commission-rate", "6%", "--closing-costs", "4,000"],
      ...["--subordinate-liens", "6000", "--relocation", "$7,500.00"]
    );
    assert.equal(rightOf(s, "Real estate commission").at(-1)!.v, -15000);
    assert.equal(rightOf(s, "Total debt")[0].v, 252700);
    assert.equal(cellsReading(s, 217500).length, 1, "net proceeds 217,500.00");
    assert.equal(rightOf(s, "Deficiency").at(-1)!.v, 35200);
  });

  it("negotiation summary (RP-6): the recommended repayment plan's installment, 2,250.00", () => {
    const s = sheetFor("negotiation-summary", "RP-6", "ns.xlsx");
    assert.equal(s.cells.A1.v, "Negotiation summary");
    assert.equal(rightOf(s, "Installment")[0].v, 2250);
    assert.equal(s.print.orientation, "portrait");
    assert.equal(s.print.fitToWidth, 1);
  });
});

describe("cli: sheet exit codes", function () {
  this.timeout(120000);

  const usage: [string, string[], RegExp][] = [
    [
      "an unknown kind",
      ["sheet", "letter", "--loan", "1", "-o", "x.xlsx"],
      /"letter" is not a worksheet; use one of repayment-plan, /,
    ],
    ["no kind", ["sheet"], /say which worksheet/],
    [
      "neither --loan nor --all",
      ["sheet", "comparison", "-o", "x.xlsx"],
      /say which loan: --loan <loan_id>, or --all/,
    ],
    [
      "both --loan and --all",
      ["sheet", "comparison", "--loan", "1", "--all", "-o", "x"],
      /not both/,
    ],
    ["no -o", ["sheet", "comparison", "--loan", "1"], /give the file to write: -o <file.xlsx>/],
    ["--all without -o", ["sheet", "comparison", "--all"], /give the folder/],
    [
      "-o not .xlsx",
      ["sheet", "comparison", "--loan", "1", "-o", "x.pdf"],
      /a worksheet is written to an .xlsx file/,
    ],
    [
      "--all -o naming an .xlsx file",
      ["sheet", "comparison", "--all", "-o", "all.xlsx"],
      /--all writes one file per loan into a folder; name the folder/,
    ],
    [
      "an option of another kind",
      ["sheet", "comparison", "--months", "6", "--loan", "1", "-o", "x.xlsx"],
      /--months is an option of repayment-plan, not of comparison/,
    ],
    [
      "a bad option value",
      ["sheet", "repayment-plan", "--months", "nine", "--loan", "1", "-o", "x.xlsx"],
      /--months "nine": "nine" is not a whole number of months/,
    ],
    [
      "a date that is not one",
      ["sheet", "repayment-plan", "--first-due-date", "2027-02-30", "--loan", "1", "-o", "x.xlsx"],
      /--first-due-date "2027-02-30": .*not a date of the calendar/,
    ],
    [
      "a program that is not a rule set",
      ["sheet", "modification-offer", "--program", "BEST", "--loan", "1", "-o", "x.xlsx"],
      /--program "BEST" is not a rule set; use one of AUTO, /,
    ],
    [
      "a bad --as-of",
      ["sheet", "comparison", "--as-of", "someday", "--loan", "1", "-o", "x.xlsx"],
      /--as-of/,
    ],
    [
      "an unknown option",
      ["sheet", "comparison", "--color", "--loan", "1", "-o", "x.xlsx"],
      /unknown option '--color'/,
    ],
  ];
  for (const [what, args, message] of usage)
    it(`2, usage: ${what}, before any tape is read`, () => {
      const r = run(args);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /reading/i);
      noStack(r);
    });

  const input = (): [string, string[], RegExp][] => [
    [
      "a missing tape",
      ["sheet", "comparison", "none.csv", "--loan", "1", "-o", "x.xlsx"],
      /cannot read the tape "none.csv": there is no such file/,
    ],
    [
      "a tape that is not a workbook",
      ["sheet", "comparison", "fake.xlsx", "--loan", "1", "-o", "x.xlsx"],
      /fake.xlsx.* is not an Excel workbook/,
    ],
    [
      "an unknown loan id",
      ["sheet", "comparison", tape, "--loan", "0000", "-o", "x.xlsx"],
      /no loan "0000" in "loans.csv" \(6 rows read\)/,
    ],
    [
      "a row that fails its check: field, value and reason",
      sheetArgs("comparison", "BAD-1", "x.xlsx"),
      /loan "BAD-1" \(row 7 of "loans.csv"\) failed its check, so nothing is written:\n {2}field upb, value "see notes": upb: "see notes" is not an amount of money/,
    ],
    [
      "the document cannot be made: a repayment plan with no arrears",
      sheetArgs("repayment-plan", "CUR-1", "x.xlsx"),
      /the repayment plan agreement cannot be made for loan "CUR-1" \(row 6 of "loans.csv"\), so nothing is written:\n {2}loan CUR-1 has no arrears to repay/,
    ],
    [
      "no as-of date in the row and no --as-of",
      ["sheet", "comparison", tape, "--loan", "RP-6", "-o", "x.xlsx"],
      /field as_of_date: as_of_date is blank and no --as-of was given/,
    ],
  ];
  it("1, input: each case said in plain words, and no file written", () => {
    writeFileSync(join(dir, "fake.xlsx"), "loan_id\n1\n");
    for (const [what, args, message] of input()) {
      const r = run(args);
      assert.equal(r.code, 1, `${what}: ${r.err}`);
      assert.match(r.err, message, what);
      assert.equal(existsSync(join(dir, "x.xlsx")), false, what);
      noStack(r);
    }
  });

  it("1, an existing file: kept as it was, the rule stated; --force replaces it", () => {
    const args = sheetArgs("comparison", "RP-6", "keep.xlsx");
    writeFileSync(join(dir, "keep.xlsx"), "the user's own file");
    const r = run(args);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /"keep.xlsx" exists, so nothing is written: an existing file is never replaced unless --force is given/
    );
    assert.equal(readFileSync(join(dir, "keep.xlsx"), "utf8"), "the user's own file");
    const forced = run([...args, "--force"]);
    assert.equal(forced.code, 0, forced.err);
    assert.equal(readSheet(join(dir, "keep.xlsx")).name, "Program Comparison RP-6");
  });

  it("1, a write that fails (the file-size limit reached): said plainly, no file and no partial file left", () => {
    const before = new Set(readdirSync(dir));
    const r = lmWithFileLimit(sheetArgs("comparison", "RP-6", "big.xlsx"), dir, 4);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /cannot write "big.xlsx"/);
    noStack(r);
    assert.deepEqual(
      readdirSync(dir).filter((f) => !before.has(f)),
      [],
      "nothing new in the folder"
    );
  });

  it("the loan's row wins over --as-of, and a note says so", () => {
    const withDate = writeTape(dir, "dated.csv", [`${HEADER},as_of_date`, `${RP_6},2026-11-02`]);
    const r = run([
      "sheet",
      "evaluation-notice",
      withDate,
      "--loan",
      "RP-6",
      "--as-of",
      "2026-11-20",
      "-o",
      "dated.xlsx",
    ]);
    const s = sheetOf(r, "dated.xlsx");
    assert.match(
      r.err,
      /row gives as_of_date 2026-11-02, which dates the worksheet; --as-of 2026-11-20 fills only a blank as_of_date/
    );
    assert.equal(isoDay(rightOf(s, "Date of this notice")[0]), "2026-11-02");
  });
});

describe("cli: docs/cli.md", () => {
  it("names every command, every kind of worksheet and every option of each", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "cli.md"), "utf8");
    const visit = (cmd: Command, path: string[]) => {
      for (const sub of cmd.commands) {
        if (sub.name() === "help") continue;
        const name = [...path, sub.name()];
        assert.ok(
          doc.includes(`\`${sub.name()}\``) || doc.includes(`lm-workbench ${name.join(" ")}`),
          name.join(" ")
        );
        for (const o of sub.options)
          if (!o.hidden && o.long !== "--help")
            assert.ok(
              doc.includes(`\`${o.long}`) || doc.includes(`${o.long} `),
              `${name.join(" ")} ${o.long}`
            );
        visit(sub, name);
      }
    };
    visit(buildProgram(), []);
    for (const kind of SHEET_KINDS) {
      assert.match(doc, new RegExp(`\\| \`${kind.id}\` +\\| `), kind.id);
      for (const spec of kind.inputs)
        assert.ok(doc.includes(`\`${optionFlag(spec)} <`), optionFlag(spec));
    }
  });
});

describe("cli: an .xlsx tape", function () {
  this.timeout(60000);

  it("the worksheet named by --sheet is read; the loan found there", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").addRow(["Servicing tape, November"]);
    const ws = wb.addWorksheet("Loans");
    for (const l of [HEADER, RP_6]) ws.addRow(parse(l)[0] as string[]);
    await wb.xlsx.writeFile(join(dir, "tape.xlsx"));
    const args = [
      "sheet",
      "repayment-plan",
      "tape.xlsx",
      "--loan",
      "RP-6",
      "--as-of",
      "2026-11-02",
    ];
    const s = sheetOf(run([...args, "--sheet", "Loans", "-o", "from-xlsx.xlsx"]), "from-xlsx.xlsx");
    assert.equal(rightOf(s, /^Installment/)[0].v, 2250);
    const cover = run([...args, "-o", "cover.xlsx"]);
    assert.equal(cover.code, 1, "the first worksheet is a cover page, not a tape");
    noStack(cover);
  });
});

describe("cli: loan ids that look like formulas", function () {
  this.timeout(120000);
  const IDS = ['=HYPERLINK("http://example.com","x")', "+1", "-2", "@A1"];

  it("are looked up as given (--loan=<id>) and written as text, never as a formula", () => {
    const ids = writeTape(dir, "ids.csv", [
      HEADER,
      ...IDS.map((id) => RP_6.replace("RP-6", csvCell(id))),
    ]);
    IDS.forEach((id, i) => {
      const file = `id-${i}.xlsx`;
      const s = sheetOf(
        run(["sheet", "repayment-plan", ids, `--loan=${id}`, "--as-of", "2026-11-02", "-o", file]),
        file
      );
      const cell = rightOf(s, "loan_id")[0];
      assert.equal(cell.v, id);
      assert.equal(cell.t, "s", `${id}: text, not a formula`);
      assert.equal(cell.f, "@");
      assert.equal(s.cells.A2.v, `Loan ${id} · Jordan Sample`);
      assert.ok(
        !Object.values(s.cells).some((c) => c.t === "f" && String(c.v).includes("HYPERLINK"))
      );
    });
    assert.ok(statSync(join(dir, "id-0.xlsx")).size > 0);
    assert.match(
      run(["sheet", "comparison", ids, "--loan=-3", "-o", "x.xlsx"]).err,
      /no loan "-3"/
    );
  });
});
