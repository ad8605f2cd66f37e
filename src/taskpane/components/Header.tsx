import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  loan: {
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForegroundOnBrand,
  },
});

export interface HeaderProps {
  title: string;
  /** "Loan 1001 · FNMA", or what to do when there is no loan yet. */
  loan: string;
}

export const Header: React.FC<HeaderProps> = ({ title, loan }) => {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Text as="h1" className={styles.title}>
        {title}
      </Text>
      <Caption1 className={styles.loan} aria-label={`Current loan: ${loan}`} title={loan}>
        {loan}
      </Caption1>
    </header>
  );
};
