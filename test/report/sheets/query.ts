/**
 * Reading a built sheet model the way a person reads the page: the row a label starts, a table's
 * rows by its name, all the text. The model is laid out by the same layout the writers use.
 */
import { strict as assert } from "node:assert";
import type { Result } from "../../../src/core/result";
import {
  CellValue,
  PlacedSheet,
  TableRow,
  WorkbookModel,
  layoutSheet,
} from "../../../src/report/model";

export function modelOf(r: Result<WorkbookModel>): WorkbookModel {
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

export function placed(m: WorkbookModel, sheet = 0): PlacedSheet {
  return layoutSheet(m.sheets[sheet]);
}

/** The values of the first row whose cell reads `label` (or starts with it), from that cell on. */
export function rowAfter(m: WorkbookModel, label: string | RegExp): CellValue[] {
  const p = placed(m);
  const hit = p.cells.find(
    (c) =>
      typeof c.cell.value === "string" &&
      (typeof label === "string" ? c.cell.value === label : label.test(c.cell.value))
  );
  assert.ok(hit, `no cell reads ${String(label)}`);
  return p.cells
    .filter(
      (c) => c.row === hit.row && c.col > hit.col && c.cell.value !== null && c.cell.value !== ""
    )
    .map((c) => c.cell.value);
}

/** The first value right of a label. */
export function valueOf(m: WorkbookModel, label: string | RegExp): CellValue {
  return rowAfter(m, label)[0];
}

export function table(m: WorkbookModel, name: string): readonly TableRow[] {
  const t = placed(m).tables.find((x) => x.model.name === name);
  assert.ok(t, `no table ${name}`);
  return t.model.rows as readonly TableRow[];
}

export function hasTable(m: WorkbookModel, name: string): boolean {
  return placed(m).tables.some((x) => x.model.name === name);
}

/** Every text of the sheet, one a line. */
export function texts(m: WorkbookModel): string {
  const p = placed(m);
  const out: string[] = [];
  for (const c of p.cells) if (typeof c.cell.value === "string") out.push(c.cell.value);
  for (const t of p.tables)
    for (const r of t.model.rows as readonly TableRow[])
      for (const v of r) if (typeof v === "string") out.push(v);
  return out.join("\n");
}

/** Cents of a money cell's dollars (exact for two-decimal doubles). */
export function cents(v: CellValue | undefined): number {
  assert.equal(typeof v, "number", `not a number: ${JSON.stringify(v)}`);
  return Math.round((v as number) * 100);
}
