import * as React from "react";
import {
  Body1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Facts } from "../components/Facts";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { date, money, percent, yesNo } from "../format/amounts";
import { useAnalysis } from "../case/use-analysis";
import type { LoanCase } from "../case/analysis";
import { givenInputs, problemsByInput, reasonsOf, type InputTexts } from "../case/input-problems";
import { readRepaymentInputs } from "../../report/sheets/inputs";
import { repaymentTerms, type RepaymentTerms } from "../../report/sheets/case/repayment-terms";
import { whyText } from "../../report/sheets/case/why";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    "& > *": { minWidth: 0 },
  },
  input: { width: "100%", minWidth: 0 },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  no: { width: "14%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
});

const LABELS: Readonly<Record<string, string>> = {
  months: "Months",
  first_due_date: "First installment due",
};

/**
 * The repayment plan agreement's figures as the worksheet states them (the same `repaymentTerms`
 * of the loan's case): months and first due date as typed (blank: the plan's defaults), the
 * schedule and the 150% test, live.
 */
const RepaymentPage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <RepaymentPlanner c={analysis.case} key={analysis.case.loanId} />;
};

function usePlan(c: LoanCase) {
  const [texts, setTexts] = React.useState<InputTexts>({ months: "", first_due_date: "" });
  const defaults = React.useMemo(() => repaymentTerms(c), [c]);
  const inputs = givenInputs(texts);
  const read = readRepaymentInputs(inputs);
  const terms = read.ok ? repaymentTerms(c, read.value) : undefined;
  const problems = read.ok ? {} : problemsByInput(read.issues, LABELS);
  const set = (name: string) => (value: string) => setTexts((t) => ({ ...t, [name]: value }));
  return { texts, set, inputs, defaults, terms, problems };
}

const RepaymentPlanner: React.FC<{ c: LoanCase }> = ({ c }) => {
  const styles = useStyles();
  const { texts, set, inputs, defaults, terms, problems } = usePlan(c);
  if (!defaults.ok) {
    return (
      <div className={styles.root}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>No repayment plan for this loan: {reasonsOf(defaults)}.</MessageBarBody>
        </MessageBar>
        <WriteAction
          request={{ kind: "repayment-plan", case: c, inputs: {} }}
          refusal={reasonsOf(defaults)}
        />
      </div>
    );
  }
  const d = defaults.value;
  const hints: Readonly<Record<string, string>> = {
    months: `Blank: ${d.plan.months}, the fewest within the payment cap.`,
    first_due_date: `Blank: ${date(d.firstDue)}, the next due date.`,
  };
  const field = (name: string) => (
    <Field
      label={LABELS[name]}
      validationState={problems[name] ? "error" : "none"}
      validationMessage={problems[name]}
      hint={problems[name] ? undefined : hints[name]}
    >
      <Input
        className={styles.input}
        value={texts[name]}
        placeholder={name === "first_due_date" ? "YYYY-MM-DD" : undefined}
        onChange={(_e, v) => set(name)(v.value)}
        inputMode={name === "months" ? "numeric" : "text"}
        autoComplete="off"
      />
    </Field>
  );
  const shown = terms?.ok ? terms.value : undefined;
  return (
    <div className={styles.root}>
      {d.option.works ? (
        <Body1 as="p" className={styles.p}>
          {d.option.id}: {whyText(d.option)}
        </Body1>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The investor&apos;s rules ({d.option.id}) do not offer a repayment plan for this loan:{" "}
            {whyText(d.option)}. The agreement below can still be drawn up for review.
          </MessageBarBody>
        </MessageBar>
      )}
      <PastDue terms={d} />
      <div className={styles.fields}>
        {field("months")}
        {field("first_due_date")}
      </div>
      {terms && !terms.ok ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{reasonsOf(terms)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {shown ? <PlanPreview terms={shown} /> : null}
      <WriteAction
        request={{ kind: "repayment-plan", case: c, inputs }}
        refusal={!terms ? "Correct the plan above first." : reasonsOf(terms)}
      />
    </div>
  );
};

const PastDue: React.FC<{ terms: RepaymentTerms }> = ({ terms }) => {
  const p = terms.pastDue;
  return (
    <Section id="past-due" title={`Past due: ${p.monthsPastDue} payments`}>
      <Facts
        label="Past due"
        facts={[
          { term: "Principal and interest", value: money(p.principalInterest) },
          { term: "Escrow", value: money(p.escrow) },
          { term: "Servicing advances", value: money(p.servicingAdvances) },
          { term: "Late charges (waived)", value: money(p.lateCharges) },
          { term: "To repay", value: money(p.total), strong: true },
        ]}
      />
    </Section>
  );
};

const PlanPreview: React.FC<{ terms: RepaymentTerms }> = ({ terms }) => {
  const styles = useStyles();
  const plan = terms.plan;
  const last = plan.rows[plan.rows.length - 1];
  return (
    <>
      <Section id="plan-tests" title={`Plan tests (${plan.ruleSet})`}>
        <Facts
          label="Plan tests"
          facts={[
            { term: "Largest installment", value: money(plan.maxInstallment), strong: true },
            { term: "Of the contractual payment", value: percent(plan.paymentRatio, 2) },
            { term: "Within the 150% test", value: yesNo(plan.withinPaymentCap), strong: true },
            {
              term: "Complete application needed",
              value: yesNo(plan.needsBorrowerResponsePackage),
            },
            { term: "Investor approval needed", value: yesNo(plan.needsInvestorApproval) },
            { term: "Arrears left after the plan", value: money(last?.arrearsLeft) },
          ]}
        />
      </Section>
      <Section id="plan-schedule" title={`Schedule: ${plan.months} installments`}>
        <Table size="extra-small" className={styles.table} aria-label="Repayment plan schedule">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.no}>No.</TableHeaderCell>
              <TableHeaderCell>Due</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numHead }}>Installment</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numHead }}>Arrears left</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.rows.map((r) => (
              <TableRow key={r.no}>
                <TableCell>{r.no}</TableCell>
                <TableCell>{date(r.date)}</TableCell>
                <TableCell className={styles.num}>{money(r.installment)}</TableCell>
                <TableCell className={styles.num}>{money(r.arrearsLeft)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Body1 as="p" className={styles.p}>
          Each installment is the contractual {money(plan.contractual)} plus a share of the{" "}
          {money(plan.arrears)} past due; the last absorbs the cents so the plan repays it exactly.
        </Body1>
      </Section>
    </>
  );
};

export default RepaymentPage;
