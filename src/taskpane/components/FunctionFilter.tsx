import * as React from "react";
import { Field, SearchBox } from "@fluentui/react-components";

export interface FunctionFilterProps {
  value: string;
  onChange: (value: string) => void;
}

export const FunctionFilter: React.FC<FunctionFilterProps> = ({ value, onChange }) => (
  <Field label="Filter functions" hint="By name or description, e.g. payment or DTI.">
    <SearchBox value={value} onChange={(_event, data) => onChange(data.value)} autoComplete="off" />
  </Field>
);
