import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  large: { fontSize: tokens.fontSizeBase400 },
});

/**
 * A titled card of a page (an h3 under the page's h2); a `large` heading for the card a page leads
 * with (the first-run steps).
 */
export const Section: React.FC<{
  id: string;
  title: React.ReactNode;
  children: React.ReactNode;
  aside?: React.ReactNode;
  headingSize?: "medium" | "large";
}> = ({ id, title, children, aside, headingSize = "medium" }) => {
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.root}>
      <h3 id={id} className={mergeClasses(styles.heading, headingSize === "large" && styles.large)}>
        {title}
      </h3>
      {aside}
      {children}
    </section>
  );
};
