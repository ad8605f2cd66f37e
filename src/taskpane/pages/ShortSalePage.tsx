import * as React from "react";
import {
  Body1,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Facts, type Fact } from "../components/Facts";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { money, percent } from "../format/amounts";
import { fractionAsPercent } from "../loan/field-table";
import { useAnalysis } from "../case/use-analysis";
import type { LoanCase } from "../case/analysis";
import {
  givenInputs,
  otherProblems,
  problemsByInput,
  reasonsOf,
  type InputTexts,
} from "../case/input-problems";
import { SHORT_SALE_INPUTS, readShortSaleInputs } from "../../report/sheets/inputs";
import { netSheet, type NetSheet } from "../../report/sheets/case/net-sheet";
import { whyText } from "../../report/sheets/case/why";
import { optionTitle } from "../../report/sheets/parts/outcomes";
import { CUSTOMARY_MAX_COMMISSION } from "../../core/short-sale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** The net sheet's inputs as the page labels them, in the order of a settlement statement. */
const LABELS: Readonly<Record<string, string>> = {
  sale_price: "Sale price",
  commission_rate: "Commission rate",
  closing_costs: "Seller closing costs",
  subordinate_liens: "Subordinate-lien payoffs",
  relocation: "Relocation assistance",
  other_costs: "Other costs",
  marketing_days: "Days on the market",
};

/** The net sheet's deduction line each input sets (netSheet lists them in this order). */
const DEDUCTION: Readonly<Record<string, number>> = {
  commission_rate: 0,
  closing_costs: 1,
  subordinate_liens: 2,
  relocation: 3,
};

/** What a blank field stands for, from the net sheet worked out without it. */
function defaultHint(name: string, s: NetSheet): string | undefined {
  if (name === "sale_price") return `Blank: ${money(s.salePrice.amount)}, ${s.salePrice.basis}.`;
  if (name === "other_costs") return "Blank: none.";
  if (name === "marketing_days")
    return s.minimumNet ? `Blank: ${s.minimumNet.marketingDays} (${s.minimumNet.daysBasis}).` : "";
  const line = s.deductions[DEDUCTION[name]];
  if (!line) return undefined;
  return name === "commission_rate"
    ? `Blank: ${line.basis}, ${money(line.amount)}.`
    : `Blank: ${money(line.amount)}, ${line.basis}.`;
}

/**
 * The short-sale net sheet as the worksheet states it (the same `netSheet` of the loan's case): the
 * settlement lines as entered (a blank line takes its default from the row and the investor's rule
 * set), the net proceeds against the investor's minimum net, total debt and deficiency.
 */
const ShortSalePage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <ShortSale c={analysis.case} key={analysis.case.loanId} />;
};

const ShortSale: React.FC<{ c: LoanCase }> = ({ c }) => {
  const styles = useStyles();
  const [texts, setTexts] = React.useState<InputTexts>(() =>
    Object.fromEntries(SHORT_SALE_INPUTS.map((s) => [s.name, ""]))
  );
  const defaults = React.useMemo(() => netSheet(c), [c]);
  const inputs = givenInputs(texts);
  const read = readShortSaleInputs(inputs);
  const sheet = read.ok ? netSheet(c, read.value) : undefined;
  const problems = read.ok ? {} : problemsByInput(read.issues, LABELS);
  const request = { kind: "short-sale" as const, case: c, inputs };
  if (!defaults.ok) {
    return (
      <div className={styles.root}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            No short sale can be worked out for this loan: {reasonsOf(defaults)}.
          </MessageBarBody>
        </MessageBar>
        <WriteAction request={request} refusal={reasonsOf(defaults)} />
      </div>
    );
  }
  const now = sheet?.ok ? sheet.value : defaults.value;
  const names = SHORT_SALE_INPUTS.map((s) => s.name).filter(
    (n) => n !== "marketing_days" || now.minimumNet
  );
  const unplaced = read.ok ? undefined : otherProblems(read.issues, LABELS);
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p}>
        {optionTitle(now.option)}: {whyText(now.option)}
      </Body1>
      <Section id="lines" title="Settlement lines">
        <div className={styles.fields}>
          {names.map((name) => (
            <Field
              key={name}
              label={LABELS[name]}
              validationState={problems[name] ? "error" : "none"}
              validationMessage={problems[name]}
              hint={problems[name] ? undefined : defaultHint(name, now)}
            >
              <Input
                value={texts[name]}
                inputMode={name === "marketing_days" ? "numeric" : "decimal"}
                autoComplete="off"
                onChange={(_e, d) => setTexts((t) => ({ ...t, [name]: d.value }))}
              />
            </Field>
          ))}
        </div>
      </Section>
      {unplaced ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{unplaced}</MessageBarBody>
        </MessageBar>
      ) : null}
      {sheet && !sheet.ok ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{reasonsOf(sheet)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {sheet?.ok ? <NetFacts s={sheet.value} /> : null}
      <WriteAction
        request={request}
        refusal={!sheet ? "Correct the settlement lines first." : reasonsOf(sheet)}
      />
    </div>
  );
};

const NetFacts: React.FC<{ s: NetSheet }> = ({ s }) => {
  const styles = useStyles();
  const m = s.minimumNet;
  const facts: Fact[] = [
    { term: "Contract sales price", value: money(s.salePrice.amount) },
    ...s.deductions.map((d) => ({ term: d.item, value: money(-d.amount) })),
    { term: "Net proceeds", value: money(s.netProceeds), strong: true },
    ...(m
      ? [
          {
            term: `Investor's minimum net (${fractionAsPercent(m.share)} of value)`,
            value: money(m.amount),
          },
          { term: "Minimum net met", value: m.met ? "Yes" : "No", strong: true },
        ]
      : []),
    { term: "Total debt", value: money(s.totalDebt) },
    s.surplus > 0
      ? { term: "Surplus", value: money(s.surplus), strong: true }
      : { term: "Deficiency", value: money(s.deficiency), strong: true },
    {
      term: "Loss severity (of UPB)",
      value: s.deficiency > 0 && s.lossSeverity ? percent(s.lossSeverity) : "None",
    },
  ];
  return (
    <Section id="net" title={`Net proceeds (${s.rules.id} ${s.rules.version})`}>
      <Facts label="Net proceeds" facts={facts} />
      <Caption1 className={styles.note}>
        {m
          ? `Minimum for ${m.marketingDays} days on the market (${m.daysBasis}); the investor keeps the figure confidential.`
          : "This investor's rule set has no minimum net."}
        {s.lateFeesWaived > 0 ? ` Late fees of ${money(s.lateFeesWaived)} are waived.` : ""}
      </Caption1>
      {s.commissionAboveCustomary ? (
        <Caption1>
          The commission is above the customary{" "}
          {fractionAsPercent(CUSTOMARY_MAX_COMMISSION.toString())} of the price.
        </Caption1>
      ) : null}
      {s.subordinateAboveCap ? (
        <Caption1>The subordinate-lien payoff is above the rule set&apos;s limit.</Caption1>
      ) : null}
    </Section>
  );
};

export default ShortSalePage;
