import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Analysis } from "../options/use-analysis";
import { useNavigation } from "../workbench/navigation-context";

/** Said on a loan page when there is no loan yet, or when the loan's fields do not read. */
export const NeedsLoan: React.FC<{ analysis: Exclude<Analysis, { status: "ready" }> }> = ({
  analysis,
}) => {
  const { go } = useNavigation();
  if (analysis.status === "loading") return <Spinner size="small" label="Reading the loan…" />;
  const invalid = analysis.status === "invalid";
  return (
    <MessageBar intent={invalid ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {invalid ? "The loan has fields to fix." : "No loan yet."}
        </MessageBarTitle>
        {invalid
          ? analysis.issues.map((i) => i.reason).join(" ")
          : "Select a loan's row in your loan table, pick a sample loan, or fill the form on the Loan page."}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => go("loan")}>Go to the Loan page</Button>
      </MessageBarActions>
    </MessageBar>
  );
};
