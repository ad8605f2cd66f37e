import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FIELD_LABELS } from "../loan/form-groups";
import { FIELD_TABLE, type FieldName } from "../loan/field-table";
import { FirstRun } from "../components/loan/FirstRun";
import { LoanForm } from "../components/loan/LoanForm";
import { LoanSummary } from "../components/loan/LoanSummary";
import type { LoanSource } from "../loan/loan-draft";
import { SamplePicker } from "../components/loan/SamplePicker";
import { SourceBar } from "../components/loan/SourceBar";
import { useLoan } from "../workbench/loan-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

function labelOf(field: string): string {
  return field in FIELD_TABLE ? FIELD_LABELS[field as FieldName] : field;
}

/** A new source (another row, or a new form) opens the form afresh. */
function sourceKey(s: LoanSource): string {
  return s.kind === "row" ? `${s.table}:${s.rowNumber}` : s.kind;
}

/** The loan: from the selected row of a loan table, or typed into the form, checked field by field. */
const LoanPage: React.FC = () => {
  const styles = useStyles();
  const loan = useLoan();
  const none = loan.draft.source.kind === "none";
  const issues = loan.reading?.issues ?? [];
  return (
    <div className={styles.root}>
      {none ? <FirstRun /> : <SourceBar />}
      {none ? <SamplePicker /> : null}
      {issues.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {issues.length === 1
                ? "One field needs attention"
                : `${issues.length} fields need attention`}
            </MessageBarTitle>
            {issues.map((i) => labelOf(i.field)).join(", ")}: see the messages below.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {none ? null : <LoanSummary />}
      {none ? null : <LoanForm key={sourceKey(loan.draft.source)} />}
      {none ? null : <SamplePicker />}
    </div>
  );
};

export default LoanPage;
