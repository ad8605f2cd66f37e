/**
 * Evaluation notice (12 CFR 1024.41(c)(1)(ii) and (d)): one row per option of the order, the
 * specific reason for each denial and the requirement behind it by owner and source (comment
 * 41(d)-1), options not evaluated said as such, the offer's terms, and the accept-by and appeal-by
 * dates counted by hand from the notice date 2026-11-02 (14 days → 2026-11-16; 7 days → 2026-11-09).
 */
import { strict as assert } from "node:assert";
import { evaluationNoticeSheet, noticeRows } from "../../../src/report/sheets/evaluation-notice";
import type { Cell } from "../../../src/core/record";
import { HAMP_A, HAMP_A_SETTINGS, HAMP_LOW_DTI, REPAY_6, caseOf } from "./loans";
import { modelOf, rowAfter, table, texts, valueOf } from "./query";

const rowsOf = (fields: Record<string, Cell>, settings = {}) =>
  table(modelOf(evaluationNoticeSheet(caseOf(fields, settings))), "OptionsReviewed");

describe("report/sheets evaluation notice", () => {
  it("is dated the as-of date and offers what AUTO recommends; later options are not evaluated", () => {
    const m = modelOf(evaluationNoticeSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    assert.match(texts(m), /^Dated 11\/02\/2026$/m);
    assert.deepEqual(valueOf(m, "Date of this notice"), { year: 2026, month: 11, day: 2 });
    assert.match(texts(m), /We are offering you: HAMP Tier 1 modification/);
    assert.match(texts(m), /We received your complete loss mitigation application on 09\/20\/2026/);
    const rows = table(m, "OptionsReviewed");
    assert.deepEqual(
      rows.map((r) => [r[0], r[1]]),
      [
        ["Repayment plan (REPAY-FNMA)", "Denied"],
        ["HAMP Tier 1 modification (HAMP)", "Offered"],
        ["GSE short sale (SHORT-SALE-GSE)", "Not evaluated"],
        ["Deed-in-lieu of foreclosure (DIL-GSE)", "Not evaluated"],
      ]
    );
    assert.match(
      String(rows[0][2]),
      /^the hardship is not resolved: a repayment plan needs it resolved/
    );
    assert.equal(rows[2][2], "not evaluated: an earlier option was offered");
    assert.equal(rows[2][3], "", "no requirement is named for an option not evaluated");
  });

  it("names the requirement behind each denial: whose, the rule set, its public source", () => {
    const rows = rowsOf(HAMP_A, HAMP_A_SETTINGS);
    assert.equal(
      rows[0][3],
      "the loan's owner or assignee: REPAY-FNMA, version 2025-08-13. Source: Fannie Mae Servicing Guide D2-3.2-02 Repayment Plan (08/13/2025)"
    );
    // A Fannie Mae loan names Fannie Mae as owner (comment 41(d)-1).
    const fnma = rowsOf({ ...REPAY_6, hardship_resolved: false });
    assert.match(String(fnma[0][3]), /^Fannie Mae \(owner\): REPAY-FNMA/);
  });

  it("the offer's terms and the accept-by date: notice date + 14 days", () => {
    const m = modelOf(evaluationNoticeSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    assert.equal(valueOf(m, "Interest rate"), 0.04375);
    assert.equal(valueOf(m, "Monthly principal and interest"), 998.57);
    assert.equal(valueOf(m, "Monthly payment with escrow"), 1248.57);
    assert.equal(
      valueOf(m, "Trial payments"),
      "3 × $1,248.57, due 12/01/2026, 01/01/2027, 02/01/2027"
    );
    assert.deepEqual(valueOf(m, "Accept by"), { year: 2026, month: 11, day: 16 });
    assert.match(texts(m), /tell us by 11\/16\/2026/);
    // No modification was denied: no appeal date.
    assert.ok(!texts(m).includes("Appeal by"));
  });

  it("a denied modification with an appeal available: appeal by the notice date + 14 days", () => {
    // HAMP-LOW: 1,648.43 / 8,000.00 = 20.605% → 20.61%, not above 31%: HAMP denied; the deed-in-lieu
    // (equity: 250,000.00 − 25,000.00 − 7,500.00 = 217,500.00 > 200,000.00) is offered.
    const m = modelOf(evaluationNoticeSheet(caseOf(HAMP_LOW_DTI, HAMP_A_SETTINGS)));
    const rows = table(m, "OptionsReviewed");
    assert.deepEqual(
      rows.map((r) => r[1]),
      ["Denied", "Denied", "Denied", "Offered"]
    );
    assert.match(
      String(rows[1][2]),
      /^P&I \$1,398\.43 \+ escrow \$250\.00 is 20\.61% of income \$8,000\.00: not above 31%/
    );
    assert.match(
      String(rows[1][3]),
      /HAMP, version 2016-12-31\. Source: Treasury Supplemental Directive 09-01/
    );
    assert.deepEqual(valueOf(m, "Appeal by"), { year: 2026, month: 11, day: 16 });
    assert.match(
      texts(m),
      /You may appeal the denial of any loan modification option above by 11\/16\/2026/
    );
    assert.match(texts(m), /within 30 days of receiving it/);
  });

  it("7 days to accept and no appeal when the complete application came 81 days before the sale", () => {
    // Complete 2026-09-20, sale 2026-12-10: 81 days (under 90, over 37).
    const m = modelOf(
      evaluationNoticeSheet(
        caseOf({ ...HAMP_LOW_DTI, fc_sale_date: "2026-12-10" }, HAMP_A_SETTINGS)
      )
    );
    assert.deepEqual(valueOf(m, "Accept by"), { year: 2026, month: 11, day: 9 });
    assert.match(texts(m), /7 days: the complete application came less than 90 days/);
    assert.match(
      String(valueOf(m, "Appeal by")),
      /^no appeal: the complete application came less than 90 days/
    );
  });

  it("an option that could not be evaluated says which fields it lacked", () => {
    const c = caseOf({ ...REPAY_6, hardship_resolved: false });
    const rows = table(modelOf(evaluationNoticeSheet(c)), "OptionsReviewed");
    assert.deepEqual(rows[0].slice(0, 2), ["Repayment plan (REPAY-FNMA)", "Denied"]);
    assert.deepEqual(rows[1].slice(0, 3), [
      "GSE payment deferral (DEFERRAL)",
      "Not evaluated",
      "not evaluated: missing prior_deferred_months",
    ]);
    // AUTO stops at the deferral it cannot evaluate: it recommends nothing (though the Flex
    // modification would work) and the notice follows it.
    assert.equal(c.recommended, undefined);
    assert.ok(!c.auto.ok);
    assert.deepEqual(rows[2].slice(1, 3), [
      "Not evaluated",
      "not evaluated: an earlier option (DEFERRAL) could not be evaluated",
    ]);
  });

  it("when nothing can be offered it says so, and every option has its reason", () => {
    // No property value: HAMP cannot be evaluated; the short sale and the deed-in-lieu need a value.
    const { property_value: _v, value_date: _d, ...noValue } = HAMP_A;
    const c = caseOf(noValue, HAMP_A_SETTINGS);
    const m = modelOf(evaluationNoticeSheet(c));
    assert.match(texts(m), /We are not able to offer you a loss mitigation option at this time/);
    const rows = noticeRows(c);
    assert.equal(
      rows.find((r) => r.option.id === "HAMP")!.reason,
      "not evaluated: missing property_value"
    );
    assert.ok(!texts(m).includes("Accept by"));
    assert.match(
      texts(m),
      /No option above was decided by a net present value \(NPV\) calculation/
    );
  });

  it("leaves the servicer's contact details as labelled blanks and gives HUD's counseling line", () => {
    const m = modelOf(evaluationNoticeSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    for (const label of ["Servicer", "Phone", "Email", "Website", "Hours", "Property address"])
      assert.deepEqual(rowAfter(m, label), [], `${label} is left blank`);
    assert.match(texts(m), /800-569-4287/);
  });
});

describe("report/sheets evaluation notice, an NPV denial (comment 41(d)-2)", () => {
  it("lists every NPV input with its source when an option was denied by the NPV test", () => {
    const c = caseOf(HAMP_LOW_DTI, HAMP_A_SETTINGS);
    assert.ok(c.npv.ok);
    // The same case with HAMP's denial given as an NPV result (the engine's programs decide on
    // their own tests; an investor's NPV denial arrives with a reason code starting NPV).
    const options = c.options.map((o) =>
      o.id === "HAMP" && o.evaluation
        ? {
            ...o,
            evaluation: {
              ...o.evaluation,
              reason: o.evaluation.reason,
              reasonCode: "NPV_NEGATIVE",
            },
          }
        : o
    );
    const m = modelOf(evaluationNoticeSheet({ ...c, options }));
    const hamp = table(m, "OptionsReviewed").find(
      (r) => r[0] === "HAMP Tier 1 modification (HAMP)"
    )!;
    assert.match(
      String(hamp[2]),
      /The NPV inputs used are listed under “Net present value inputs”/
    );
    const inputs = table(m, "NpvInputs");
    assert.equal(inputs.length, c.npv.value.npv.inputs.length);
    assert.deepEqual(inputs[0], ["Property value", "$250,000.00", "input"]);
    assert.ok(inputs.some((r) => r[0] === "PMMS" && r[1] === "6%"));
  });
});
