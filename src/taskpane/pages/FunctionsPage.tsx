import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { fetchCatalogue, filterCatalogue, type CatalogueLoad } from "../catalogue";
import { useCatalogue } from "../useCatalogue";
import { FunctionFilter } from "../components/FunctionFilter";
import { FunctionList } from "../components/FunctionList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  count: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground3,
  },
});

export interface FunctionsPageProps {
  loadCatalogue: () => Promise<CatalogueLoad>;
}

/** The LM function reference: every registered function, filterable, each with its help page. */
export const FunctionsPage: React.FC<FunctionsPageProps> = ({ loadCatalogue }) => {
  const styles = useStyles();
  const { state, retry } = useCatalogue(loadCatalogue);
  const [query, setQuery] = React.useState("");

  let body: React.ReactNode;
  if (state.status === "loading") {
    body = <Spinner size="tiny" labelPosition="after" label="Loading the function list…" />;
  } else if (state.status === "failed") {
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The function list could not be loaded.</MessageBarTitle>
          {state.reason} The LM functions in Excel are not affected.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else {
    const shown = filterCatalogue(state.functions, query);
    const total = state.functions.length;
    body = (
      <>
        <FunctionFilter value={query} onChange={setQuery} />
        <Body1 as="p" className={styles.count} role="status" aria-live="polite">
          {shown.length === total
            ? `${total} functions`
            : shown.length === 0
              ? `No function matches “${query.trim()}”.`
              : `${shown.length} of ${total} functions`}
        </Body1>
        <FunctionList functions={shown} />
      </>
    );
  }

  return (
    <section aria-label="Function reference" className={styles.root}>
      <Body1 as="p" className={styles.count}>
        The LM functions for your own formulas: type =LM. in a cell.
      </Body1>
      {body}
    </section>
  );
};

/* global fetch */

const loadOverHttp = () => fetchCatalogue((url) => fetch(url, { cache: "no-cache" }));

/** The page as the pane shows it: the catalogue read from functions.json beside taskpane.html. */
const FunctionsReference: React.FC = () => <FunctionsPage loadCatalogue={loadOverHttp} />;
export default FunctionsReference;
