import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueFunction } from "../catalogue";
import { exampleFor } from "../examples";
import { FunctionCard } from "./FunctionCard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    listStyleType: "none",
  },
});

export const FunctionList: React.FC<{ functions: readonly CatalogueFunction[] }> = ({
  functions,
}) => {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label="LM functions">
      {functions.map((fn) => (
        <li key={fn.id}>
          <FunctionCard fn={fn} example={exampleFor(fn.id)} />
        </li>
      ))}
    </ul>
  );
};
