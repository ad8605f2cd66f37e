import * as React from "react";
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { FIELD_LABELS, KIND_HINTS } from "../../loan/form-groups";
import {
  INVESTORS,
  OCCUPANCIES,
  cellText,
  fieldKind,
  type Cell,
  type FieldName,
} from "../../loan/field-table";

const useStyles = makeStyles({
  input: { width: "100%" },
});

/** The canonical values of an enum field (investor, occupancy). */
const CHOICES: { readonly [F in FieldName]?: readonly string[] } = {
  investor: INVESTORS,
  occupancy: OCCUPANCIES,
};

export interface LoanFieldInputProps {
  field: FieldName;
  cell: Cell;
  onChange: (field: FieldName, text: string) => void;
  /** The parser's sentence for this field's value. */
  error?: string;
  /** Said when the field is empty but the options need it. */
  warning?: string;
  /** What applies when the field is empty (a computed value or a setting). */
  fallback?: string;
  required?: boolean;
}

/** One field of the loan form: its label, its input, and the parser's verdict beside it. */
export const LoanFieldInput: React.FC<LoanFieldInputProps> = (props) => {
  const styles = useStyles();
  const { field, cell, onChange, error, warning, fallback, required } = props;
  const kind = fieldKind(field);
  const text = cellText(field, cell);
  const hint = [fallback, KIND_HINTS[kind]].filter(Boolean).join(". ") || undefined;
  const state = error ? "error" : warning ? "warning" : "none";
  const message = error ?? warning;
  const label = FIELD_LABELS[field];
  const choices = kind === "flag" ? ["Yes", "No"] : CHOICES[field];

  return (
    <Field
      label={label}
      hint={message ? undefined : hint}
      validationState={state}
      validationMessage={message}
      required={required}
    >
      {choices ? (
        <Select
          className={styles.input}
          value={text}
          onChange={(_e, data) => onChange(field, data.value)}
        >
          <option value="">{kind === "flag" ? "Not stated" : "Choose…"}</option>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          {text !== "" && !choices.includes(text) ? <option value={text}>{text}</option> : null}
        </Select>
      ) : (
        <Input
          className={styles.input}
          value={text}
          onChange={(_e, data) => onChange(field, data.value)}
          inputMode={kind === "text" || kind === "state" || kind === "date" ? "text" : "decimal"}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </Field>
  );
};
