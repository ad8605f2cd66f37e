import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueLoad } from "../catalogue";
import type { HostInfo } from "../host";
import { FunctionsPage } from "../pages/FunctionsPage";
import { About } from "./About";
import { Header } from "./Header";
import { HostNote } from "./HostNote";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    flexGrow: 1,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  host: HostInfo;
  loadCatalogue: () => Promise<CatalogueLoad>;
}

export const App: React.FC<AppProps> = ({ host, loadCatalogue }) => {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Header title="LM Workbench" tagline="Mortgage loss-mitigation analysis in Excel" />
      <main className={styles.main}>
        <About />
        <FunctionsPage loadCatalogue={loadCatalogue} />
      </main>
      <HostNote info={host} />
    </div>
  );
};
