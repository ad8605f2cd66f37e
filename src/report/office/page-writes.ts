/** Queues page layout (ExcelApi 1.9): orientation, paper, fit, margins, header, footer, print area
 * and title rows. */
import type { PrintSetup } from "../model/print";
import { DEFAULT_MARGINS } from "../model/print";
import { OP_OVERHEAD_BYTES } from "./budget";
import type { Requests } from "./requests";

const PAPER = { letter: "Letter", legal: "Legal", a4: "A4" } as const;

export async function queuePageLayout(
  q: Requests,
  sheet: Excel.Worksheet,
  print: PrintSetup,
  printArea: string,
  pageBreaks: readonly number[]
): Promise<void> {
  for (const row of pageBreaks) {
    await q.queue(OP_OVERHEAD_BYTES, () => {
      sheet.horizontalPageBreaks.add(`A${row}`);
    });
  }
  const m = { ...DEFAULT_MARGINS, ...print.margins };
  await q.queue(OP_OVERHEAD_BYTES * 20, () => {
    const p = sheet.pageLayout;
    p.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    p.paperSize = PAPER[print.paper ?? "letter"] as Excel.PaperType;
    p.leftMargin = m.left * 72;
    p.rightMargin = m.right * 72;
    p.topMargin = m.top * 72;
    p.bottomMargin = m.bottom * 72;
    p.headerMargin = m.header * 72;
    p.footerMargin = m.footer * 72;
    if (print.centerHorizontally) p.centerHorizontally = true;
    if (print.fitTo) {
      p.zoom =
        print.fitTo.tall > 0
          ? { horizontalFitToPages: print.fitTo.wide, verticalFitToPages: print.fitTo.tall }
          : { horizontalFitToPages: print.fitTo.wide };
    }
    p.setPrintArea(printArea);
    if (print.titleRows) p.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
    const all = p.headersFooters.defaultForAllPages;
    if (print.header?.left) all.leftHeader = print.header.left;
    if (print.header?.center) all.centerHeader = print.header.center;
    if (print.header?.right) all.rightHeader = print.header.right;
    if (print.footer?.left) all.leftFooter = print.footer.left;
    if (print.footer?.center) all.centerFooter = print.footer.center;
    if (print.footer?.right) all.rightFooter = print.footer.right;
  });
}
