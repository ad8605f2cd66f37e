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
import type { OptionRow } from "../../options/compare-options";
import { money, percent, yesNo } from "../../format/amounts";
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

/** The liquidation amounts an option may report, in the order a net sheet reads them. */
const LIQUIDATION_AMOUNTS: readonly (readonly [string, string])[] = [
  ["sale_price", "Sale price"],
  ["net_proceeds", "Net proceeds"],
  ["recovery", "Recovery"],
  ["total_debt", "Total debt"],
  ["deficiency", "Deficiency"],
  ["surplus", "Surplus"],
  ["equity", "Equity"],
];

function termsFacts(row: OptionRow): Fact[] {
  const e = row.evaluation;
  if (!e) return [];
  const head: Fact[] = [
    { term: "Eligible", value: yesNo(e.eligible) },
    { term: "Target met", value: yesNo(e.targetMet) },
  ];
  if (e.newPi === undefined) {
    const a = e.amounts ?? {};
    return [
      ...head,
      ...LIQUIDATION_AMOUNTS.filter(([k]) => a[k] !== undefined).map(([k, term]) => ({
        term,
        value: money(a[k]),
        strong: k === "net_proceeds" || k === "recovery",
      })),
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

/** One option: whether it works, its terms, why, and its audit steps one click away. */
export const OptionCard: React.FC<{ row: OptionRow; index: number }> = ({ row, index }) => {
  const styles = useStyles();
  const e = row.evaluation;
  const steps = e?.steps.filter((s) => s.option === row.ruleSet) ?? [];
  return (
    <Section
      id={`option-${index}`}
      title={`${row.program} (${row.ruleSet})`}
      aside={
        <div className={styles.badges}>
          {row.recommended ? (
            <Badge appearance="filled" color="brand">
              Recommended
            </Badge>
          ) : null}
          <Badge appearance="tint" color={row.works ? "success" : "danger"}>
            {row.works ? "Works" : "Does not work"}
          </Badge>
        </div>
      }
    >
      {e ? <Facts label={`${row.program} terms`} facts={termsFacts(row)} /> : null}
      <Body1 as="p" className={styles.reason}>
        {row.reason}
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
