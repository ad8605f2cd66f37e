/**
 * One worked example per function, as published in the user guide: the formula an analyst types
 * and the value the cell shows (money with thousands separators and cents, ratios as percentages).
 * Keyed by function id. test/taskpane/examples.test.ts evaluates every formula against the built
 * functions bundle, so a wrong example fails the build's tests.
 */
export interface FunctionExample {
  readonly formula: string;
  readonly result: string;
}

export const EXAMPLES: Readonly<Record<string, FunctionExample>> = {
  PAYMENT: { formula: "=LM.PAYMENT(200000,0.075,360)", result: "1,398.43" },
  FRONTDTI: { formula: "=LM.FRONTDTI(4000,1500,200,75,200)", result: "49.375%" },
  MARKETRATE: { formula: "=LM.MARKETRATE(0.0687)", result: "6.875%" },
  LTV: { formula: "=LM.LTV(225000,200000)", result: "112.5%" },
  REPAYMONTHS: { formula: "=LM.REPAYMONTHS(4500,1500)", result: "6" },
  DTI: { formula: "=LM.DTI(4000,{1975,300,350})", result: "65.625%" },
  MODPAYMENT: { formula: "=LM.MODPAYMENT(100000,0.05,360,20000)", result: "644.19" },
  SHORTSALENET: { formula: "=LM.SHORTSALENET(250000,0.06,4000,6000,7500)", result: "217,500.00" },
  LOSSSEVERITY: { formula: "=LM.LOSSSEVERITY(260000,217500,240000)", result: "17.71%" },
  MAXPRINCIPAL: { formula: "=LM.MAXPRINCIPAL(990,0.02,480)", result: "326,922.45" },
  BALANCE: { formula: "=LM.BALANCE(200000,0.075,360,12)", result: "198,156.31" },
  BREAKEVEN: { formula: "=LM.BREAKEVEN(3000,1500,1400)", result: "30" },
};

export function exampleFor(id: string): FunctionExample | undefined {
  return Object.prototype.hasOwnProperty.call(EXAMPLES, id) ? EXAMPLES[id] : undefined;
}
