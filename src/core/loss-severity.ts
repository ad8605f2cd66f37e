import Decimal from "decimal.js";
import { D } from "./money";
import { Result, fail, ok } from "./result";

/**
 * Deficiency and loss severity (docs/rules/liquidation.md): deficiency = total debt (UPB + accrued
 * interest + advances + allowable fees) − net proceeds; severity = deficiency / UPB.
 */
export function deficiency(totalDebt: Decimal.Value, netProceeds: Decimal.Value): Decimal {
  return new D(totalDebt).minus(netProceeds);
}

export function lossSeverity(
  totalDebt: Decimal.Value,
  netProceeds: Decimal.Value,
  upb: Decimal.Value
): Result<Decimal> {
  const u = new D(upb);
  if (u.isZero()) return fail("DIV0", "upb is 0", "upb", 0);
  if (u.isNegative()) return fail("VALUE", "upb cannot be negative", "upb", u.toNumber());
  return ok(deficiency(totalDebt, netProceeds).div(u));
}
