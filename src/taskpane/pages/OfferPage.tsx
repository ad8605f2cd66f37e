import * as React from "react";
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { date, money, percent } from "../format/amounts";
import { termLines } from "../offer/terms";
import { trialPlan } from "../offer/trial-plan";
import { modificationOptions, offerOption, useAnalysis } from "../options/use-analysis";
import { worksheetBase } from "../write/worksheet-base";
import { useLoan } from "../workbench/loan-context";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  first: { width: "36%" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The offered program's terms before and after, its trial period plan, and "Write offer". */
const OfferPage: React.FC = () => {
  const styles = useStyles();
  const analysis = useAnalysis();
  const loan = useLoan();
  const { values } = useSettings();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  const c = analysis.comparison;
  const row = c.ok ? offerOption(c.value, loan.chosenOption) : undefined;
  if (!c.ok || !row?.evaluation) {
    return (
      <Body1 as="p" className={styles.p} role="status">
        The investor&apos;s order has no modification that could be evaluated for this loan: see the
        Options page.
      </Body1>
    );
  }
  const e = row.evaluation;
  const choices = modificationOptions(c.value);
  const recommended = c.value.recommended;
  // A trial period is offered only on a modification that works.
  const trial = row.works ? trialPlan(e, analysis.record.as_of_date) : undefined;
  return (
    <div className={styles.root}>
      <Field
        label="Modification offered"
        hint={
          row.recommended
            ? "The recommended option."
            : recommended
              ? `The recommended option is ${recommended.program} (${recommended.ruleSet}).`
              : "No option of the investor's order works for this loan."
        }
      >
        <Dropdown
          value={`${row.program} (${row.ruleSet})`}
          selectedOptions={[row.ruleSet]}
          onOptionSelect={(_e, d) => loan.chooseOption(d.optionValue)}
        >
          {choices.map((r) => (
            <Option key={r.ruleSet} value={r.ruleSet} text={`${r.program} (${r.ruleSet})`}>
              {`${r.program} (${r.ruleSet})${r.works ? "" : ": does not work"}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Body1 as="p" className={styles.p}>
        {row.works ? "" : "This option does not work for the borrower: "}
        {row.reason}
      </Body1>
      <Section id="terms" title={`Terms before and after (${e.ruleSet} ${e.ruleSetVersion})`}>
        <Table size="extra-small" className={styles.table} aria-label="Terms before and after">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.first}>Term</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numHead }}>Before</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numHead }}>After</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {termLines(analysis.record, e, trial).map((l) => (
              <TableRow key={l.term}>
                <TableCell>{l.term}</TableCell>
                <TableCell className={styles.num}>{l.before}</TableCell>
                <TableCell className={styles.num}>{l.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      {e.stepUp && e.stepUp.length > 0 ? (
        <Section id="step-up" title="Rate step-ups">
          <Table size="extra-small" className={styles.table} aria-label="Rate step-up schedule">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Months</TableHeaderCell>
                <TableHeaderCell button={{ className: styles.numHead }}>Rate</TableHeaderCell>
                <TableHeaderCell button={{ className: styles.numHead }}>P&amp;I</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {e.stepUp.map((s) => (
                <TableRow key={s.fromMonth}>
                  <TableCell>{`${s.fromMonth}–${s.toMonth}`}</TableCell>
                  <TableCell className={styles.num}>{percent(s.rate, 3)}</TableCell>
                  <TableCell className={styles.num}>{money(s.pi)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      ) : null}
      {trial ? (
        <Section id="trial" title="Trial period plan">
          <Table size="extra-small" className={styles.table} aria-label="Trial payments">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Payment</TableHeaderCell>
                <TableHeaderCell>Due</TableHeaderCell>
                <TableHeaderCell button={{ className: styles.numHead }}>Amount</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {trial.payments.map((p) => (
                <TableRow key={p.no}>
                  <TableCell>{p.no}</TableCell>
                  <TableCell>{date(p.due)}</TableCell>
                  <TableCell className={styles.num}>{money(p.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Body1 as="p" className={styles.p}>
            The modification takes effect on {date(trial.effective)} once every trial payment is
            made in its month.
          </Body1>
          <Caption1 className={styles.note}>{trial.source}.</Caption1>
        </Section>
      ) : null}
      <WriteAction
        kind="modification-offer"
        disabledReason={
          row.works
            ? undefined
            : `${row.program} does not work for this loan: there is no offer to write.`
        }
        input={() => ({
          ...worksheetBase("modification-offer", analysis, values),
          offer: { evaluation: e, trial },
        })}
      />
    </div>
  );
};

export default OfferPage;
