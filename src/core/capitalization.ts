import Decimal from "decimal.js";
import { D } from "./money";

/**
 * Capitalization of arrears (docs/rules/conventions.md, "Capitalization and arrears"; SD 09-01 step 1, Fannie D2-3.2-06 / F-1-27):
 * past-due interest, escrow advances and third-party servicing advances are capitalized; late fees
 * never are (they are waived).
 */
export interface Arrears {
  readonly pastDueInterest?: Decimal.Value;
  readonly escrowAdvances?: Decimal.Value;
  readonly servicingAdvances?: Decimal.Value;
  /** Reported, never capitalized. */
  readonly lateFees?: Decimal.Value;
}

export interface Capitalization {
  readonly capitalizableArrears: Decimal;
  /** Gross post-capitalization UPB = interest-bearing UPB + capitalizable arrears. */
  readonly grossUpb: Decimal;
  readonly lateFeesWaived: Decimal;
}

/** The same rule over whole cents, for the programs' hot paths. */
export function capitalizableArrearsCents(a: {
  readonly pastDueInterest: number;
  readonly escrowAdvances: number;
  readonly servicingAdvances: number;
}): number {
  return a.pastDueInterest + a.escrowAdvances + a.servicingAdvances;
}

export function capitalize(upb: Decimal.Value, arrears: Arrears): Capitalization {
  const capitalizableArrears = new D(arrears.pastDueInterest ?? 0)
    .plus(arrears.escrowAdvances ?? 0)
    .plus(arrears.servicingAdvances ?? 0);
  return {
    capitalizableArrears,
    grossUpb: new D(upb).plus(capitalizableArrears),
    lateFeesWaived: new D(arrears.lateFees ?? 0),
  };
}
