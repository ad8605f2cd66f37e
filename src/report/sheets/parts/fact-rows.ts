/**
 * Short facts three to a row (label, value, label, value, ...), for a page that must hold a lot:
 * the negotiation summary. Values must be short (an amount, a date, a rate): each sits in one column.
 */
import { Block, CellInput, block, cell } from "../../model";

export function factRows(
  items: readonly (readonly [string, CellInput])[],
  extra: { perRow?: number; id?: string; gapAfter?: number } = {}
): Block {
  const perRow = extra.perRow ?? 3;
  const rows: CellInput[][] = [];
  for (let i = 0; i < items.length; i += perRow) {
    const row: CellInput[] = [];
    items.slice(i, i + perRow).forEach(([label, value], k) =>
      // Labels after the first stand off from the figure before them.
      row.push(cell.text(label, "label", k > 0 ? { indent: 1, align: "left" } : undefined), value)
    );
    rows.push(row);
  }
  return block.cells(rows, { id: extra.id, gapAfter: extra.gapAfter });
}
