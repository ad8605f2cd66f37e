import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular } from "@fluentui/react-icons";
import type { Evaluation } from "../../../core/programs/evaluation";
import { programById } from "../../../core/programs/catalogue";
import type { CaseOption } from "../../../report/sheets/case/loan-case";
import { optionTitle, whyText } from "../../../report/sheets/parts/outcomes";
import { trialRulesFor } from "../../../report/sheets/case/trial-plan";
import { money, percent, yesNo } from "../../format/amounts";
import { sentence } from "../../format/sentence";
import { Facts, type Fact } from "../Facts";
import { Section } from "../Section";

const useStyles = makeStyles({
  badges: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  reason: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  steps: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  step: { overflowWrap: "anywhere" },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  stepHead: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The amounts an option may report beside its terms, in the order a reader wants them. */
const LIQUIDATION_AMOUNTS: readonly (readonly [string, string])[] = [
  ["sale_price", "Sale price"],
  ["net_proceeds", "Net proceeds"],
  ["recovery", "Recovery"],
  ["total_debt", "Total debt"],
  ["deficiency", "Deficiency"],
  ["surplus", "Surplus"],
  ["equity", "Equity"],
];
const WORKOUT_AMOUNTS: readonly (readonly [string, string])[] = [
  ["arrears", "Arrears"],
  ["installment", "Installment"],
  ["deferred_balance", "Deferred balance"],
];

function amountFacts(e: Evaluation, names: typeof LIQUIDATION_AMOUNTS): Fact[] {
  const a = e.amounts ?? {};
  return names
    .filter(([k]) => a[k] !== undefined)
    .map(([k, term]) => ({
      term,
      value: money(a[k]),
      strong: k === "net_proceeds" || k === "recovery" || k === "installment",
    }));
}

function termsFacts(o: CaseOption): Fact[] {
  const e = o.evaluation;
  if (!e) return [];
  const head: Fact[] = [
    { term: "Eligible", value: yesNo(e.eligible) },
    { term: "Target met", value: yesNo(e.targetMet) },
  ];
  // What an option gives follows from what it is: a liquidation (the program's descriptor) ends the
  // loan with proceeds; a modification (one a trial rule set covers) changes its terms; a
  // repayment plan or a deferral keeps the terms and deals with the arrears.
  if (programById(o.id)?.kind === "liquidation")
    return [...head, ...amountFacts(e, LIQUIDATION_AMOUNTS)];
  if (!trialRulesFor(o.id)) {
    const months = e.amounts?.plan_months;
    return [
      ...head,
      ...amountFacts(e, WORKOUT_AMOUNTS),
      ...(months === undefined ? [] : [{ term: "Plan months", value: String(months) }]),
      { term: "Monthly P&I", value: money(e.newPi) },
    ];
  }
  const relief =
    e.partialClaim !== undefined && e.partialClaim > 0
      ? { term: "Partial claim", value: money(e.partialClaim) }
      : { term: "Forbearance", value: money(e.forbearance) };
  return [
    ...head,
    { term: "New P&I", value: money(e.newPi), strong: true },
    { term: "P&I reduction", value: percent(e.piReduction) },
    relief,
    { term: "New rate", value: percent(e.newRate, 3) },
    { term: "New term", value: e.newTerm === undefined ? "—" : `${e.newTerm} months` },
  ];
}

/** One option: whether it works, its terms, why (as the notice says it), its audit steps one click away. */
export const OptionCard: React.FC<{ option: CaseOption; recommended: boolean; index: number }> = ({
  option,
  recommended,
  index,
}) => {
  const styles = useStyles();
  const e = option.evaluation;
  const title = optionTitle(option);
  const steps = e?.steps.filter((s) => s.option === option.id) ?? [];
  return (
    <Section
      id={`option-${index}`}
      title={title}
      aside={
        <div className={styles.badges}>
          {recommended ? (
            <Badge appearance="filled" color="brand">
              Recommended
            </Badge>
          ) : null}
          <Badge appearance="tint" color={option.works ? "success" : e ? "danger" : "warning"}>
            {option.works ? "Works" : e ? "Does not work" : "Not evaluated"}
          </Badge>
        </div>
      }
    >
      {e ? <Facts label={`${title} terms`} facts={termsFacts(option)} /> : null}
      <Body1 as="p" className={styles.reason}>
        {sentence(whyText(option))}
      </Body1>
      {steps.length > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="steps">
            <AccordionHeader as="h4" size="small">
              Audit steps ({steps.length})
            </AccordionHeader>
            <AccordionPanel>
              <ol className={styles.steps}>
                {steps.map((s, i) => (
                  <li key={i} className={styles.step}>
                    <span className={styles.stepHead}>
                      {s.pass ? (
                        <CheckmarkCircleRegular className={styles.pass} aria-hidden />
                      ) : (
                        <DismissCircleRegular className={styles.fail} aria-hidden />
                      )}
                      {s.step}: {s.parameter} ({s.pass ? "pass" : "fail"})
                    </span>
                    <Caption1>
                      {s.reason}
                      {s.pi !== undefined ? ` P&I ${money(s.pi)}.` : ""} [{s.code}]
                    </Caption1>
                  </li>
                ))}
              </ol>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </Section>
  );
};
