import * as React from "react";
import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    marginTop: 0,
    marginBottom: 0,
  },
});

export interface HeaderProps {
  title: string;
  tagline: string;
}

export const Header: React.FC<HeaderProps> = ({ title, tagline }) => {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {title}
      </Title3>
      <Body1>{tagline}</Body1>
    </header>
  );
};
