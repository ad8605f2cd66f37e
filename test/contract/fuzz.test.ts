// Fuzz test of every function in the BUILT bundle (dist/functions.js, loaded as Excel loads it),
// with arguments shaped like a worksheet's: blanks, text, booleans, huge and tiny numbers, dates
// outside Excel's calendar, ragged and mismatched ranges, header rows that miss, repeat or alias
// fields, and 100,000-row ranges. For every call:
//   - it returns (never throws), a rectangle of numbers, text, booleans or Excel errors, no NaN or
//     Infinity, and no internal error text;
//   - it takes less than BOUND_MS plus PER_ROW_MS a row: a hang guard, not a timing test
//     (speed is measured by `npm run bench`);
//   - an input that is not valid for its argument never gives a value;
//   - every error of a record-based function names the field (or argument) at fault;
//   - one bad row never changes another row's result: each row of a column call equals the same
//     row called alone.
// fast-check runs with a fixed seed, so a failure is reproducible; it prints the counterexample.
import { strict as assert } from "node:assert";
import fc from "fast-check";
import {
  CfError,
  Fn,
  FunctionMeta,
  Matrix,
  contractProblems,
  describeCell,
  loadBundle,
  readMetadata,
} from "./excel-runtime";
import {
  Cell,
  KINDS,
  Kind,
  RECORD_FIELDS,
  REFUSED,
  cell,
  excelSerial,
  headerChange,
  loan,
  roughLoan,
  shaped,
  tape,
} from "./fuzz-cells";

/** The hang guard: no call may take longer than this, plus PER_ROW_MS for each row it is given. */
const BOUND_MS = 2000;
const PER_ROW_MS = 0.2;
const SEED = 20261130;
/** Text that only an unexpected failure inside the engine would put in a message. */
const INTERNAL =
  /DecimalError|undefined|could not compute|\bNaN\b|Infinity|\[object |TypeError|RangeError|ReferenceError|is not a function|Cannot read/;
const RECORD_FUNCTIONS = new Set(["WATERFALL", "NPV", "REGXDATES"]);
const TABLE_FUNCTIONS = new Set(["AMORTIZE", "REPAYPLAN"]);
/** Result fields a record function can be asked for: "new_pi does not apply to this loan's result". */
const RESULT_FIELDS = [
  "program",
  "rule_set",
  "eligible",
  "target_met",
  "offerable",
  "capitalized_upb",
  "mtmltv",
  "new_rate",
  "new_term",
  "forbearance",
  "interest_bearing_upb",
  "partial_claim",
  "new_pi",
  "new_pitia",
  "pi_reduction",
  "dti_after",
  "reason",
  "npv_mod",
  "npv_fc",
  "npv_ss",
  "npv_benefit",
  "decision",
  "discount_rate",
  "months_to_reo_sale",
  "mod_program",
  "assumptions",
  "live_contact_by",
  "written_notice_by",
  "first_filing_from",
  "acknowledge_by",
  "evaluate_by",
  "appeal_available",
  "acceptance_days",
  "days_delinquent",
];
const NAMES = new RegExp(
  `\\b(${[...RECORD_FIELDS, ...RESULT_FIELDS, "headers", "values", "field", "PMMS"].join("|")})\\b`,
  "i"
);

let registry: Map<string, Fn>;
let metadata: FunctionMeta[];

const rowsOf = (args: readonly (Matrix | null)[]) =>
  Math.max(1, ...args.map((a) => (Array.isArray(a) ? a.length : 1)));
const brief = (args: readonly unknown[]) => {
  const text = JSON.stringify(args);
  return text.length > 300 ? `${text.slice(0, 300)}… (${rowsOf(args as Matrix[])} rows)` : text;
};

/** Calls a registered function and checks what every call must satisfy; returns its result. */
function call(id: string, args: readonly (Matrix | null)[]): unknown[][] {
  const fn = registry.get(id);
  assert.ok(fn, `${id} is not registered`);
  let result: unknown;
  const t0 = performance.now();
  try {
    result = fn(...args.map((a) => (a === null ? null : a.map((r) => [...r]))));
  } catch (e) {
    assert.fail(`${id}(${brief(args)}) threw ${String(e)}`);
  }
  const ms = performance.now() - t0;
  const bound = BOUND_MS + PER_ROW_MS * rowsOf(args);
  // Messages are built only on failure: the arguments may be 100,000 rows.
  if (!(ms < bound))
    assert.fail(`${id}(${brief(args)}) took ${ms.toFixed(0)} ms (bound ${bound} ms)`);
  const problems = contractProblems(result);
  if (problems.length) assert.fail(`${id}(${brief(args)}): ${problems.slice(0, 5).join("; ")}`);
  const m = result as unknown[][];
  for (const row of m)
    for (const c of row)
      if (c instanceof CfError && INTERNAL.test(c.message ?? ""))
        assert.fail(`${id}(${brief(args)}): internal error text in ${describeCell(c)}`);
  return m;
}

const isError = (c: unknown): c is CfError => c instanceof CfError;
const same = (a: unknown, b: unknown) =>
  isError(a) && isError(b) ? a.code === b.code && a.message === b.message : Object.is(a, b);

/** A value in range for a parameter's kind. */
function valid(kind: Kind): fc.Arbitrary<Cell | Cell[]> {
  switch (kind) {
    case "money":
      return fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100);
    case "signed":
      return fc.integer({ min: -100_000_000, max: 100_000_000 }).map((c) => c / 100);
    case "rate":
    case "rateNonNegative":
      return fc.integer({ min: 0, max: 1200 }).map((bp) => bp / 10000);
    case "term":
      return fc.integer({ min: 1, max: 480 });
    case "count":
      return fc.integer({ min: 0, max: 400 });
    case "days":
      return fc.integer({ min: -400, max: 400 });
    case "date":
      return fc.integer({ min: excelSerial("1990-01-01"), max: excelSerial("2090-12-31") });
    case "positive":
      return fc.integer({ min: 1, max: 2000 }).map((k) => k / 1000);
    case "flag":
      return fc.boolean();
    case "frequency":
      return fc.constantFrom("WEEKLY", "BIWEEKLY", "SEMIMONTHLY", "MONTHLY", "ANNUAL");
    case "debts":
      return fc.array(
        fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
        { minLength: 1, maxLength: 3 }
      );
  }
}

const kindOf = (name: string): Kind => {
  const k = KINDS[name];
  assert.ok(k, `no kind for parameter ${name}: add it to KINDS in fuzz-cells.ts`);
  return k;
};

/** One row of valid arguments for a cell-based function, as cells (a row of debts for DTI). */
function validRow(f: FunctionMeta): fc.Arbitrary<(Cell | Cell[])[]> {
  return fc.tuple(...f.parameters.map((p) => valid(kindOf(p.name))));
}
const asArg = (v: Cell | Cell[]): Matrix => (Array.isArray(v) ? [v] : [[v]]);

before(function () {
  this.timeout(60_000);
  registry = loadBundle();
  metadata = readMetadata();
});

describe("fuzz: dist/functions.js with worksheet-shaped arguments", function () {
  this.timeout(120_000);
  const cellFunctions = () => metadata.filter((f) => !RECORD_FUNCTIONS.has(f.id));

  it("every function, random cells in every shape (blanks, text, booleans, extremes, bad dates, ragged and mismatched ranges)", () => {
    for (const f of metadata) {
      fc.assert(
        fc.property(fc.tuple(...f.parameters.map(() => shaped(cell))), (args) => {
          call(f.id, args);
        }),
        { numRuns: 250, seed: SEED }
      );
    }
  });

  it("an input that is not valid for its argument never gives a value", () => {
    let checked = 0;
    for (const f of cellFunctions()) {
      const base = fc.sample(validRow(f), { numRuns: 1, seed: SEED })[0];
      f.parameters.forEach((p, i) => {
        // A blank required argument is missing (#N/A); a blank debt among several counts as 0.
        const blankRefused = !p.optional && kindOf(p.name) !== "debts";
        const refused = [...REFUSED[kindOf(p.name)], ...(blankRefused ? [null, ""] : [])];
        for (const bad of refused) {
          const args = base.map(asArg);
          args[i] = p.name === "monthly_debts" ? [[1, bad]] : [[bad]];
          const out = call(f.id, args);
          assert.ok(
            out.length === 1 && isError(out[0][0]),
            `${f.id}: ${p.name} = ${describeCell(bad)} gave ${describeCell(out[0][0])}`
          );
          if (blankRefused && (bad === null || bad === ""))
            assert.equal((out[0][0] as CfError).code, "#N/A", `${f.id}: blank ${p.name}`);
          checked++;
        }
      });
    }
    assert.ok(checked > 300, `${checked} refused inputs checked`);
  });

  it("one bad row never changes another row's result (each row of a column call equals that row alone)", () => {
    for (const f of cellFunctions().filter((g) => !TABLE_FUNCTIONS.has(g.id))) {
      const column = (k: Kind) =>
        fc.oneof(
          { weight: 3, arbitrary: valid(k) },
          { weight: 2, arbitrary: cell },
          { weight: 1, arbitrary: fc.constantFrom(...REFUSED[k]) }
        );
      fc.assert(
        fc.property(
          fc.integer({ min: 2, max: 6 }).chain((n) =>
            fc.tuple(
              ...f.parameters.map((p) =>
                fc.oneof(
                  valid(kindOf(p.name)).map((v) => ({ broadcast: true, cells: [v] })),
                  fc
                    .array(column(kindOf(p.name)), { minLength: n, maxLength: n })
                    .map((cells) => ({ broadcast: false, cells }))
                )
              )
            )
          ),
          (params) => {
            const n = Math.max(...params.map((p) => p.cells.length));
            const whole = call(
              f.id,
              params.map((p) => p.cells.map((v) => (Array.isArray(v) ? v : [v])))
            );
            assert.equal(whole.length, n, `${f.id}: ${whole.length} rows for ${n}`);
            for (let i = 0; i < n; i++) {
              const alone = call(
                f.id,
                params.map((p) => asArg(p.broadcast ? p.cells[0] : p.cells[i]))
              );
              assert.ok(
                same(whole[i][0], alone[0][0]),
                `${f.id} row ${i}: ${describeCell(whole[i][0])} in the column, ${describeCell(alone[0][0])} alone`
              );
            }
          }
        ),
        { numRuns: 100, seed: SEED }
      );
    }
  });
});

describe("fuzz: record-based functions (LM.WATERFALL, LM.NPV, LM.REGXDATES) over loan tapes", function () {
  this.timeout(120_000);
  const PROGRAMS = [
    "AUTO",
    "FLEX-2024",
    "FLEX-2017",
    "HAMP",
    "FHA-2025",
    "VA-2026",
    "DEFERRAL",
    "REPAY-FNMA",
    "SHORT-SALE-GSE",
    "SHORT-SALE-FHA",
    "SHORT-SALE-VA",
    "DIL-GSE",
    "DIL-FHA",
    "DIL-VA",
  ];
  const FIELDS: Record<string, string[]> = {
    WATERFALL: ["program", "target_met", "new_pi", "forbearance", "partial_claim", "reason"],
    NPV: ["npv_mod", "npv_fc", "npv_benefit", "decision"],
    REGXDATES: ["live_contact_by", "written_notice_by", "days_delinquent", "appeal_available"],
  };
  const recordCall = (
    id: string,
    program: string,
    headers: Matrix,
    values: Matrix,
    field: string | null
  ) =>
    call(
      id,
      id === "WATERFALL"
        ? [[[program]], headers, values, field === null ? null : [[field]]]
        : [headers, values, field === null ? null : [[field]]]
    );

  /** Every error names a field of the record or an argument of the call. */
  function errorsNameAField(id: string, out: unknown[][]) {
    for (const row of out)
      for (const c of row)
        if (isError(c) && (c.code === "#VALUE!" || c.code === "#N/A"))
          assert.match(c.message ?? "", NAMES, `${id}: "${c.message}" names no field`);
  }

  it("tapes with missing, duplicated, aliased and unknown columns and rough rows: contract kept, errors name their field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("WATERFALL", "NPV", "REGXDATES"),
        fc.constantFrom(...PROGRAMS),
        fc.array(roughLoan, { minLength: 1, maxLength: 6 }),
        fc.array(headerChange, { maxLength: 3 }),
        fc.boolean(),
        (id, program, loans, changes, oneField) => {
          const t = tape(loans, changes);
          const fields = FIELDS[id];
          const field = oneField || loans.length > 1 ? fields[loans.length % fields.length] : null;
          errorsNameAField(id, recordCall(id, program, t.headers, t.values, field));
        }
      ),
      { numRuns: 600, seed: SEED }
    );
  });

  it("a ragged value row or values wider than the headers are that row's error", () => {
    const t = tape(fc.sample(loan, { numRuns: 3, seed: SEED }));
    const values = [t.values[0], t.values[1].slice(0, 4), [...t.values[2], 1, 2]];
    const out = recordCall("WATERFALL", "AUTO", t.headers, values, "program");
    assert.equal(out.length, 3);
    errorsNameAField("WATERFALL", out);
  });

  it("one bad row never changes another row's result (unique loan ids, sound headers)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("WATERFALL", "NPV", "REGXDATES"),
        fc.constantFrom(...PROGRAMS),
        fc.array(roughLoan, { minLength: 2, maxLength: 5 }),
        (id, program, loans) => {
          const field = FIELDS[id][loans.length % FIELDS[id].length];
          const t = tape(loans);
          const whole = recordCall(id, program, t.headers, t.values, field);
          assert.equal(whole.length, loans.length, `${id}: one result per loan`);
          t.values.forEach((row, i) => {
            const alone = recordCall(id, program, t.headers, [row], field);
            assert.ok(
              same(whole[i][0], alone[0][0]),
              `${id}(${program}) loan ${i + 1}: ${describeCell(whole[i][0])} in the tape, ${describeCell(alone[0][0])} alone`
            );
          });
        }
      ),
      { numRuns: 250, seed: SEED }
    );
  });
});

describe("fuzz: 100,000-row ranges", function () {
  this.timeout(180_000);
  const N = 100_000;
  const rnd = (i: number) => ((Math.imul(i + 1, 2654435761) >>> 0) % 1_000_003) / 1_000_003;

  it("vectorized functions over 100,000 rows of mixed good and bad cells: each sampled row equals that row alone", () => {
    const mix = (i: number, good: Cell): Cell => {
      const r = rnd(i);
      return r < 0.9 ? good : r < 0.93 ? "" : r < 0.96 ? "abc" : r < 0.98 ? -1 : 1e300;
    };
    const principal = Array.from({ length: N }, (_, i) => [
      mix(i, 1000 + Math.floor(rnd(i + 7) * 900_000)),
    ]);
    const target = Array.from({ length: N }, (_, i) => [
      mix(i, Math.floor(rnd(i + 3) * 1e12) / 100),
    ]);
    const rates = Array.from({ length: N }, (_, i) => [
      mix(i + 1, Math.floor(rnd(i + 11) * 1200) / 10000),
    ]);
    const terms = Array.from({ length: N }, (_, i) => [
      mix(i + 2, 1 + Math.floor(rnd(i + 13) * 480)),
    ]);
    const days = Array.from({ length: N }, (_, i) => [
      mix(i + 5, Math.floor(rnd(i + 17) * 801) - 400),
    ]);
    const cases: [string, (Matrix | null)[]][] = [
      ["PAYMENT", [principal, rates, terms]],
      ["MODPAYMENT", [principal, rates, terms, null, null]],
      ["MAXPRINCIPAL", [target, rates, terms]],
      ["BALANCE", [principal, rates, terms, [[12]]]],
      ["BUSINESSDAYS", [[[excelSerial("2026-11-02")]], days]],
    ];
    for (const [id, args] of cases) {
      const out = call(id, args);
      assert.equal(out.length, N, `${id}: ${out.length} rows`);
      for (let k = 0; k < 200; k++) {
        const i = Math.floor(rnd(k * 31 + 1) * N);
        const alone = call(
          id,
          args.map((a) => (a === null ? null : [a.length === 1 ? a[0] : a[i]]))
        );
        assert.ok(
          same(out[i][0], alone[0][0]),
          `${id} row ${i}: ${describeCell(out[i][0])} vs ${describeCell(alone[0][0])}`
        );
      }
    }
  });

  it("100,000-row columns of different lengths give one #VALUE! at once", () => {
    const a = Array.from({ length: N }, () => [1000]);
    const b = Array.from({ length: N - 1 }, () => [0.05]);
    const out = call("PAYMENT", [a, b, [[360]]]);
    assert.equal(out.length, 1);
    assert.equal((out[0][0] as CfError).code, "#VALUE!");
  });

  it("a 100,000-loan tape through LM.WATERFALL and LM.REGXDATES, most rows incomplete", () => {
    const loans = fc.sample(loan, { numRuns: 50, seed: SEED });
    const t = tape(loans);
    const upbAt = (t.headers[0] as string[]).indexOf("upb");
    const values = Array.from({ length: N }, (_, i) => {
      const row = [...t.values[i % loans.length]];
      row[0] = `T${i}`;
      if (rnd(i) < 0.95) row[upbAt] = ""; // incomplete: an #N/A naming upb, cheaply
      return row;
    });
    const w = call("WATERFALL", [[["REPAY-FNMA"]], t.headers, values, [["program"]]]);
    assert.equal(w.length, N);
    const r = call("REGXDATES", [t.headers, values, [["live_contact_by"]]]);
    assert.equal(r.length, N);
  });
});

describe("fuzz: regressions from an adversarial run of every function", () => {
  const code = (out: unknown[][]) => (isError(out[0][0]) ? out[0][0].code : out[0][0]);

  it("LM.MAXPRINCIPAL returns at once for any amount; above the 1e13-dollar cap it is #NUM!", () => {
    // These never returned (1e12, 1e13, -99%) or gave 74,512,646,818,431.14 (4e11).
    for (const [t, r, n] of [
      [1e12, 0.05, 360],
      [1e13, 0.000125, 455],
      [1, -0.99, 1200],
      [4e11, 0.05, 360],
    ])
      assert.equal(code(call("MAXPRINCIPAL", [[[t]], [[r]], [[n]]])), "#NUM!", `${t}, ${r}, ${n}`);
  });

  it("LM.BREAKEVEN takes payments to cents: a saving of 0.00 is #N/A, not 5.964e301 or 25,000 months", () => {
    assert.equal(code(call("BREAKEVEN", [[[59.64]], [[1e-300]], [[0]]])), "#N/A");
    assert.equal(code(call("BREAKEVEN", [[[100]], [[0.004]], [[0]]])), "#N/A");
  });

  it("LM.BUSINESSDAYS(45000, 2000000) is #NUM! at once (it took 9.7 s), and ±400 days over 100,000 rows is quick", () => {
    assert.equal(code(call("BUSINESSDAYS", [[[45000]], [[2_000_000]]])), "#NUM!");
    const days = Array.from({ length: 100_000 }, (_, i) => [(i % 801) - 400]);
    const out = call("BUSINESSDAYS", [[[45000]], days]);
    assert.equal(out.length, 100_000);
    // 45000 = Wednesday 2023-03-15: 0 days is the start; +5 is Wednesday 2023-03-22 (45007).
    assert.equal(out[400][0], 45000);
    assert.equal(out[405][0], 45007);
  });

  it("LM.DTI with its debts omitted is #N/A naming monthly_debts, not an internal error", () => {
    const out = call("DTI", [[[4000], [5000]], null]);
    assert.equal((out[0][0] as CfError).code, "#N/A");
    assert.match((out[0][0] as CfError).message!, /monthly_debts/);
  });
});

describe("fuzz: regressions for the cell adapter and AUTO", () => {
  const message = (c: unknown) => (isError(c) ? (c.message ?? "") : "");
  const HEADERS = [
    "loan_id",
    "investor",
    "upb",
    "note_rate",
    "remaining_term",
    "pi_payment",
    "past_due_interest",
    "property_value",
    "mod_rate",
    "months_delinquent",
    "origination_date",
    "as_of_date",
    "prior_modifications",
    "PMMS",
    "property_state",
    "escrow_payment",
    "prior_deferred_months",
  ];
  const fnma = (id: string, value: Cell): Cell[] => [
    id,
    "FNMA",
    200000,
    0.075,
    300,
    1477.98,
    5000,
    value,
    0.07,
    3,
    "2019-03-01",
    "2026-11-01",
    0,
    0.065,
    "TX",
    300,
    0,
  ];

  it("a property worth 0 costs only its own row: the other loans of the tape keep their results", () => {
    const tapeRows = [fnma("A", 250000), fnma("B", 0), fnma("C", 300000)];
    const cases: [string, (Matrix | null)[], (rows: Cell[][]) => (Matrix | null)[]][] = [
      ["WATERFALL", [], (rows) => [[["AUTO"]], [HEADERS], rows, [["new_pi"]]]],
      ["WATERFALL", [], (rows) => [[["FLEX-2024"]], [HEADERS], rows, [["forbearance"]]]],
      ["WATERFALL", [], (rows) => [[["FLEX-2017"]], [HEADERS], rows, [["new_pi"]]]],
      ["NPV", [], (rows) => [[HEADERS], rows, [["npv_benefit"]]]],
    ];
    for (const [id, , args] of cases) {
      const whole = call(id, args(tapeRows));
      assert.equal(whole.length, 3, `${id}: one result per loan, not ${whole.length}`);
      for (const i of [0, 2]) {
        const alone = call(id, args([tapeRows[i]]));
        assert.ok(
          same(whole[i][0], alone[0][0]),
          `${id} loan ${i + 1}: ${describeCell(whole[i][0])}`
        );
      }
      if (isError(whole[1][0]))
        assert.match(message(whole[1][0]), /property_value/, `${id}: ${describeCell(whole[1][0])}`);
    }
  });

  it("AUTO with a required field missing is an error naming it, for every result field", () => {
    // {"investor","upb","remaining_term","property_value"}: no note rate (this gave a deed-in-lieu).
    for (const field of ["program", "new_pi", "rule_set"]) {
      const noRate = call("WATERFALL", [
        [["AUTO"]],
        [["investor", "upb", "remaining_term", "property_value"]],
        [["FNMA", 100000, 360, 150000]],
        [[field]],
      ]);
      assert.ok(isError(noRate[0][0]), `${field}: ${describeCell(noRate[0][0])}`);
      assert.match(message(noRate[0][0]), /note_rate/, `${field}: ${describeCell(noRate[0][0])}`);
      // Without upb (this gave "No workout").
      const noUpb = call("WATERFALL", [
        [["AUTO"]],
        [["investor", "note_rate", "remaining_term", "property_value"]],
        [["FNMA", 0.05, 360, 150000]],
        [[field]],
      ]);
      assert.ok(isError(noUpb[0][0]), `${field}: ${describeCell(noUpb[0][0])}`);
      assert.match(message(noUpb[0][0]), /\bupb\b/, `${field}: ${describeCell(noUpb[0][0])}`);
    }
  });

  it("dates before Excel's calendar (year 0000, 0001, 1899) are refused, naming the argument or field", () => {
    for (const bad of ["0000-01-01", "0001-01-01", "1899-12-31"]) {
      const a = call("AMORTIZE", [[[1000]], [[0.05]], [[2]], [[bad]], null, null]);
      assert.ok(isError(a[0][0]) && /first_payment_date/.test(message(a[0][0])), `AMORTIZE ${bad}`);
      const b = call("BUSINESSDAYS", [[[bad]], [[0]]]);
      assert.ok(isError(b[0][0]) && /start_date/.test(message(b[0][0])), `BUSINESSDAYS ${bad}`);
      const r = call("REGXDATES", [[["next_due_date"]], [[bad]], [["live_contact_by"]]]);
      assert.ok(isError(r[0][0]) && /next_due_date/.test(message(r[0][0])), `REGXDATES ${bad}`);
    }
  });

  it("a loan id used twice in one call is flagged on the repeated rows, naming loan_id", () => {
    const rows = [fnma("A", 250000), fnma("B", 260000), fnma("A", 270000)];
    for (const args of [
      [[["AUTO"]], [HEADERS], rows, [["program"]]],
      [[HEADERS], rows, [["npv_benefit"]]],
      [[HEADERS], rows, [["days_delinquent"]]],
    ] as (Matrix | null)[][]) {
      const id =
        args.length === 4 ? "WATERFALL" : args[2]![0][0] === "npv_benefit" ? "NPV" : "REGXDATES";
      const out = call(id, args);
      assert.equal(out.length, 3);
      assert.ok(isError(out[2][0]), `${id}: the repeated id gave ${describeCell(out[2][0])}`);
      assert.match(message(out[2][0]), /loan_id/);
      assert.ok(
        !isError(out[1][0]) || !/loan_id/.test(message(out[1][0])),
        `${id}: B is not a duplicate`
      );
    }
  });
});
