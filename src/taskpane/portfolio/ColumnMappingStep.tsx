import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, PlayRegular } from "@fluentui/react-icons";
import type { HeaderReading } from "../../core/portfolio";
import type { FieldName } from "../loan/field-table";
import { type ColumnMapping, fieldsOffered, stillMissing } from "./column-mapping";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  p: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  select: { width: "100%" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

function useMapping(reading: HeaderReading) {
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const set = (column: number, field: string) =>
    setMapping((m) => {
      const next: Record<number, FieldName> = { ...m };
      if (field === "") delete next[column];
      else next[column] = field as FieldName;
      return next;
    });
  return { mapping, set, missing: stillMissing(reading, mapping) };
}

/**
 * The columns of the table the record does not know, each with a list of the record's fields no
 * other column gives ("Not read" leaves it out), and the fields every loan needs that no column
 * gives yet. Run goes on with the columns so named; Cancel leaves the table as it is.
 */
export const ColumnMappingStep: React.FC<{
  table: string;
  reading: HeaderReading;
  onRun: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}> = ({ table, reading, onRun, onCancel }) => {
  const styles = useStyles();
  const { mapping, set, missing } = useMapping(reading);
  return (
    <section className={styles.root} aria-label="Column mapping">
      <Body1 as="p" className={styles.p}>
        {reading.unread.length
          ? `Table ${table} has ${reading.unread.length === 1 ? "a column" : `${reading.unread.length} columns`} whose header is not a loan field or one of its usual names. Say which field each holds, or leave it unread.`
          : `Table ${table} lacks fields every loan needs.`}
      </Body1>
      {reading.unread.map((c) => (
        <Field key={c.index} label={`Column “${c.header}”`}>
          <Select
            className={styles.select}
            value={mapping[c.index] ?? ""}
            onChange={(_e, data) => set(c.index, data.value)}
          >
            <option value="">Not read</option>
            {fieldsOffered(reading, mapping, c.index).map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {reading.repeated.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {`More than one column gives ${reading.repeated.join(", ")}: keep one in the table, then run again.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {missing.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`No column gives ${missing.join(", ")}, which every loan needs.`}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabledFocusable={missing.length > 0 || reading.repeated.length > 0}
          onClick={() => onRun(mapping)}
        >
          Run with these columns
        </Button>
        <Button icon={<DismissRegular />} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
};
