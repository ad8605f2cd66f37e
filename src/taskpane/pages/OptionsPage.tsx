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
import type { CaseOption, LoanCase } from "../../report/sheets/case/loan-case";
import { optionTitle } from "../../report/sheets/parts/outcomes";
import { useAnalysis } from "../case/use-analysis";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  works: { width: "28%" },
  pi: { width: "30%", textAlign: "end" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
});

/** The recommended option first, then the others in the investor's order. */
function inOrder(c: LoanCase): readonly CaseOption[] {
  const r = c.recommended;
  return r ? [r, ...c.options.filter((o) => o !== r)] : c.options;
}

function worksText(c: LoanCase, o: CaseOption): string {
  if (!o.evaluation) return "Not evaluated";
  return o.works ? (o === c.recommended ? "Yes, first" : "Yes") : "No";
}

/** Every option of the investor's order side by side (the recommended first), then each in detail. */
const OptionsPage: React.FC = () => {
  const styles = useStyles();
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  const c = analysis.case;
  const options = inOrder(c);
  return (
    <div className={styles.root}>
      <Summary c={c} options={options} />
      {options.map((o, i) => (
        <OptionCard key={o.id} option={o} recommended={o === c.recommended} index={i} />
      ))}
      <NpvCard npv={c.npv} />
      <WriteAction request={{ kind: "comparison", case: c, inputs: {} }} />
    </div>
  );
};

const Summary: React.FC<{ c: LoanCase; options: readonly CaseOption[] }> = ({ c, options }) => {
  const styles = useStyles();
  const r = c.recommended;
  return (
    <>
      <Body1 as="p" className={styles.p}>
        {r
          ? `Recommended: ${optionTitle(r)}, the first option in the ${c.investor} order that works.`
          : c.auto.ok
            ? `No option in the ${c.investor} order works for this loan.`
            : `No recommendation: ${c.auto.issues.map((i) => i.reason).join("; ")}.`}
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
          {options.map((o) => (
            <TableRow key={o.id}>
              <TableCell>{o.id}</TableCell>
              <TableCell>{worksText(c, o)}</TableCell>
              <TableCell className={styles.pi}>{money(o.evaluation?.newPi)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

export default OptionsPage;
