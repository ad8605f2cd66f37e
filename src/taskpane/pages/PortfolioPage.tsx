import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, PlayRegular } from "@fluentui/react-icons";
import { Facts } from "../components/Facts";
import { Section } from "../components/Section";
import { money } from "../format/amounts";
import type { PortfolioSummary } from "../portfolio/protocol";
import { usePortfolioRun } from "../portfolio/use-portfolio-run";
import type { LoanTable, Read } from "../workbook/host-types";
import { useHost } from "../workbench/host-context";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  table: { tableLayout: "fixed", width: "100%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  small: { width: "18%" },
  row: { width: "16%" },
  exception: { overflowWrap: "anywhere" },
});

/** Problems listed in the pane; a long list belongs on the report's exceptions sheet. */
const SHOWN_EXCEPTIONS = 200;

/** Every loan of the selected table through the engine, in a worker, with progress and Cancel. */
const PortfolioPage: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const settings = useSettings();
  const run = usePortfolioRun();
  const s = run.state;
  const busy = s.kind === "reading" || s.kind === "running";

  const go = async () => {
    run.reading();
    let table: Read<LoanTable> = await host.readSelectedTable();
    if (!table.ok && host.browse) {
      // The in-browser workbook: its table of sample loans.
      const tables = await host.browse.tables();
      if (tables[0]) table = { ok: true, value: tables[0] };
    }
    if (!table.ok) return run.fail(table.reason);
    const t = table.value;
    run.start({
      table: t.table,
      headers: t.headers,
      rows: t.rows,
      firstRow: t.firstRowNumber,
      settings: settings.values,
      today: settings.today,
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p}>
        Runs every loan of the selected Excel table through its investor&apos;s options and the NPV
        test. Rows that fail validation are listed with the field and the reason; nothing is written
        to the workbook.
      </Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabledFocusable={busy}
          onClick={() => void go()}
        >
          {host.browse ? "Run the sample loans" : "Run the selected table"}
        </Button>
        {busy ? (
          <Button icon={<DismissRegular />} onClick={run.cancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      {s.kind === "reading" || s.kind === "running" ? (
        <Field
          label="Progress"
          validationState="none"
          validationMessage={
            s.kind === "reading" ? "Reading the table…" : `${s.done} of ${s.total} loans evaluated`
          }
        >
          <ProgressBar value={s.kind === "running" && s.total > 0 ? s.done / s.total : undefined} />
        </Field>
      ) : null}
      {s.kind === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled: nothing was written.</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.kind === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.reason}</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.kind === "done" ? <Results summary={s.summary} /> : null}
    </div>
  );
};

const Results: React.FC<{ summary: PortfolioSummary }> = ({ summary }) => {
  const styles = useStyles();
  const c = summary.counts;
  return (
    <>
      <Section id="portfolio-counts" title={`Table ${summary.table}`}>
        <Facts
          label="Counts"
          facts={[
            { term: "Rows read", value: String(c.read), strong: true },
            { term: "Evaluated", value: String(c.evaluated) },
            { term: "Rejected", value: String(c.rejected) },
            { term: "Blank rows skipped", value: String(c.blank) },
            { term: "UPB evaluated", value: money(summary.upb) },
            { term: "NPV tests run", value: String(summary.npv.loans) },
            { term: "Workout worth more than foreclosure", value: String(summary.npv.modify) },
            {
              term: "Their benefit over foreclosure",
              value: money(summary.npv.benefit),
              strong: true,
            },
          ]}
        />
      </Section>
      <Section id="portfolio-mix" title="Recommended workouts">
        <Table
          size="extra-small"
          className={styles.table}
          aria-label="Recommended workouts by count and UPB"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Workout</TableHeaderCell>
              <TableHeaderCell className={styles.small} button={{ className: styles.numHead }}>
                Loans
              </TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numHead }}>UPB</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.mix.map((m) => (
              <TableRow key={m.ruleSet}>
                <TableCell>
                  {m.ruleSet === "NO_OPTION" || m.ruleSet === "NOT_EVALUATED"
                    ? m.program
                    : m.ruleSet}
                </TableCell>
                <TableCell className={styles.num}>{m.count}</TableCell>
                <TableCell className={styles.num}>{money(m.upb)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section id="portfolio-exceptions" title={`Exceptions (${summary.exceptions.length})`}>
        {summary.headerProblems.map((p) => (
          <Body1 as="p" key={p} className={styles.p}>
            {p}
          </Body1>
        ))}
        {summary.exceptions.length === 0 ? (
          <Body1 as="p" className={styles.p}>
            Every row passed validation.
          </Body1>
        ) : (
          <Table
            size="extra-small"
            className={styles.table}
            aria-label="Rows rejected by validation"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.row}>Row</TableHeaderCell>
                <TableHeaderCell>Problem</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.exceptions.slice(0, SHOWN_EXCEPTIONS).map((x, i) => (
                <TableRow key={i}>
                  <TableCell>{x.row}</TableCell>
                  <TableCell className={styles.exception}>{x.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {summary.exceptions.length > SHOWN_EXCEPTIONS ? (
          <Caption1>
            The first {SHOWN_EXCEPTIONS} of {summary.exceptions.length} problems are shown.
          </Caption1>
        ) : null}
        <Caption1>Counts reconcile: rows read = evaluated + rejected.</Caption1>
      </Section>
    </>
  );
};

export default PortfolioPage;
