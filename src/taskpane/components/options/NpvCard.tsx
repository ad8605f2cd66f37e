import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Result } from "../../../core/result";
import type { LoanNpv } from "../../../core/programs/loan-npv";
import { money, percent } from "../../format/amounts";
import { Facts } from "../Facts";
import { Section } from "../Section";

const useStyles = makeStyles({
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  inputs: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  input: { overflowWrap: "anywhere" },
});

/** NPV of the workout against foreclosure and a short sale, with every input behind it. */
export const NpvCard: React.FC<{ npv: Result<LoanNpv> }> = ({ npv }) => {
  const styles = useStyles();
  if (!npv.ok) {
    return (
      <Section id="npv" title="NPV: workout against foreclosure">
        <Body1 as="p" className={styles.p} role="status">
          Not computed: {npv.issues.map((i) => i.reason).join("; ")}.
        </Body1>
      </Section>
    );
  }
  const { npv: n, modification, shortSale } = npv.value;
  return (
    <Section id="npv" title={`NPV: workout against foreclosure (${n.assumptionsId})`}>
      <Facts
        label="Net present values"
        facts={[
          { term: `Workout (${modification.ruleSet})`, value: money(n.npvMod), strong: true },
          { term: "Foreclosure", value: money(n.npvFc) },
          {
            term: `Short sale${shortSale ? ` (${shortSale.ruleSet})` : ""}`,
            value: money(n.npvSs),
          },
          { term: "Workout over foreclosure", value: money(n.npvBenefit), strong: true },
          { term: "Discount rate", value: percent(n.discountRateAnnual, 3) },
        ]}
      />
      <Body1 as="p" className={styles.p}>
        {n.decision === "MODIFY"
          ? "The workout is worth more to the investor than foreclosure: the NPV test passes."
          : "Foreclosure is worth more to the investor than the workout: the NPV test fails."}
      </Body1>
      <Accordion collapsible>
        <AccordionItem value="inputs">
          <AccordionHeader as="h4" size="small">
            NPV inputs ({n.inputs.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.inputs}>
              {n.inputs.map((item) => (
                <li key={item.name} className={styles.input}>
                  <Body1>
                    {item.name}: {item.value}
                  </Body1>{" "}
                  <Caption1>({item.source})</Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Section>
  );
};
