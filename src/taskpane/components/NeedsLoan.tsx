import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Analysis } from "../case/analysis";
import { useNavigation } from "../workbench/navigation-context";

/** Said on a loan page when there is no loan yet, or when the loan's fields or the settings do not read. */
export const NeedsLoan: React.FC<{ analysis: Exclude<Analysis, { status: "ready" }> }> = ({
  analysis,
}) => {
  const { go } = useNavigation();
  if (analysis.status === "loading") return <Spinner size="small" label="Reading the loan…" />;
  const invalid = analysis.status === "invalid" ? analysis : undefined;
  const settings = invalid?.cause === "settings";
  return (
    <MessageBar intent={invalid ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {settings
            ? "The workbook's settings have values to fix."
            : invalid
              ? "The loan has fields to fix."
              : "No loan yet."}
        </MessageBarTitle>
        {invalid
          ? invalid.issues.map((i) => i.reason).join(" ")
          : "Select a loan's row in your loan table, pick a sample loan, or fill the form on the Loan page."}
      </MessageBarBody>
      <MessageBarActions>
        {settings ? (
          <Button onClick={() => go("settings")}>Go to the Settings page</Button>
        ) : (
          <Button onClick={() => go("loan")}>Go to the Loan page</Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
};
