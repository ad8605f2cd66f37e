import * as React from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Facts, type Fact } from "../components/Facts";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { date } from "../format/amounts";
import { useAnalysis, type Analysis } from "../options/use-analysis";
import type { LoanRegx } from "../notice/loan-regx";
import { worksheetBase } from "../write/worksheet-base";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  list: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

type Ready = Extract<Analysis, { status: "ready" }>;

/** The notice's own dates and the loan's Reg X deadlines, each with what it rests on. */
function regxFacts(r: LoanRegx): Fact[] {
  const d = r.dates;
  const why = (f: keyof typeof d.notes) => d.notes[f] ?? "—";
  return [
    { term: "Notice dated", value: date(r.noticeDate), strong: true },
    {
      term: "Accept the offer by",
      value: r.acceptBy
        ? `${date(r.acceptBy)} (${d.acceptance_days} days)`
        : why("acceptance_days"),
      strong: true,
    },
    {
      term: "Appeal by",
      value: r.appealBy
        ? date(r.appealBy)
        : d.appeal_available === false
          ? "No appeal available"
          : why("appeal_available"),
      strong: true,
    },
    {
      term: "Evaluate and notify by",
      value: d.evaluate_by ? date(d.evaluate_by) : why("evaluate_by"),
    },
    {
      term: "Acknowledge application by",
      value: d.acknowledge_by ? date(d.acknowledge_by) : why("acknowledge_by"),
    },
    {
      term: "Live contact by",
      value: d.live_contact_by ? date(d.live_contact_by) : why("live_contact_by"),
    },
    {
      term: "Written notice by",
      value: d.written_notice_by ? date(d.written_notice_by) : why("written_notice_by"),
    },
    {
      term: "No foreclosure filing before",
      value: d.first_filing_from ? date(d.first_filing_from) : why("first_filing_from"),
    },
    {
      term: "Days delinquent",
      value: d.days_delinquent === undefined ? why("days_delinquent") : String(d.days_delinquent),
    },
  ];
}

/** Reg X dates for the loan, the options the notice will list, and the two worksheets to write. */
const NoticePage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <Notice analysis={analysis} />;
};

const Notice: React.FC<{ analysis: Ready }> = ({ analysis }) => {
  const styles = useStyles();
  const { values } = useSettings();
  const c = analysis.comparison;
  return (
    <div className={styles.root}>
      <Section id="regx" title={`Reg X dates (${analysis.regx.dates.rule_set})`}>
        <Facts label="Reg X dates" facts={regxFacts(analysis.regx)} />
        <Caption1 className={styles.note}>
          Accept-by and appeal-by count from the notice date, 12 CFR 1024.41(e) and (h); the others
          from the loan&apos;s due date and application dates, 1024.39 and 1024.41.
        </Caption1>
      </Section>
      <Section id="reviewed" title="Options the notice lists">
        {c.ok ? (
          <ol className={styles.list}>
            {c.value.rows.map((r) => (
              <li key={r.ruleSet} className={styles.item}>
                <Body1>
                  <strong>
                    {r.program} ({r.ruleSet}):{" "}
                    {r.works ? (r.recommended ? "offered" : "also works") : "denied"}
                  </strong>
                </Body1>
                <br />
                <Caption1>{r.reason}</Caption1>
              </li>
            ))}
          </ol>
        ) : (
          <Body1 as="p" className={styles.p}>
            {c.issues.map((i) => i.reason).join("; ")}
          </Body1>
        )}
      </Section>
      <div className={styles.actions}>
        <WriteAction
          kind="evaluation-notice"
          input={() => worksheetBase("evaluation-notice", analysis, values)}
        />
        <WriteAction
          kind="negotiation-summary"
          input={() => worksheetBase("negotiation-summary", analysis, values)}
        />
      </div>
    </div>
  );
};

export default NoticePage;
