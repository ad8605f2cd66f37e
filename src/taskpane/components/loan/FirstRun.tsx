import * as React from "react";
import { Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { TableSimpleRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { Section } from "../Section";
import { useHost } from "../../workbench/host-context";
import { useLoan } from "../../workbench/loan-context";
import { useNavigation } from "../../workbench/navigation-context";
import { useSettings } from "../../workbench/settings-context";

const useStyles = makeStyles({
  steps: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  p: { marginTop: 0, marginBottom: 0 },
});

/** What a new user does first: take a loan from a table, or fill the form; and the market inputs. */
export const FirstRun: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const loan = useLoan();
  const { go } = useNavigation();
  const settings = useSettings();
  const marketSet = Boolean(settings.values.pmms?.trim() && settings.values.mod_rate?.trim());
  const inBrowser = Boolean(host.browse);

  return (
    <Section id="first-run" title="Start with a loan" headingSize="large">
      <ol className={styles.steps}>
        {inBrowser ? (
          <li>
            <Body1>
              Pick one of the sample loans below: each investor and most workouts are there.
            </Body1>
          </li>
        ) : (
          <li>
            <Body1>
              In your loan table, select any cell of a loan&apos;s row. Column headers such as Loan
              Number, UPB or Interest Rate are recognized. The pane follows the selected row.
            </Body1>
          </li>
        )}
        <li>
          <Body1>Or type a loan into the form: money as $1,250.50, rates as 6.5%.</Body1>
        </li>
        <li>
          <Body1>
            {marketSet ? "Market inputs are set" : "Set PMMS and the GSE modification rate"} in{" "}
            <Link as="button" onClick={() => go("settings")}>
              Settings
            </Link>
            ; they apply to every loan that lacks them.
          </Body1>
        </li>
        <li>
          <Body1>
            Then work the loan page by page: its options, the plan or the offer, the notice. Each
            page writes its worksheet as a new sheet{inBrowser ? " (here, a downloaded .xlsx)" : ""}
            ; nothing of yours is overwritten.
          </Body1>
        </li>
      </ol>
      <div className={styles.actions}>
        {inBrowser ? null : (
          <Button
            appearance="primary"
            icon={<TableSimpleRegular />}
            onClick={() => void loan.readSelection()}
          >
            Use selected row
          </Button>
        )}
        <Button icon={<DocumentAddRegular />} onClick={loan.startForm}>
          Fill a form
        </Button>
      </div>
      <Body1 as="p" className={styles.p}>
        Every figure is exact to the cent and names the rule set behind it. Nothing leaves this
        workbook.
      </Body1>
    </Section>
  );
};
