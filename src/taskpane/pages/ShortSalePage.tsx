import * as React from "react";
import { Body1, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Facts, type Fact } from "../components/Facts";
import { NeedsLoan } from "../components/NeedsLoan";
import { Section } from "../components/Section";
import { WriteAction } from "../components/WriteAction";
import { money, percent } from "../format/amounts";
import { useAnalysis, type Analysis } from "../options/use-analysis";
import { settle, type SettlementResult } from "../short-sale/settlement";
import {
  LINE_FIELDS,
  linesFrom,
  startingLines,
  type LineKey,
  type LineTexts,
} from "../short-sale/settlement-texts";
import { SHORT_SALE_RULES } from "../../core/programs/short-sale";
import { CUSTOMARY_MAX_COMMISSION } from "../../core/short-sale";
import { fractionAsPercent } from "../loan/field-table";
import type { OptionRow } from "../options/compare-options";
import { worksheetBase } from "../write/worksheet-base";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
});

type Ready = Extract<Analysis, { status: "ready" }>;

const SHORT_SALE_IDS: readonly string[] = Object.values(SHORT_SALE_RULES).map((r) => r.id);

/** The investor's short sale: the option of its order that is one. */
function shortSaleRow(a: Ready): OptionRow | undefined {
  if (!a.comparison.ok) return undefined;
  return a.comparison.value.rows.find((r) => SHORT_SALE_IDS.includes(r.ruleSet));
}

/** The settlement lines, the net proceeds against the investor's minimum, and the deficiency. */
const ShortSalePage: React.FC = () => {
  const styles = useStyles();
  const analysis = useAnalysis();
  if (analysis.status !== "ready") return <NeedsLoan analysis={analysis} />;
  const row = shortSaleRow(analysis);
  const start = row?.evaluation ? startingLines(row.evaluation) : undefined;
  if (!row?.evaluation || !start) {
    const why = row?.reason;
    return (
      <Body1 as="p" className={styles.p} role="status">
        No short sale can be worked out for this loan{why ? `: ${why}` : "."}
      </Body1>
    );
  }
  return (
    <NetSheet analysis={analysis} row={row} start={start} key={analysis.record.loan_id ?? ""} />
  );
};

const NetSheet: React.FC<{ analysis: Ready; row: OptionRow; start: LineTexts }> = ({
  analysis,
  row,
  start,
}) => {
  const styles = useStyles();
  const { values } = useSettings();
  const [texts, setTexts] = React.useState<LineTexts>(start);
  const { lines, problems } = linesFrom(texts);
  const e = row.evaluation!;
  const r = analysis.record;
  const result = lines ? settle(lines, e, r.upb, r.property_value) : undefined;
  const hasMinimum = result?.minimumNet !== undefined;
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p}>
        {row.program} ({row.ruleSet}): {row.reason}
      </Body1>
      <Section id="lines" title="Settlement lines">
        <div className={styles.fields}>
          {LINE_FIELDS.filter((f) => f.key !== "marketingDays" || hasMinimum).map((f) => (
            <Field
              key={f.key}
              label={f.label}
              validationState={problems[f.key] ? "error" : "none"}
              validationMessage={problems[f.key]}
              hint={
                f.key === "commissionRate" && result
                  ? `Commission ${money(result.commission)}`
                  : undefined
              }
            >
              <Input
                value={texts[f.key]}
                inputMode={f.kind === "days" ? "numeric" : "decimal"}
                autoComplete="off"
                onChange={(_e, d) => setTexts((t) => ({ ...t, [f.key as LineKey]: d.value }))}
              />
            </Field>
          ))}
        </div>
      </Section>
      {result ? <NetFacts result={result} /> : null}
      <WriteAction
        kind="short-sale"
        disabledReason={result ? undefined : "Correct the settlement lines first."}
        input={() =>
          result
            ? { ...worksheetBase("short-sale", analysis, values), settlement: result }
            : undefined
        }
      />
    </div>
  );
};

const NetFacts: React.FC<{ result: SettlementResult }> = ({ result }) => {
  const styles = useStyles();
  const m = result.minimumNet;
  const facts: Fact[] = [
    { term: "Net proceeds", value: money(result.netProceeds), strong: true },
    ...(m
      ? [
          {
            term: `Investor's minimum net (${fractionAsPercent(m.share)} of value)`,
            value: money(m.amount),
          },
          { term: "Minimum net met", value: m.met ? "Yes" : "No", strong: true },
        ]
      : []),
    { term: "Total debt", value: money(result.totalDebt) },
    {
      term: result.deficiency !== undefined && result.deficiency < 0 ? "Surplus" : "Deficiency",
      value: money(result.deficiency === undefined ? undefined : Math.abs(result.deficiency)),
      strong: true,
    },
    {
      term: "Loss severity (of UPB)",
      value:
        result.deficiency !== undefined && result.deficiency > 0
          ? percent(result.lossSeverity)
          : "None",
    },
  ];
  return (
    <Section id="net" title={`Net proceeds (${result.ruleSet})`}>
      <Facts label="Net proceeds" facts={facts} />
      {m ? (
        <Caption1 className={styles.note}>
          Minimum for {m.marketingDays} days on the market; the investor keeps the figure
          confidential.
        </Caption1>
      ) : (
        <Caption1 className={styles.note}>
          This investor&apos;s rule set has no minimum net.
        </Caption1>
      )}
      {result.commissionAboveCustomary ? (
        <Caption1>
          The commission is above the customary{" "}
          {fractionAsPercent(CUSTOMARY_MAX_COMMISSION.toString())} of the price.
        </Caption1>
      ) : null}
    </Section>
  );
};

export default ShortSalePage;
