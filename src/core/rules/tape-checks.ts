import { RuleSet } from "./rule-set";

/**
 * Bounds a row of a servicing tape must hold to be evaluated. The record's parser accepts any amount
 * up to ten trillion dollars and any rate up to 100%, as the modelling functions do; a tape row past
 * these bounds is a typo or a misplaced column, so the tape check rejects it with the bound in words
 * instead of evaluating it.
 */
export const TAPE_CHECKS: RuleSet<TapeCheckParams> = {
  id: "TAPE-CHECKS",
  version: "2026-11-01",
  effective: "2026-11-01",
  sources: [
    "Freddie Mac PMMS: the 30-year fixed rate has stayed below 19% since the survey began in 1971",
    "FHFA conforming and high-cost loan limits for 2026 (one-to-four-family first liens)",
  ],
  params: {
    // Note, market and modification rates above 25% are not mortgage rates (PMMS peak 18.63%, 1981).
    maxMortgageRate: "0.25",
    // A "UPB" above $100 million is no one-to-four-family first lien: a total or a misplaced column.
    maxUpbDollars: 100_000_000,
  },
};

export interface TapeCheckParams {
  readonly maxMortgageRate: string;
  readonly maxUpbDollars: number;
}
