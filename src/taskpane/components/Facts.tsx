import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.2fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: 0,
    marginBottom: 0,
  },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: {
    marginLeft: 0,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface Fact {
  readonly term: string;
  readonly value: React.ReactNode;
  readonly strong?: boolean;
}

/** Label and value pairs, values right-aligned for reading down a column of amounts. */
export const Facts: React.FC<{ facts: readonly Fact[]; label?: string }> = ({ facts, label }) => {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {facts.map((f) => (
        <React.Fragment key={f.term}>
          <dt className={mergeClasses(styles.term, f.strong && styles.strong)}>{f.term}</dt>
          <dd className={mergeClasses(styles.value, f.strong && styles.strong)}>{f.value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
};
