/**
 * The per-document inputs a worksheet takes beside the loan's case (plan months, a first due date,
 * settlement lines ...), described once so the command line and the task pane list them, and read
 * at the edge with the core's one parser: a bad value is an issue naming the input, never a throw.
 */
import {
  Cell,
  isBlank,
  issuesIn,
  parseCount,
  parseDate,
  parseMoney,
  parseMonths,
  parseRateDecimal,
  parseText,
} from "../../core/input";
import { Result, failWith, ok } from "../../core/result";
import type { RepaymentInput } from "./case/repayment-terms";
import type { ShortSaleLines } from "./case/net-sheet";
import type { OfferInput } from "./modification-offer";

/** The inputs as given: by name, a cell each (text from a command line, a value from a form). */
export type SheetInputs = Readonly<Record<string, Cell>>;

export type SheetInputKind = "months" | "date" | "program" | "money" | "rate" | "count";

export interface SheetInputSpec {
  /** The input's name: the command line's --input name=value, the form field's key. */
  readonly name: string;
  readonly kind: SheetInputKind;
  /** What it is and what it defaults to, in a sentence. */
  readonly description: string;
}

export const REPAYMENT_INPUTS: readonly SheetInputSpec[] = [
  {
    name: "months",
    kind: "months",
    description:
      "plan length in months (default: the fewest that keep every installment within the payment cap)",
  },
  {
    name: "first_due_date",
    kind: "date",
    description:
      "the first installment's due date (default: the next due date after the as-of date)",
  },
];

export const OFFER_INPUTS: readonly SheetInputSpec[] = [
  {
    name: "program",
    kind: "program",
    description:
      "the modification to offer, a rule-set id (default: the recommended option, else the first modification that works)",
  },
];

export const SHORT_SALE_INPUTS: readonly SheetInputSpec[] = [
  {
    name: "sale_price",
    kind: "money",
    description:
      "contract sales price (default: an offer or list price column, else the property value)",
  },
  {
    name: "commission_rate",
    kind: "rate",
    description: "real estate commission as a rate (default: the investor's rule set)",
  },
  {
    name: "closing_costs",
    kind: "money",
    description: "seller closing costs (default: the rule set's share of the price)",
  },
  {
    name: "subordinate_liens",
    kind: "money",
    description:
      "payoff of subordinate liens (default: the loan's subordinate-lien column, up to the rule set's limit)",
  },
  {
    name: "relocation",
    kind: "money",
    description:
      "relocation assistance to the seller (default: the rule set's, principal residence only)",
  },
  {
    name: "other_costs",
    kind: "money",
    description: "other settlement costs, one total (default: none)",
  },
  {
    name: "marketing_days",
    kind: "count",
    description:
      "days the property has been marketed (FHA's minimum net; default: a marketing_days column, else the rule set's)",
  },
];

/** The names given that the document does not take, as issues. */
function unknown(inputs: SheetInputs, specs: readonly SheetInputSpec[]): Result<never> | undefined {
  const names = new Set(specs.map((s) => s.name));
  const extra = Object.keys(inputs).filter((k) => !names.has(k));
  if (!extra.length) return undefined;
  return failWith(
    extra.map((k) => ({
      code: "VALUE" as const,
      field: k,
      value: inputs[k],
      reason: `${k} is not an input of this worksheet; it takes ${specs.map((s) => s.name).join(", ") || "none"}`,
    }))
  );
}

/** The value of an input, read when given (a blank is not given). */
function given<T>(
  inputs: SheetInputs,
  name: string,
  read: (c: Cell, f: string) => Result<T>
): Result<T | undefined> {
  const v = inputs[name];
  return v === undefined || isBlank(v) ? ok(undefined) : read(v, name);
}

function collect<T extends object>(parts: Record<string, Result<unknown>>): Result<T> {
  const issues = issuesIn(...Object.values(parts));
  if (issues.length) return failWith(issues);
  const out: Record<string, unknown> = {};
  for (const [k, r] of Object.entries(parts)) {
    const v = (r as { value: unknown }).value;
    if (v !== undefined) out[k] = v;
  }
  return ok(out as T);
}

export function readRepaymentInputs(inputs: SheetInputs = {}): Result<RepaymentInput> {
  return (
    unknown(inputs, REPAYMENT_INPUTS) ??
    collect<RepaymentInput>({
      months: given(inputs, "months", (c, f) => parseMonths(c, f, { min: 1 })),
      firstDueDate: given(inputs, "first_due_date", parseDate),
    })
  );
}

export function readOfferInputs(inputs: SheetInputs = {}): Result<OfferInput> {
  return (
    unknown(inputs, OFFER_INPUTS) ??
    collect<OfferInput>({ program: given(inputs, "program", parseText) })
  );
}

export function readShortSaleInputs(inputs: SheetInputs = {}): Result<ShortSaleLines> {
  const bad = unknown(inputs, SHORT_SALE_INPUTS);
  if (bad) return bad;
  const other = given(inputs, "other_costs", parseMoney);
  return collect<ShortSaleLines>({
    salePrice: given(inputs, "sale_price", parseMoney),
    commissionRate: given(inputs, "commission_rate", parseRateDecimal),
    closingCosts: given(inputs, "closing_costs", parseMoney),
    subordinateLiens: given(inputs, "subordinate_liens", parseMoney),
    relocation: given(inputs, "relocation", parseMoney),
    otherCosts: other.ok
      ? ok(
          other.value === undefined
            ? undefined
            : [{ label: "Other settlement costs", amount: other.value }]
        )
      : other,
    marketingDays: given(inputs, "marketing_days", parseCount),
  });
}

/** A document that takes no inputs: any input given is an issue naming it. */
export function readNoInputs(inputs: SheetInputs = {}): Result<undefined> {
  return unknown(inputs, []) ?? ok(undefined);
}
