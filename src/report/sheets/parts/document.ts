/**
 * What every specialist document shares: its title lines, its workbook (one worksheet named from the
 * document and the loan id, in the accent tab colour, titled alike), its print setup (letter paper,
 * one page wide, the loan id in the header, the preparation date as text and page numbers in the
 * footer) and its audit block (every rule set, every input of the loan's row, the settings used).
 */
import {
  Block,
  COLORS,
  CellInput,
  PrintSetup,
  RuleSetRef,
  WorkbookModel,
  WorksheetModel,
  auditBlock,
  block,
  cell,
  hf,
  workbook,
  worksheet,
} from "../../model";
import { FIELD_NAMES, FIELD_TABLE, FieldName } from "../../../core/record-fields";
import type { LoanCase } from "../case/loan-case";
import { date, dateText, money, rate, restyled } from "./values";

/** Text from the record in a header or footer: `&` doubled, cut to keep Excel's 255-character limit. */
function hfData(text: string, max = 60): string {
  return hf.text(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** The title, then the loan and borrower, then the date and the preparer. */
export function documentTitle(c: LoanCase, title: string): Block {
  const borrower = c.record.borrower_name;
  const prepared = `Dated ${dateText(c.asOf)}${c.preparedBy ? ` · prepared by ${c.preparedBy}` : ""}`;
  return block.title(title, [`Loan ${c.loanId}${borrower ? ` · ${borrower}` : ""}`, prepared]);
}

/** A document's one worksheet: its column widths and blocks, and how it departs from the usual page. */
export interface DocumentSheet {
  readonly columns: readonly number[];
  readonly blocks: readonly Block[];
  readonly orientation?: "portrait" | "landscape";
  /** Pages tall the sheet is fitted to (0: as many as it takes). */
  readonly tall?: number;
  /** Margins in place of the usual ones, for a page that must stay short. */
  readonly margins?: PrintSetup["margins"];
  readonly freeze?: WorksheetModel["freeze"];
}

/**
 * The workbook of a document: one worksheet named `<stem> <loan id>`, printed as every document is,
 * in the accent tab colour; the file titled `<title> <loan id>`.
 */
export function documentWorkbook(
  c: LoanCase,
  title: string,
  stem: string,
  sheet: DocumentSheet
): WorkbookModel {
  const print = documentPrint(c, title, sheet.orientation, sheet.tall);
  return workbook(
    [
      worksheet({
        name: `${stem} ${c.loanId}`,
        columns: sheet.columns,
        blocks: sheet.blocks,
        print: sheet.margins ? { ...print, margins: sheet.margins } : print,
        ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
        tabColor: COLORS.accent,
      }),
    ],
    { title: `${title} ${c.loanId}` }
  );
}

/** Letter paper, one page wide; the loan id and the document in the header, the date and pages in the footer. */
function documentPrint(
  c: LoanCase,
  title: string,
  orientation: "portrait" | "landscape" = "portrait",
  tall = 0
): PrintSetup {
  return {
    orientation,
    paper: "letter",
    fitTo: { wide: 1, tall },
    margins: { top: 0.7, bottom: 0.7, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    header: { left: hfData(`Loan ${c.loanId}`), right: hf.text(title) },
    footer: {
      left: `Prepared ${dateText(c.asOf)}`,
      right: `Page ${hf.page} of ${hf.pages}`,
    },
  };
}

/** A record field's value as a cell, by its kind in the field table. */
function fieldCell(c: LoanCase, f: FieldName): CellInput {
  const v = c.record[f];
  switch (FIELD_TABLE[f].kind) {
    case "money":
      return money(v as number);
    case "rate":
      return rate(v as never, 2);
    case "months":
    case "count":
      return cell.whole(v as number);
    case "date":
      return date(v as never);
    case "flag":
      return v ? "Yes" : "No";
    default:
      return cell.text(String(v));
  }
}

/** Every field of the loan's row (and what the record computed or the settings filled), by field name. */
export function recordInputs(c: LoanCase): [string, CellInput][] {
  const fromSettings = new Set(
    c.settingsUsed.filter((s) => s.from === "settings").map((s) => s.field)
  );
  const out: [string, CellInput][] = [];
  for (const f of FIELD_NAMES) {
    if (c.record[f] === undefined) continue;
    let label: string = f;
    if (f === "market_rate" && c.record.market_rate_basis === "PMMS") label = "market_rate (PMMS)";
    if (fromSettings.has(f as never)) label += " (setting)";
    else if (c.record.derived.includes(f)) label += " (computed)";
    // Values sit beside their labels, left-aligned, as a list reads.
    out.push([label, restyled(fieldCell(c, f), { align: "left" })]);
  }
  for (const x of c.record.extra) {
    if (x.value === null || x.value === undefined || x.value === "") continue;
    out.push([
      x.header,
      restyled(typeof x.value === "string" ? cell.text(x.value) : x.value, { align: "left" }),
    ]);
  }
  return out;
}

/** The rule sets of the case: the AUTO order, every option's, Reg X, and the NPV assumptions used. */
export function caseRuleSets(c: LoanCase): RuleSetRef[] {
  const refs: RuleSetRef[] = [{ id: c.order.id, version: c.order.version }];
  for (const o of c.options)
    if (o.evaluation) refs.push({ id: o.evaluation.ruleSet, version: o.evaluation.ruleSetVersion });
    else if (o.rules) refs.push({ id: o.rules.id, version: o.rules.version });
  refs.push({ id: c.regxRules.id, version: c.regxRules.version });
  if (c.npv.ok)
    refs.push({
      id: c.npv.value.npv.assumptionsId,
      version: c.npv.value.npv.assumptionsVersion,
    });
  return refs;
}

/** The audit block of a document: the case's rule sets and inputs, and the document's own. */
export function caseAudit(
  c: LoanCase,
  extra: {
    ruleSets?: readonly RuleSetRef[];
    inputs?: readonly [string, CellInput][];
    /** Start the audit on a new page. */
    newPage?: boolean;
    /** Two pairs a row, for a page that must stay short. */
    perRow?: 1 | 2;
    /** The inputs' pairs a row, when not `perRow`. */
    inputsPerRow?: 1 | 2;
    /** List the loan row's fields (default true; false when `inputs` already holds them). */
    withRecord?: boolean;
  } = {}
): Block[] {
  const seen = new Set<string>();
  const ruleSets = [...caseRuleSets(c), ...(extra.ruleSets ?? [])].filter((r) => {
    const key = `${r.id}@${r.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return auditBlock({
    ruleSets,
    inputs: [
      ...(extra.inputs ?? []).map(([l, v]): [string, CellInput] => [
        l,
        restyled(v, { align: "left" }),
      ]),
      ...(extra.withRecord === false ? [] : recordInputs(c)),
    ],
    asOf: c.asOf,
    preparedBy: c.preparedBy,
    id: "audit",
    perRow: extra.perRow,
    inputsPerRow: extra.inputsPerRow,
    newPage: extra.newPage,
  });
}
