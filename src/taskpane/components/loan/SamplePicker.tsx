import * as React from "react";
import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnOf } from "../../loan/loan-draft";
import type { Cell } from "../../loan/field-table";
import type { LoanTable } from "../../workbook/host-types";
import { useHost } from "../../workbench/host-context";
import { useLoan } from "../../workbench/loan-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  table: { tableLayout: "fixed", width: "100%" },
  id: { width: "34%" },
  numeric: { textAlign: "end" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  currentLink: { fontWeight: tokens.fontWeightSemibold },
  caption: { color: tokens.colorNeutralForeground3 },
});

function useTables(): readonly LoanTable[] {
  const host = useHost();
  const [tables, setTables] = React.useState<readonly LoanTable[]>([]);
  React.useEffect(() => {
    let current = true;
    void host.browse?.tables().then((t) => current && setTables(t));
    return () => {
      current = false;
    };
  }, [host]);
  return tables;
}

function cellOf(table: LoanTable, row: readonly Cell[], field: string): string {
  const i = columnOf(table.headers, field);
  const v = i < 0 ? undefined : row[i];
  return v === undefined || v === null ? "" : String(v);
}

/** The in-browser workbook's loans as a table: picking one selects its row, as a click in Excel would. */
export const SamplePicker: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const loan = useLoan();
  const tables = useTables();
  const source = loan.draft.source;
  if (!host.browse) return null;

  const pick = async (table: LoanTable, index: number) => {
    await host.browse?.selectRow(table.table, index);
    await loan.readSelection();
  };

  return (
    <>
      {tables.map((table) => (
        <section key={table.table} className={styles.root} aria-labelledby={`table-${table.table}`}>
          <h3 id={`table-${table.table}`} style={{ margin: 0, fontSize: "inherit" }}>
            Sample loans ({table.rows.length})
          </h3>
          <Caption1 className={styles.caption}>
            Pick a loan: its row is read as Excel would read it. Past due: payments.
          </Caption1>
          <Table size="extra-small" className={styles.table} aria-label="Sample loans">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.id}>Loan</TableHeaderCell>
                <TableHeaderCell>Investor</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell className={styles.numeric} button={{ className: styles.numHead }}>
                  Past due
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, index) => {
                const id = cellOf(table, row, "loan_id");
                const current =
                  source.kind === "row" &&
                  source.table === table.table &&
                  source.rowNumber === table.firstRowNumber + index;
                return (
                  <TableRow
                    key={index}
                    className={current ? styles.current : undefined}
                    aria-current={current ? "true" : undefined}
                  >
                    <TableCell>
                      <Link
                        as="button"
                        className={current ? styles.currentLink : undefined}
                        onClick={() => void pick(table, index)}
                        aria-label={`Use loan ${id}, ${cellOf(table, row, "borrower_name")}`}
                      >
                        {id}
                      </Link>
                    </TableCell>
                    <TableCell>{cellOf(table, row, "investor")}</TableCell>
                    <TableCell>{cellOf(table, row, "property_state")}</TableCell>
                    <TableCell className={styles.numeric}>
                      {cellOf(table, row, "months_delinquent")}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </section>
      ))}
    </>
  );
};
