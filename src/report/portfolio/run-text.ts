/** The run's facts in the report's words: which tape, which program. */
import type { PortfolioReportInput } from "./input";

/** "Tape assets/sample-tape.csv (the bundled sample)", "Table Loans". */
export function tapeText(input: Pick<PortfolioReportInput, "tape" | "sample">): string {
  const name = input.tape.length > 70 ? `…${input.tape.slice(-69)}` : input.tape;
  return `${name}${input.sample ? " (the bundled sample tape)" : ""}`;
}

/** What every loan was evaluated under. */
export function programText(program: string): string {
  return program === "AUTO"
    ? "Each loan through its investor's waterfall (AUTO), the NPV test and the Reg X dates"
    : `Each loan under ${program}, the NPV test and the Reg X dates`;
}
