import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
  },
  paragraph: {
    marginTop: 0,
    marginBottom: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

/** What LM Workbench is and the promises it makes about numbers and data. */
export const About: React.FC = () => {
  const styles = useStyles();
  return (
    <section aria-labelledby="about-heading" className={styles.root}>
      <Subtitle2 as="h2" id="about-heading" className={styles.heading}>
        About
      </Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        Loss-mitigation analysis in your workbook, for analysts, specialists and managers: payments,
        ratios, repayment plans, modifications and liquidation options as ordinary worksheet
        functions.
      </Body1>
      <ul className={styles.list}>
        <li>
          <Body1>Exact to the cent: decimal arithmetic, money rounded half-up to cents.</Body1>
        </li>
        <li>
          <Body1>Every program result names the rule set it applied.</Body1>
        </li>
        <li>
          <Body1>Borrower data stays in the workbook: nothing is sent over the network.</Body1>
        </li>
      </ul>
    </section>
  );
};
