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
import { canWrite, writeWorksheet } from "../write/write-worksheet";
import type { WorksheetInput } from "../write/worksheet-input";
import { useHost } from "../workbench/host-context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
  },
  note: { color: tokens.colorNeutralForeground3 },
});

function useWriteAction(input: () => WorksheetInput | undefined, kind: WorksheetInput["kind"]) {
  const host = useHost();
  const [available, setAvailable] = React.useState<boolean | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<WriteOutcome | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    void canWrite(kind).then((a) => current && setAvailable(a));
    return () => {
      current = false;
    };
  }, [kind]);
  const write = async () => {
    const given = input();
    if (!given) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await writeWorksheet(host, given));
    } finally {
      setBusy(false);
    }
  };
  return { available, busy, outcome, write };
}

/** A "Write …" button: writes the worksheet and says where it went, or why it could not. */
export const WriteAction: React.FC<{
  kind: WorksheetInput["kind"];
  input: () => WorksheetInput | undefined;
  disabledReason?: string;
}> = ({ kind, input, disabledReason }) => {
  const styles = useStyles();
  const entry = WORKSHEETS[kind];
  const { available, busy, outcome, write } = useWriteAction(input, kind);
  const unavailable = available === false;
  // Until the builder is known to be there, the button waits (a moment: it is a module lookup).
  const blocked = Boolean(disabledReason) || available !== true;
  const noteId = `write-note-${kind}`;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        icon={busy ? <Spinner size="tiny" /> : <DocumentAddRegular />}
        disabledFocusable={blocked || busy}
        onClick={() => void write()}
        aria-describedby={disabledReason || unavailable ? noteId : undefined}
      >
        {entry.action}
      </Button>
      {disabledReason || unavailable ? (
        <Caption1 id={noteId} className={styles.note}>
          {disabledReason ??
            "This version of LM Workbench does not include this worksheet yet; the figures above are what it will hold."}
        </Caption1>
      ) : null}
      {outcome ? (
        <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody role={outcome.ok ? "status" : "alert"}>
            {outcome.ok ? `Written: ${outcome.written}.` : outcome.reason}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};
