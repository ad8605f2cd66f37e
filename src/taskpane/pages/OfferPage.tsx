import * as React from "react";
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
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
import { sentence } from "../format/sentence";
import { termLines } from "../offer/terms";
import { useAnalysis } from "../case/use-analysis";
import type { LoanCase } from "../case/analysis";
import { reasonsOf } from "../case/input-problems";
import { useLoan } from "../workbench/loan-context";
import type { CaseOption } from "../../report/sheets/case/loan-case";
import {
  modificationOffer,
  modificationOptions,
  type ModificationOffer,
} from "../../report/sheets/case/trial-plan";
import { whyText } from "../../report/sheets/case/why";
import { optionTitle } from "../../report/sheets/parts/outcomes";
import type { Evaluation } from "../../core/programs/evaluation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  first: { width: "36%" },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/**
 * The modification offered, as the offer worksheet states it (the same `modificationOffer` of the
 * loan's case): the program chosen (default: the recommended one, else the first modification
 * that works), its terms before and after, its trial period plan, and "Write offer".
 */
const OfferPage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <Offer c={analysis.case} />;
};

const Offer: React.FC<{ c: LoanCase }> = ({ c }) => {
  const styles = useStyles();
  const loan = useLoan();
  const choices = modificationOptions(c).filter((o) => o.evaluation);
  const chosen = choices.some((o) => o.id === loan.chosenOption) ? loan.chosenOption : undefined;
  const offer = modificationOffer(c, chosen);
  const request = {
    kind: "modification-offer" as const,
    case: c,
    inputs: chosen ? { program: chosen } : {},
  };
  const shown: CaseOption | undefined = offer.ok
    ? offer.value.option
    : (choices.find((o) => o.id === chosen) ?? choices[0]);
  if (!shown?.evaluation) {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p} role="status">
          The investor&apos;s order has no modification that could be evaluated for this loan: see
          the Options page.
        </Body1>
        <WriteAction request={request} refusal={reasonsOf(offer)} />
      </div>
    );
  }
  const e = shown.evaluation;
  const recommended = c.recommended;
  return (
    <div className={styles.root}>
      <Field
        label="Modification offered"
        hint={
          shown === recommended
            ? "The recommended option."
            : recommended
              ? `The recommended option is ${optionTitle(recommended)}.`
              : "No option of the investor's order works for this loan."
        }
      >
        <Dropdown
          value={optionTitle(shown)}
          selectedOptions={[shown.id]}
          onOptionSelect={(_e, d) => loan.chooseOption(d.optionValue)}
        >
          {choices.map((o) => (
            <Option key={o.id} value={o.id} text={optionTitle(o)}>
              {`${optionTitle(o)}${o.works ? "" : ": does not work"}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {shown.works ? (
        <Body1 as="p" className={styles.p}>
          {sentence(whyText(shown))}
        </Body1>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            This option does not work for the borrower: {whyText(shown)}.
          </MessageBarBody>
        </MessageBar>
      )}
      <Terms c={c} e={e} offer={offer.ok ? offer.value : undefined} />
      {offer.ok && offer.value.trial ? <Trial offer={offer.value} /> : null}
      <WriteAction request={request} refusal={reasonsOf(offer)} />
    </div>
  );
};

const Terms: React.FC<{ c: LoanCase; e: Evaluation; offer?: ModificationOffer }> = ({
  c,
  e,
  offer,
}) => {
  const styles = useStyles();
  return (
    <>
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
            {termLines(c, e, offer?.modifiedMaturity).map((l) => (
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
    </>
  );
};

const Trial: React.FC<{ offer: ModificationOffer }> = ({ offer }) => {
  const styles = useStyles();
  const trial = offer.trial!;
  return (
    <Section id="trial" title={`Trial period plan (${trial.rules.id} ${trial.rules.version})`}>
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
        The first modified payment is due on {date(offer.modifiedFirstDue)}, once every trial
        payment is made in its month.
      </Body1>
      <Caption1 className={styles.note}>{trial.why}.</Caption1>
    </Section>
  );
};

export default OfferPage;
