/**
 * The audit block every worksheet ends with: the add-in's version, the as-of date, every rule set
 * (id and version) and every input used, so anyone can reproduce the figures from the sheet alone.
 */
import pkg from "../../../package.json";
import { formatIsoDate } from "../../core/calendar-date";
import type { CalendarDate } from "./values";
import type { CellInput } from "./cells";
import { cell } from "./cells";
import { Block, block } from "./blocks";

/** The add-in's version, read from package.json once. */
export const ADDIN_VERSION: string = (pkg as { version: string }).version;
export const PRODUCT_NAME = "LM Workbench";

export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
}

export interface AuditInput {
  readonly ruleSets: readonly RuleSetRef[];
  /** Every input the figures depend on, as label and value (money as cell.money(...), ...). */
  readonly inputs: readonly (readonly [string, CellInput])[];
  readonly asOf: CalendarDate;
  /** Who prepared the document, when known. */
  readonly preparedBy?: string;
  /** Block id of the pairs, for tests and references. */
  readonly id?: string;
  /** Pairs side by side (2) on a page that must stay short; default one a row. */
  readonly perRow?: 1 | 2;
  /** The inputs' pairs a row, when not `perRow` (a long line of inputs across the page). */
  readonly inputsPerRow?: 1 | 2;
  /** Start the block on a new page. */
  readonly newPage?: boolean;
}

/** The audit block: a heading, the facts, the rule sets, the inputs and how to reproduce them. */
export function auditBlock(audit: AuditInput): Block[] {
  const facts: [string, CellInput][] = [
    ["Prepared with", `${PRODUCT_NAME} ${ADDIN_VERSION}`],
    ["As of", cell.date(audit.asOf, { align: "left" })],
  ];
  if (audit.preparedBy) facts.push(["Prepared by", audit.preparedBy]);
  audit.ruleSets.forEach((r, i) =>
    facts.push([i === 0 ? "Rule sets" : "", `${r.id} (version ${r.version})`])
  );
  const blocks: Block[] = [
    block.heading("Audit", audit.newPage ? { pageBreakBefore: true } : {}),
    block.pairs(facts, {
      id: audit.id ? `${audit.id}-facts` : undefined,
      gapAfter: 0,
      perRow: audit.perRow,
    }),
  ];
  if (audit.inputs.length > 0) {
    blocks.push(
      block.pairs(audit.inputs, {
        id: audit.id,
        gapAfter: 0,
        perRow: audit.inputsPerRow ?? audit.perRow,
      })
    );
  }
  blocks.push(
    block.paragraph(
      `Computed by ${PRODUCT_NAME} ${ADDIN_VERSION} as of ${formatIsoDate(audit.asOf)} from the ` +
        "inputs and rule sets listed above; the same version, rule sets, inputs and date give the same figures.",
      { style: "note" }
    )
  );
  return blocks;
}
