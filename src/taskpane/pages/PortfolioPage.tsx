import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, DocumentAddRegular, PlayRegular } from "@fluentui/react-icons";
import { ColumnMappingStep } from "../portfolio/ColumnMappingStep";
import { PortfolioResults } from "../portfolio/PortfolioResults";
import { type RunState, usePortfolioRun } from "../portfolio/use-portfolio-run";
import type { Host } from "../workbook/host-types";
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
  write: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

const n = (x: number) => x.toLocaleString("en-US");

/** Where the report goes, as the write button says it. */
function writeLabel(host: Host): string {
  return host.kind === "browser" ? "Download the report (.xlsx)" : "Write the report to new sheets";
}

function progressText(s: RunState): string | undefined {
  if (s.kind === "reading") return "Reading the table…";
  if (s.kind === "running") return `${s.done} of ${s.total} loans evaluated`;
  if (s.kind === "writing") return `${s.step}: ${n(s.rows)} table rows written`;
  return undefined;
}

function progressValue(s: RunState): number | undefined {
  if (s.kind === "running" && s.total > 0) return s.done / s.total;
  if (s.kind === "writing") {
    const total = s.result.summary.counts.evaluated + s.result.exceptionCount;
    return total > 0 ? Math.min(1, s.rows / total) : undefined;
  }
  return undefined;
}

/**
 * Every loan of the selected table through the engine in a worker, with progress and Cancel; its
 * figures; then the portfolio report written through the host (new sheets in Excel, a download in a
 * browser), with progress and Cancel again. Nothing is written until the write is asked for, and a
 * cancelled or failed write leaves the workbook as it was.
 */
const PortfolioPage: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const settings = useSettings();
  const run = usePortfolioRun(host, settings.values, settings.today);
  const s = run.state;
  const busy = s.kind === "reading" || s.kind === "running" || s.kind === "writing";
  const result = "result" in s ? s.result : undefined;
  const progress = progressText(s);

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p}>
        Runs every loan of the selected Excel table through its investor&apos;s options, the NPV
        test and the Reg X dates, and shows the portfolio&apos;s figures. Then writes the portfolio
        report: summary, breakdowns, modification characteristics, Reg X calendar, charts, every
        loan&apos;s results and the rejected rows.
      </Body1>
      <div className={styles.actions}>
        <Button
          appearance={result ? "secondary" : "primary"}
          icon={<PlayRegular />}
          disabledFocusable={busy || s.kind === "mapping"}
          onClick={() => void run.read()}
        >
          {host.browse ? "Run the sample loans" : "Run the selected table"}
        </Button>
        {busy ? (
          <Button icon={<DismissRegular />} onClick={run.cancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      {s.kind === "mapping" ? (
        <ColumnMappingStep
          table={s.table.table}
          reading={s.reading}
          onRun={run.runMapped}
          onCancel={run.cancel}
        />
      ) : null}
      {progress ? (
        <Field label="Progress" validationState="none" validationMessage={progress}>
          <ProgressBar value={progressValue(s)} />
        </Field>
      ) : null}
      {s.kind === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled: nothing was written.</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.kind === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody role="alert">{s.reason}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <PortfolioResults result={result}>
          <div className={styles.write}>
            <Button
              appearance="primary"
              icon={s.kind === "writing" ? <Spinner size="tiny" /> : <DocumentAddRegular />}
              disabledFocusable={busy}
              onClick={() => void run.write()}
            >
              {writeLabel(host)}
            </Button>
            {s.kind === "written" ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody role="status">{`Written: ${s.written}.`}</MessageBarBody>
              </MessageBar>
            ) : null}
          </div>
        </PortfolioResults>
      ) : null}
    </div>
  );
};

export default PortfolioPage;
