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
import { PLAN_LABELS, planFrom, startingPlan, type PlanTexts } from "../repayment/plan-inputs";
import { useAnalysis, type Analysis } from "../options/use-analysis";
import { worksheetBase } from "../write/worksheet-base";
import { useSettings } from "../workbench/settings-context";
import type { RepaymentPlan } from "../../core/repayment-plan";
import { REPAY_FNMA } from "../../core/rules/repay-fnma";

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

type Ready = Extract<Analysis, { status: "ready" }>;

/** Months and start date of a repayment plan, the schedule they give, and the 150% test, live. */
const RepaymentPage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <RepaymentPlanner analysis={analysis} key={analysis.record.loan_id ?? ""} />;
};

const RepaymentPlanner: React.FC<{ analysis: Ready }> = ({ analysis }) => {
  const styles = useStyles();
  const { values } = useSettings();
  const option = analysis.comparison.ok
    ? analysis.comparison.value.rows.find((r) => r.ruleSet === REPAY_FNMA.id)
    : undefined;
  const [texts, setTexts] = React.useState<PlanTexts>(() =>
    startingPlan(option?.evaluation, analysis.record)
  );
  const { plan, problems } = planFrom(texts, analysis.record);
  const set = (k: keyof PlanTexts) => (_e: unknown, d: { value: string }) =>
    setTexts((t) => ({ ...t, [k]: d.value }));
  const field = (k: keyof PlanTexts, hint: string) => (
    <Field
      label={PLAN_LABELS[k]}
      validationState={problems[k] ? "error" : "none"}
      validationMessage={problems[k]}
      hint={problems[k] ? undefined : hint}
    >
      <Input
        className={styles.input}
        value={texts[k]}
        onChange={set(k)}
        inputMode={k === "firstDue" ? "text" : "decimal"}
        autoComplete="off"
      />
    </Field>
  );
  const ready = plan?.ok ? plan.value : undefined;

  return (
    <div className={styles.root}>
      {option ? (
        <Body1 as="p" className={styles.p}>
          {option.ruleSet}: {option.reason}
        </Body1>
      ) : null}
      <div className={styles.fields}>
        {field("arrears", "Dollars")}
        {field("contractual", "P&I + escrow")}
        {field("months", "Installments")}
        {field("firstDue", "YYYY-MM-DD")}
      </div>
      {plan && !plan.ok ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{plan.issues.map((i) => i.reason).join("; ")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {ready ? <PlanPreview plan={ready} /> : null}
      <WriteAction
        kind="repayment-plan"
        disabledReason={ready ? undefined : "Set the plan above first."}
        input={() =>
          ready ? { ...worksheetBase("repayment-plan", analysis, values), plan: ready } : undefined
        }
      />
    </div>
  );
};

const PlanPreview: React.FC<{ plan: RepaymentPlan }> = ({ plan }) => {
  const styles = useStyles();
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
          {money(plan.arrears)} arrears; the last absorbs the cents so the plan repays them exactly.
        </Body1>
      </Section>
    </>
  );
};

export default RepaymentPage;
