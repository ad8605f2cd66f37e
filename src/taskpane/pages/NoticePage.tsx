import * as React from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Facts, type Fact } from "../components/Facts";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { date } from "../format/amounts";
import { sentence } from "../format/sentence";
import { daysBetween } from "../../core/calendar-date";
import { useAnalysis } from "../case/use-analysis";
import type { LoanCase } from "../case/analysis";
import { noticeRows } from "../../report/sheets/evaluation-notice";
import { optionTitle } from "../../report/sheets/parts/outcomes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/** The notice's own dates and the loan's Reg X deadlines, each with what it rests on. */
function regxFacts(c: LoanCase): Fact[] {
  const d = c.regx;
  const n = c.deadlines;
  const why = (f: keyof typeof d.notes) => d.notes[f] ?? "—";
  // A servicer's deadline before the notice date has passed: said beside it.
  const by = (f: "evaluate_by" | "acknowledge_by" | "live_contact_by" | "written_notice_by") => {
    const day = d[f];
    if (!day) return why(f);
    return daysBetween(n.noticeDate, day) < 0 ? `${date(day)} (passed)` : date(day);
  };
  return [
    { term: "Notice dated", value: date(n.noticeDate), strong: true },
    {
      term: `Accept the offer by (${n.acceptanceDays} days)`,
      value: date(n.acceptBy),
      strong: true,
    },
    {
      term: "Appeal by",
      value: n.appealBy
        ? date(n.appealBy)
        : n.appealAvailable === false
          ? "No appeal available"
          : "Not determined",
      strong: true,
    },
    {
      term: "Evaluate and notify by",
      value: by("evaluate_by"),
    },
    {
      term: "Acknowledge application by",
      value: by("acknowledge_by"),
    },
    {
      term: "Live contact by",
      value: by("live_contact_by"),
    },
    {
      term: "Written notice by",
      value: by("written_notice_by"),
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

/**
 * The Reg X dates for the loan, each option as the evaluation notice states it (offered, denied and
 * why, or not evaluated), and the evaluation notice and negotiation summary to write.
 */
const NoticePage: React.FC = () => {
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  return <Notice c={analysis.case} />;
};

const Notice: React.FC<{ c: LoanCase }> = ({ c }) => {
  const styles = useStyles();
  const n = c.deadlines;
  return (
    <div className={styles.root}>
      <Section id="regx" title={`Reg X dates (${c.regxRules.id})`}>
        <Facts label="Reg X dates" facts={regxFacts(c)} />
        <Caption1 className={styles.note}>
          The acceptance period is {n.acceptanceWhy}. Appeal: {n.appealWhy}. The other dates count
          from the loan&apos;s due date and application dates, 12 CFR 1024.39 and 1024.41.
        </Caption1>
      </Section>
      <Section id="reviewed" title="Options the notice lists">
        <ol className={styles.list}>
          {noticeRows(c).map((r) => (
            <li key={r.option.id} className={styles.item}>
              <Body1>
                <strong>
                  {optionTitle(r.option)}: {r.result.toLowerCase()}
                </strong>
              </Body1>
              <br />
              <Caption1>{sentence(r.reason)}</Caption1>
            </li>
          ))}
        </ol>
      </Section>
      <div className={styles.actions}>
        <WriteAction request={{ kind: "evaluation-notice", case: c, inputs: {} }} />
        <WriteAction request={{ kind: "negotiation-summary", case: c, inputs: {} }} />
      </div>
    </div>
  );
};

export default NoticePage;
