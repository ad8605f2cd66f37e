import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { LoanSource } from "../../loan/loan-draft";
import { useHost } from "../../workbench/host-context";
import { useLoan } from "../../workbench/loan-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  p: { marginTop: 0, marginBottom: 0 },
});

/** Where the loan came from, in words. */
export function describeSource(source: LoanSource): string {
  switch (source.kind) {
    case "none":
      return "No loan yet.";
    case "form":
      return "Typed into the form.";
    case "row":
      return `From ${source.table === source.sheet ? `sheet ${source.sheet}` : `table ${source.table}`}, row ${source.rowNumber}${source.edited ? ", changed here (the workbook is not changed)" : ""}.`;
  }
}

/** The loan's source, reading the selected row, following the selection, and their messages. */
export const SourceBar: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const loan = useLoan();
  const { status } = loan;
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.p} role="status">
        {describeSource(loan.draft.source)}
      </Body1>
      <div className={styles.actions}>
        {host.browse ? null : (
          <>
            <Button icon={<TableSimpleRegular />} onClick={() => void loan.readSelection()}>
              Use selected row
            </Button>
            <Switch
              checked={loan.follow}
              onChange={(_e, data) => loan.setFollow(data.checked)}
              label="Follow the selection"
            />
          </>
        )}
        <Button appearance="subtle" icon={<DocumentAddRegular />} onClick={loan.startForm}>
          New loan
        </Button>
      </div>
      {status.kind === "reading" ? (
        <Spinner size="tiny" labelPosition="after" label="Reading the selected row…" />
      ) : null}
      {status.kind === "failed" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{status.reason}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === "waiting" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Row {status.row.rowNumber} of {status.row.table} is selected. Your changes to this loan
            are kept until you use it.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => loan.takeRow(status.row)}>Use row {status.row.rowNumber}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
};
