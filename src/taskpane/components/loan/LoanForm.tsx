import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { FORM_GROUPS, type FormGroupId } from "../../loan/form-groups";
import { fieldCell, columnOf } from "../../loan/loan-draft";
import { cellText, type FieldName } from "../../loan/field-table";
import { WATERFALL_FIELDS } from "../../loan/waterfall-fields";
import { recordValueText } from "../../loan/parse-field";
import { useLoan } from "../../workbench/loan-context";
import { LoanFieldInput } from "./LoanFieldInput";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  count: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalXS },
  extra: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: 0,
    marginBottom: 0,
    overflowWrap: "anywhere",
  },
  dd: { marginLeft: 0 },
});

/** Where a field's value comes from when the loan leaves it empty. */
function fallbackFor(
  field: FieldName,
  derived: readonly FieldName[],
  defaulted: readonly FieldName[],
  value: unknown
): string | undefined {
  if (defaulted.includes(field)) return `From Settings: ${recordValueText(field, value)}`;
  if (derived.includes(field)) return `Computed: ${recordValueText(field, value)}`;
  return undefined;
}

/** The loan's fields, grouped, each with the parser's message beside it. */
export const LoanForm: React.FC = () => {
  const styles = useStyles();
  const loan = useLoan();
  const reading = loan.reading;
  const problems = new Map<string, string>();
  for (const issue of reading?.issues ?? []) {
    if (!problems.has(issue.field)) problems.set(issue.field, issue.reason);
  }
  const record = reading?.record;
  // A typed loan opens its first groups; a loan read from a row opens only the groups with problems.
  const [open, setOpen] = React.useState<FormGroupId[]>(() =>
    loan.draft.source.kind === "row"
      ? FORM_GROUPS.filter((g) => g.fields.some((f) => problems.has(f))).map((g) => g.id)
      : ["borrower", "loan"]
  );
  const onToggle: AccordionToggleEventHandler<FormGroupId> = (_e, data) => setOpen(data.openItems);
  const onChange = React.useCallback(
    (field: FieldName, text: string) => {
      // PMMS typed into a loan without a market-rate column is PMMS itself (the NPV discount base).
      loan.setField(field, text, field === "market_rate" ? "PMMS" : field);
    },
    [loan]
  );

  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
      {FORM_GROUPS.map((group) => {
        const errors = group.fields.filter((f) => problems.has(f)).length;
        return (
          <AccordionItem key={group.id} value={group.id}>
            <AccordionHeader as="h3" size="medium">
              {group.title}
              {errors > 0 ? (
                <Caption1 className={styles.count}>
                  {errors === 1 ? "1 problem" : `${errors} problems`}
                </Caption1>
              ) : null}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {group.fields.map((field) => {
                const cell = fieldCell(loan.draft, field);
                const empty = cellText(field, cell).trim() === "";
                const fallback = empty
                  ? fallbackFor(
                      field,
                      record?.derived ?? [],
                      reading?.defaulted ?? [],
                      record?.[field]
                    )
                  : undefined;
                const needed =
                  empty && !fallback && WATERFALL_FIELDS.includes(field)
                    ? "Needed to evaluate the options."
                    : undefined;
                return (
                  <LoanFieldInput
                    key={field}
                    field={field}
                    cell={cell}
                    onChange={onChange}
                    error={problems.get(field)}
                    warning={loan.draft.source.kind === "none" ? undefined : needed}
                    fallback={fallback}
                    required={WATERFALL_FIELDS.includes(field)}
                  />
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
      <OtherColumns />
    </Accordion>
  );
};

/** Columns of the row the record does not know (short-sale price, subordinate liens, ...), as given. */
const OtherColumns: React.FC = () => {
  const styles = useStyles();
  const { reading, draft } = useLoan();
  const extra = reading?.record.extra.filter((x) => columnOf(draft.headers, x.header) >= 0) ?? [];
  if (extra.length === 0) return null;
  return (
    <AccordionItem value="other">
      <AccordionHeader as="h3" size="medium">
        Other columns ({extra.length})
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Caption1>Kept as given; the short sale reads its price and liens from them.</Caption1>
        <dl className={styles.extra}>
          {extra.map((x) => (
            <React.Fragment key={`${x.column}-${x.header}`}>
              <dt>{x.header || `(column ${x.column + 1})`}</dt>
              <dd className={styles.dd}>
                {x.value === "" || x.value == null ? "—" : String(x.value)}
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </AccordionPanel>
    </AccordionItem>
  );
};
