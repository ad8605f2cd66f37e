/** How the report's own sheets print: letter paper, one page wide, the report and its tape in the header. */
import { PrintSetup, hf } from "../model";
import type { PortfolioReportInput } from "./input";
import { tapeText } from "./run-text";

export const REPORT_TITLE = "Portfolio report";

/**
 * A report sheet's page: one page wide and as many tall as it takes; "Portfolio report" and the
 * tape in the header, the page number at the footer's right (and `footerLeft` at its left).
 */
export function reportPrint(
  input: Pick<PortfolioReportInput, "tape" | "sample">,
  orientation: "portrait" | "landscape",
  extra: { margins?: PrintSetup["margins"]; footerLeft?: string } = {}
): PrintSetup {
  return {
    orientation,
    paper: "letter",
    fitTo: { wide: 1, tall: 0 },
    ...(extra.margins ? { margins: extra.margins } : {}),
    header: { left: hf.text(REPORT_TITLE), right: hf.text(tapeText(input)) },
    footer: {
      ...(extra.footerLeft !== undefined ? { left: extra.footerLeft } : {}),
      right: `Page ${hf.page}`,
    },
  };
}
