import * as React from "react";
import {
  Body1,
  Caption1,
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
import { Section } from "../components/Section";
import { money } from "../format/amounts";
import type { PortfolioResult } from "./protocol";

const useStyles = makeStyles({
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  small: { width: "18%" },
  upb: { width: "36%" },
  row: { width: "16%" },
  wrap: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
});

const n = (x: number) => x.toLocaleString("en-US");

/** Label, loans and UPB, a line each: the report's summary tables as the pane shows them. */
const LinesTable: React.FC<{
  label: string;
  head: string;
  lines: readonly { label: string; count: number; upb: number }[];
}> = ({ label, head, lines }) => {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{head}</TableHeaderCell>
          <TableHeaderCell className={styles.small} button={{ className: styles.numHead }}>
            Loans
          </TableHeaderCell>
          <TableHeaderCell className={styles.upb} button={{ className: styles.numHead }}>
            UPB
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.label}>
            <TableCell className={styles.wrap}>{l.label}</TableCell>
            <TableCell className={styles.num}>{n(l.count)}</TableCell>
            <TableCell className={styles.num}>{money(l.upb)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The run's figures: counts that reconcile, delinquency, workouts, NPV benefit, Reg X, exceptions. */
export const PortfolioResults: React.FC<{
  result: PortfolioResult;
  children?: React.ReactNode;
}> = ({ result, children }) => {
  const styles = useStyles();
  const s = result.summary;
  const c = s.counts;
  return (
    <>
      <Section id="portfolio-counts" title={`Table ${result.table}`}>
        <Facts
          label="Counts"
          facts={[
            { term: "Rows read", value: n(c.read), strong: true },
            { term: "Evaluated", value: n(c.evaluated) },
            { term: "Rejected", value: n(c.rejected) },
            { term: "Blank rows (rejected)", value: n(c.blank) },
            { term: "UPB evaluated", value: money(s.loans.upb) },
            { term: `Delinquent ${s.delinquent.label}`, value: n(s.delinquent.count) },
            {
              term: `Delinquent ${s.seriouslyDelinquent.label}`,
              value: n(s.seriouslyDelinquent.count),
            },
            { term: "NPV tests of the recommended option", value: n(s.npv.tested.count) },
            { term: "NPV benefit over foreclosure", value: money(s.npv.benefit), strong: true },
            {
              term: `Reg X deadlines in ${s.calendar.windowDays} days`,
              value: n(s.calendar.entries.length),
            },
          ]}
        />
        <Caption1 className={styles.note}>
          Counts reconcile: rows read = evaluated + rejected.
        </Caption1>
        {children}
      </Section>
      <Section id="portfolio-delinquency" title="Delinquency">
        <LinesTable
          label="Loans by days delinquent, count and UPB"
          head="Days delinquent"
          lines={s.delinquency}
        />
      </Section>
      <Section id="portfolio-mix" title="Recommended workouts">
        <LinesTable
          label="Recommended workouts by count and UPB"
          head="Workout"
          lines={s.workouts.map((w) => ({
            ...w,
            label: w.ruleSet ? `${w.label} (${w.ruleSet})` : w.label,
          }))}
        />
      </Section>
      <Section id="portfolio-exceptions" title={`Exceptions (${result.exceptionCount})`}>
        {result.notes.map((note) => (
          <Body1 as="p" key={note} className={styles.p}>
            {note}
          </Body1>
        ))}
        {result.exceptionCount === 0 ? (
          <Body1 as="p" className={styles.p}>
            Every row passed validation.
          </Body1>
        ) : (
          <Table size="extra-small" className={styles.table} aria-label="Rows rejected">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.row}>Row</TableHeaderCell>
                <TableHeaderCell>Problem</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.exceptions.map((x, i) => (
                <TableRow key={i}>
                  <TableCell>{x.row}</TableCell>
                  <TableCell className={styles.wrap}>{x.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {result.exceptionCount > result.exceptions.length ? (
          <Caption1>
            {`The first ${result.exceptions.length} of ${result.exceptionCount} problems are shown. The report's Exceptions sheet lists every one.`}
          </Caption1>
        ) : null}
      </Section>
    </>
  );
};
