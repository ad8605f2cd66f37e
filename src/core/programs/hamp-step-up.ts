import Decimal from "decimal.js";
import { D } from "../money";
import { Cents } from "../verified-rounding";
import { balanceAfterCents, levelPaymentCents } from "../schedule";
import { StepUpPeriod } from "./evaluation";

/**
 * The HAMP rate step-up (docs/rules/hamp.md; Freddie Mac blog 2014-09-23): a modified rate below
 * the Interest Rate Cap stays for 5 years, then rises by at most 1 point a year until it reaches the
 * cap; each reset re-amortizes the interest-bearing balance then outstanding over the remaining term.
 * Freddie's illustration (200,000 over 40 years, 2% → 3%: "about $100" more) is 605.65 → 703.63.
 */
export function stepUpSchedule(
  interestBearing: Cents,
  rate: Decimal,
  term: number,
  cap: Decimal,
  fixedYears: number,
  perYear: Decimal.Value
): StepUpPeriod[] {
  const periods: StepUpPeriod[] = [];
  let from = 1;
  let current = rate;
  let balance = interestBearing;
  let payment = levelPaymentCents(balance, current.toNumber(), term);
  let to = Math.min(term, fixedYears * 12);
  while (current.lt(cap) && to < term) {
    periods.push({ fromMonth: from, toMonth: to, rate: current, pi: payment });
    balance = balanceAfterCents(balance, current.toNumber(), term - from + 1, to - from + 1);
    from = to + 1;
    current = D.min(current.plus(perYear), cap);
    payment = levelPaymentCents(balance, current.toNumber(), term - from + 1);
    to = Math.min(term, from + 11);
  }
  periods.push({ fromMonth: from, toMonth: term, rate: current, pi: payment });
  return periods;
}
