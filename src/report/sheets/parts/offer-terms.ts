/**
 * The terms of the option offered, as label/value pairs: a modification's new terms and trial
 * payments, a repayment plan's installments, or what a deferral or a liquidation option gives.
 */
import { CellInput } from "../../model";
import type { CaseOption, LoanCase } from "../case/loan-case";
import { modificationOffer, trialRulesFor } from "../case/trial-plan";
import { repaymentTerms } from "../case/repayment-terms";
import { REPAY_FNMA } from "../../../core/rules/repay-fnma";
import { counted, date, dateText, money, moneyText, prose, rate, rateText } from "./values";

type Pairs = [string, CellInput][];

function modificationTerms(c: LoanCase, o: CaseOption): Pairs | undefined {
  const m = modificationOffer(c, o.id);
  if (!m.ok) return undefined;
  const { evaluation: e, trial } = m.value;
  const pairs: Pairs = [
    ["Interest rate", rate(e.newRate)],
    ["Term", counted(e.newTerm, "months")],
    ["New principal balance", money(e.capitalizedUpb)],
  ];
  if (e.forbearance) pairs.push(["Principal forbearance (no interest)", money(e.forbearance)]);
  if (e.partialClaim) pairs.push(["Partial claim (no interest)", money(e.partialClaim)]);
  pairs.push(
    ["Monthly principal and interest", money(e.newPi)],
    ["Monthly payment with escrow", money(e.newPitia)]
  );
  if (trial) {
    const p = trial.payments;
    pairs.push([
      "Trial payments",
      prose(
        `${p.length} × ${moneyText(p[0].amount)}, due ${p.map((x) => dateText(x.due)).join(", ")}`
      ),
    ]);
  }
  pairs.push(["First modified payment due", date(m.value.modifiedFirstDue)]);
  if (m.value.modifiedMaturity) pairs.push(["Maturity date", date(m.value.modifiedMaturity)]);
  if (e.stepUp && e.stepUp.length > 1)
    pairs.push([
      "Rate steps",
      prose(
        e.stepUp
          .map(
            (s) => `months ${s.fromMonth}–${s.toMonth}: ${rateText(s.rate)}, P&I ${moneyText(s.pi)}`
          )
          .join("; ")
      ),
    ]);
  return pairs;
}

function repaymentPairs(c: LoanCase): Pairs | undefined {
  const t = repaymentTerms(c);
  if (!t.ok) return undefined;
  const p = t.value.plan;
  const last = p.rows[p.rows.length - 1];
  return [
    ["Past due to repay", money(p.arrears)],
    ["Plan length", counted(p.months, "months")],
    ["Monthly installment", money(p.rows[0].installment)],
    ...(last.installment !== p.rows[0].installment
      ? ([["Last installment", money(last.installment)]] as Pairs)
      : []),
    ["First installment due", date(t.value.firstDue)],
    ["Last installment due", date(last.date)],
  ];
}

const AMOUNT_LABELS: Readonly<Record<string, string>> = {
  deferred_balance: "Amount deferred (no interest, due at payoff)",
  relocation: "Relocation assistance",
};

/** The pairs that state an offered option's terms. */
export function offerTermPairs(c: LoanCase, o: CaseOption): Pairs {
  const e = o.evaluation;
  if (!e) return [];
  const head: Pairs = [["Option", `${e.program} (${e.ruleSet})`]];
  if (trialRulesFor(o.id)) return [...head, ...(modificationTerms(c, o) ?? [])];
  if (o.id === REPAY_FNMA.id) return [...head, ...(repaymentPairs(c) ?? [])];
  const pairs: Pairs = [...head];
  if (e.newPi !== undefined) pairs.push(["Monthly principal and interest", money(e.newPi)]);
  for (const [k, label] of Object.entries(AMOUNT_LABELS))
    if (e.amounts?.[k] !== undefined) pairs.push([label, money(e.amounts[k])]);
  return pairs;
}
