import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import type { WriteOutcome } from "../workbook/host-types";
import { WORKSHEETS } from "../write/worksheet-builders";
import { errorText, writeWorksheet, type WorksheetRequest } from "../write/write-worksheet";
import { useHost } from "../workbench/host-context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "stretch",
    minWidth: 0,
  },
  button: { alignSelf: "flex-start" },
  refusal: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  text: { overflowWrap: "anywhere" },
});

type Progress =
  | { readonly state: "idle" }
  | { readonly state: "busy"; readonly step: string }
  | { readonly state: "done"; readonly outcome: WriteOutcome };

function useWriteAction(request: WorksheetRequest) {
  const host = useHost();
  const [progress, setProgress] = React.useState<Progress>({ state: "idle" });
  const busy = progress.state === "busy";
  const write = async () => {
    if (busy) return;
    setProgress({ state: "busy", step: "Starting" });
    let outcome: WriteOutcome;
    try {
      outcome = await writeWorksheet(host, request, {
        onProgress: (step) => setProgress({ state: "busy", step }),
      });
    } catch (error) {
      outcome = {
        ok: false,
        reason: `The worksheet could not be written: ${errorText(error)}`,
      };
    }
    setProgress({ state: "done", outcome });
  };
  return { progress, busy, write };
}

/**
 * A "Write …" button with what happens next to it: the builder's reason when the worksheet cannot
 * be made for this loan, each step while it is written, then the sheet written or why not.
 */
export const WriteAction: React.FC<{
  request: WorksheetRequest;
  /** Why the builder refuses this loan (no arrears, no modification works ...), in its words. */
  refusal?: string;
}> = ({ request, refusal }) => {
  const styles = useStyles();
  const entry = WORKSHEETS[request.kind];
  const { progress, busy, write } = useWriteAction(request);
  const noteId = `write-note-${request.kind}`;
  const outcome = progress.state === "done" ? progress.outcome : undefined;
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={busy ? <Spinner size="tiny" /> : <DocumentAddRegular />}
        disabledFocusable={Boolean(refusal) || busy}
        onClick={() => void write()}
        aria-describedby={refusal ? noteId : undefined}
      >
        {entry.action}
      </Button>
      {refusal ? (
        <Caption1 id={noteId} className={styles.refusal}>
          Cannot be written for this loan: {refusal}
          {/[.!?]$/.test(refusal) ? "" : "."}
        </Caption1>
      ) : null}
      <div role="status" className={styles.status}>
        {progress.state === "busy" ? (
          <Caption1 className={styles.text}>{progress.step}…</Caption1>
        ) : null}
        {outcome?.ok ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.text}>Written: {outcome.written}.</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {outcome && !outcome.ok ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody role="alert" className={styles.text}>
            {outcome.reason}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};
