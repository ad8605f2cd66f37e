import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { neighbours, type PageId } from "../pages/page-table";

const useStyles = makeStyles({
  root: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** Previous and next steps of the work on a loan. */
export const StepButtons: React.FC<{ page: PageId; go: (page: PageId) => void }> = ({
  page,
  go,
}) => {
  const styles = useStyles();
  const { previous, next } = neighbours(page);
  return (
    <nav aria-label="Steps" className={styles.root}>
      {previous ? (
        <Button
          appearance="subtle"
          icon={<ChevronLeftRegular />}
          onClick={() => go(previous.id as PageId)}
        >
          {previous.title}
        </Button>
      ) : (
        <span />
      )}
      {next ? (
        <Button
          appearance="subtle"
          icon={<ChevronRightRegular />}
          iconPosition="after"
          onClick={() => go(next.id as PageId)}
        >
          {next.title}
        </Button>
      ) : null}
    </nav>
  );
};
