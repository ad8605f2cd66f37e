import { Investor, Occupancy } from "../record-fields";
import { RuleSet } from "./rule-set";

/** What every liquidation option (short sale, deed-in-lieu) reads. */
export interface LiquidationParams {
  /** The investors whose rules these are; for any other the audit says these rules stand in. */
  readonly investors: readonly Investor[];
  /** Relocation assistance to the borrower, in dollars. */
  readonly relocation: string;
  /** Relocation is paid only when the property is the borrower's principal residence. */
  readonly relocationPrimaryResidenceOnly: boolean;
  /** Whether late fees count in the total debt. */
  readonly includeLateFeesInDebt: boolean;
}

export interface DeedInLieuParams extends LiquidationParams {
  /** Cost of taking and reselling the property, as a share of its value. */
  readonly dispositionCostRate: string;
  /** Occupancies for which the investor takes no deed-in-lieu. */
  readonly excludedOccupancies: readonly Occupancy[];
}

/**
 * Deed-in-lieu of foreclosure (docs/rules/liquidation.md): the last resort of the waterfall. The
 * investor takes the property and resells it. One rule set per investor family, differing in the
 * relocation assistance (the disposition-cost share is our assumption throughout).
 */
const COMMON = {
  relocationPrimaryResidenceOnly: true,
  // Cost of taking and reselling the property (commission and closing costs of the resale, title,
  // transfer, preservation and holding) as a share of the value: OUR ASSUMPTION (6% commission +
  // 2% closing + 2% holding and preservation); set it from the investor's REO experience.
  dispositionCostRate: "0.10",
  // Late fees are waived and never advanced: not part of the debt (the engine's decision).
  includeLateFeesInDebt: false,
} as const;

/** Fannie Mae Mortgage Release (Freddie Mac deed-in-lieu alike). */
export const DIL_GSE: RuleSet<DeedInLieuParams> = {
  id: "DIL-GSE",
  version: "2025-04-09",
  effective: "2025-04-09",
  sources: [
    "Fannie Mae Mortgage Release (deed-in-lieu): $7,500 relocation assistance (secondary summary of the Servicing Guide, April 2025)",
  ],
  params: {
    ...COMMON,
    investors: ["FNMA", "FHLMC"],
    // Relocation assistance, principal residence only (Fannie Mortgage Release, as for a short sale).
    relocation: "7500",
    excludedOccupancies: [],
  },
};

/** FHA deed-in-lieu (HUD Handbook 4000.1 III.A.2; HUD National Servicing Center DIL FAQ). */
export const DIL_FHA: RuleSet<DeedInLieuParams> = {
  id: "DIL-FHA",
  version: "2002-01-01",
  effective: "2002-01-01",
  sources: [
    "HUD National Servicing Center deed-in-lieu FAQ (portal.hud.gov): consideration not to exceed $2,000, paid on vacating or toward junior liens (ML 2002-13)",
  ],
  params: {
    ...COMMON,
    investors: ["FHA"],
    // Borrower consideration, at most $2,000 (ML 2002-13; HUD NSC DIL FAQ).
    relocation: "2000",
    // Investment properties are not eligible for an FHA deed-in-lieu (fhanewsblog.com summary of
    // HUD's deed-in-lieu information sheet, 2011; secondary).
    excludedOccupancies: ["INVESTMENT"],
  },
};

/** VA deed-in-lieu (38 CFR 36.4322(f); M26-4 §5.10, §5.12). */
export const DIL_VA: RuleSet<DeedInLieuParams> = {
  id: "DIL-VA",
  version: "2011-01-06",
  effective: "2011-01-06",
  sources: [
    "VA Circular 26-11-1 (2011-01-06, extended 2014): $1,500 relocation assistance to borrower occupants completing a deed-in-lieu or a compromise sale; M26-4 §5.12",
  ],
  params: {
    ...COMMON,
    investors: ["VA"],
    // $1,500 relocation assistance to borrower occupants (Circular 26-11-1).
    relocation: "1500",
    excludedOccupancies: [],
  },
};
