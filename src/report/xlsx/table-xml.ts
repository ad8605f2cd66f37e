/** The table part (xl/tables/tableN.xml) of an Excel table whose rows the rows writer wrote. */
import { rangeAddress } from "../model/addresses";
import type { PlacedTable } from "../model/placed";
import { DEFAULT_TABLE_STYLE, hasTotals } from "../model/table";
import { xmlText } from "./xml-text";

function attr(text: string): string {
  return xmlText(text).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

export function tableXml(t: PlacedTable, id: number, name: string, bodyRows: number): string {
  const cols = t.model.columns;
  const totals = hasTotals(t.model);
  const lastBody = t.firstBodyRow + bodyRows - 1;
  const ref = rangeAddress({
    top: t.top,
    left: t.left,
    bottom: lastBody + (totals ? 1 : 0),
    right: t.right,
  });
  const filter =
    t.model.filterButtons === false
      ? ""
      : `<autoFilter ref="${rangeAddress({ top: t.top, left: t.left, bottom: lastBody, right: t.right })}"/>`;
  const columns = cols
    .map((c, i) => {
      const total =
        c.total === undefined
          ? ""
          : typeof c.total === "object"
            ? ` totalsRowLabel="${attr(c.total.label)}"`
            : ` totalsRowFunction="${c.total}"`;
      return `<tableColumn id="${i + 1}" name="${attr(c.header)}"${total}/>`;
    })
    .join("");
  const banded = t.model.banded === false ? 0 : 1;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${attr(name)}" displayName="${attr(name)}" ref="${ref}"` +
    (totals ? ` totalsRowCount="1"` : ` totalsRowShown="0"`) +
    `>${filter}<tableColumns count="${cols.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${attr(t.model.tableStyle ?? DEFAULT_TABLE_STYLE)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${banded}" showColumnStripes="0"/></table>`
  );
}
