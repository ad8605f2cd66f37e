/**
 * The net sheet's default lines are the short-sale evaluation's: for every loan of the bundled sample
 * tape whose investor's order has a short sale, the sheet without given lines shows the sale price,
 * commission, closing costs, subordinate-lien payoff, relocation and net proceeds the core's
 * evaluation put in its amounts (the oracle: `amounts` of the option the waterfall evaluated), and
 * for FHA its minimum-net verdict is the evaluation's.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { sampleTapePath } from "../../../src/cli/project-files";
import { readLoanRecord } from "../../../src/core/record";
import { INVESTORS, Investor } from "../../../src/core/record-fields";
import { SHORT_SALE_FOR } from "../../../src/core/programs/loan-npv";
import { loanCase } from "../../../src/report/sheets/case/loan-case";
import { netSheet } from "../../../src/report/sheets/case/net-sheet";
import { AS_OF } from "./loans";

describe("report/sheets net sheet against the short-sale evaluation", function () {
  this.timeout(120_000);

  it("over the sample tape, the default lines and net proceeds are the evaluation's amounts", () => {
    const [headers, ...rows] = parse(readFileSync(sampleTapePath(), "utf8"), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const compared = new Map<Investor, number>();
    let minimumTests = 0;
    for (const row of rows) {
      const { record, issues } = readLoanRecord(headers, row);
      if (issues.length) continue;
      const c = loanCase(record, { asOf: AS_OF });
      if (!c.ok) continue;
      const option = c.value.options.find((o) => o.id === SHORT_SALE_FOR[c.value.investor]);
      const a = option?.evaluation?.amounts;
      if (a?.net_proceeds === undefined) continue;
      const s = netSheet(c.value);
      assert.ok(s.ok, `${record.loan_id}: ${JSON.stringify(!s.ok && s.issues)}`);
      const n = s.value;
      const shown = [n.salePrice, ...n.deductions].map((l) => l.amount);
      assert.deepEqual(
        shown,
        [a.sale_price, a.commission, a.closing_costs, a.subordinate_payoff, a.relocation],
        `${record.loan_id}: the settlement lines`
      );
      assert.equal(n.netProceeds, a.net_proceeds, `${record.loan_id}: net proceeds`);
      assert.equal(n.totalDebt, a.total_debt, `${record.loan_id}: total debt`);
      const code = option!.evaluation!.reasonCode;
      if (code === "BELOW_MINIMUM_NET" || code === "MINIMUM_NET_MET") {
        minimumTests++;
        assert.equal(
          n.minimumNet?.met,
          code === "MINIMUM_NET_MET",
          `${record.loan_id}: minimum net`
        );
      }
      compared.set(c.value.investor, (compared.get(c.value.investor) ?? 0) + 1);
    }
    const withShortSale = INVESTORS.filter((i) => SHORT_SALE_FOR[i] !== undefined);
    assert.deepEqual([...compared.keys()].sort(), [...withShortSale].sort(), "every such investor");
    for (const [investor, n] of compared) assert.ok(n >= 20, `${investor}: ${n} loans compared`);
    assert.ok(minimumTests > 0, "FHA loans reach the minimum-net test");
  });
});
