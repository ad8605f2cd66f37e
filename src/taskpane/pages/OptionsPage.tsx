import * as React from "react";
import {
  Body1,
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
import { NpvCard } from "../components/options/NpvCard";
import { OptionCard } from "../components/options/OptionCard";
import { WriteAction } from "../components/WriteAction";
import { money } from "../format/amounts";
import type { OptionComparison } from "../options/compare-options";
import { useAnalysis } from "../options/use-analysis";
import { worksheetBase } from "../write/worksheet-base";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0 },
  table: { tableLayout: "fixed", width: "100%" },
  works: { width: "28%" },
  pi: { width: "30%", textAlign: "end" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
});

/** Every option of the investor's order side by side (the recommended first), then each in detail. */
const OptionsPage: React.FC = () => {
  const styles = useStyles();
  const analysis = useAnalysis();
  const { values } = useSettings();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  const c = analysis.comparison;
  if (!c.ok) {
    return (
      <Body1 as="p" className={styles.p} role="status">
        The options cannot be listed: {c.issues.map((i) => i.reason).join("; ")}.
      </Body1>
    );
  }
  return (
    <div className={styles.root}>
      <Summary comparison={c.value} />
      {c.value.rows.map((row, i) => (
        <OptionCard key={row.ruleSet} row={row} index={i} />
      ))}
      <NpvCard npv={analysis.npv} />
      <WriteAction kind="comparison" input={() => worksheetBase("comparison", analysis, values)} />
    </div>
  );
};

const Summary: React.FC<{ comparison: OptionComparison }> = ({ comparison }) => {
  const styles = useStyles();
  const r = comparison.recommended;
  return (
    <>
      <Body1 as="p" className={styles.p}>
        {r
          ? `Recommended: ${r.program} (${r.ruleSet}), the first option in the ${comparison.investor} order that works.`
          : `No option in the ${comparison.investor} order works for this loan.`}
      </Body1>
      <Table size="small" className={styles.table} aria-label="Options side by side">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Option</TableHeaderCell>
            <TableHeaderCell className={styles.works}>Works</TableHeaderCell>
            <TableHeaderCell className={styles.pi} button={{ className: styles.numHead }}>
              New P&amp;I
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.rows.map((row) => (
            <TableRow key={row.ruleSet}>
              <TableCell>{row.ruleSet}</TableCell>
              <TableCell>{row.works ? (row.recommended ? "Yes, first" : "Yes") : "No"}</TableCell>
              <TableCell className={styles.pi}>{money(row.evaluation?.newPi)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

export default OptionsPage;
