import * as React from "react";
import { FluentProvider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../workbook/host-types";
import { PAGES, pageById, type PageId } from "../pages/page-table";
import { usePaneTheme } from "../theme/use-pane-theme";
import { HostProvider, useHost } from "../workbench/host-context";
import { LoanProvider, useLoan } from "../workbench/loan-context";
import { NavigationProvider } from "../workbench/navigation-context";
import { SettingsProvider } from "../workbench/settings-context";
import { Header } from "./Header";
import { HostNote } from "./HostNote";
import { PageBoundary } from "./PageBoundary";
import { PageNav } from "./PageNav";
import { StepButtons } from "./StepButtons";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    outlineStyle: "none",
  },
  loanId: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
});

export interface AppProps {
  host: Host;
  /** The first page shown (the Loan page by default). */
  initialPage?: PageId;
  /** Today's date, YYYY-MM-DD (read from the clock when not given). */
  today?: string;
}

/** The task pane: the workbook it works in, its settings, the current loan and the pages. */
export const App: React.FC<AppProps> = ({ host, initialPage, today }) => {
  const styles = useStyles();
  const { theme } = usePaneTheme(host);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <HostProvider host={host}>
        <SettingsProvider today={today}>
          <LoanProvider>
            <Shell initialPage={initialPage ?? PAGES[0].id} />
          </LoanProvider>
        </SettingsProvider>
      </HostProvider>
    </FluentProvider>
  );
};

const Shell: React.FC<{ initialPage: PageId }> = ({ initialPage }) => {
  const styles = useStyles();
  const host = useHost();
  const loan = useLoan();
  const [page, setPage] = React.useState<PageId>(initialPage);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const focusHeading = React.useRef(false);

  const navigation = React.useMemo(
    () => ({
      page,
      go: (id: PageId) => {
        focusHeading.current = true;
        setPage(id);
      },
    }),
    [page]
  );
  React.useEffect(() => {
    // After a step button or an in-page link, keyboard and screen-reader users land on the new page.
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, [page]);

  const entry = pageById(page);
  const Page = entry.component;
  const investor = loan.reading?.record.investor;
  const loanLabel = loan.loanId
    ? `Loan ${loan.loanId}${investor ? ` · ${investor}` : ""}`
    : loan.draft.source.kind === "form"
      ? "New loan"
      : "No loan yet";

  return (
    <NavigationProvider value={navigation}>
      <div className={styles.root}>
        <Header title="LM Workbench" loan={loanLabel} />
        <PageNav current={page} go={setPage} />
        <main className={styles.main} aria-labelledby="page-title">
          <h2 id="page-title" ref={heading} tabIndex={-1} className={styles.heading}>
            {entry.title}
            {entry.onLoan && loan.loanId ? (
              <span className={styles.loanId}> · Loan {loan.loanId}</span>
            ) : null}
          </h2>
          <PageBoundary page={page}>
            <React.Suspense fallback={<Spinner size="small" label="Loading the page…" />}>
              <Page />
            </React.Suspense>
          </PageBoundary>
          {entry.onLoan ? <StepButtons page={page} go={navigation.go} /> : null}
        </main>
        <HostNote info={host.info} kind={host.kind} />
      </div>
    </NavigationProvider>
  );
};
