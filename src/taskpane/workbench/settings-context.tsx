import * as React from "react";
import type { SettingsValues, WriteOutcome } from "../workbook/host-types";
import { localToday } from "../settings/local-today";
import { useHost } from "./host-context";

export interface SettingsState {
  /** False until the workbook's settings have been read. */
  readonly loaded: boolean;
  readonly values: SettingsValues;
  /** Today's date in the pane's time zone (the as-of date when none is set). */
  readonly today: string;
  save(values: SettingsValues): Promise<WriteOutcome>;
}

const SettingsContext = React.createContext<SettingsState | undefined>(undefined);

/** The workbook's own settings, read once when the pane opens and saved from the Settings page. */
export const SettingsProvider: React.FC<{ children: React.ReactNode; today?: string }> = ({
  children,
  today,
}) => {
  const host = useHost();
  const [values, setValues] = React.useState<SettingsValues>({});
  const [loaded, setLoaded] = React.useState(false);
  const day = React.useMemo(() => today ?? localToday(new Date()), [today]);

  React.useEffect(() => {
    let current = true;
    host.loadSettings().then(
      (v) => {
        if (!current) return;
        setValues(v);
        setLoaded(true);
      },
      () => current && setLoaded(true)
    );
    return () => {
      current = false;
    };
  }, [host]);

  const save = React.useCallback(
    async (next: SettingsValues) => {
      const outcome = await host.saveSettings(next);
      if (outcome.ok) setValues({ ...next });
      return outcome;
    },
    [host]
  );

  const state = React.useMemo(
    () => ({ loaded, values, today: day, save }),
    [loaded, values, day, save]
  );
  return <SettingsContext.Provider value={state}>{children}</SettingsContext.Provider>;
};

export function useSettings(): SettingsState {
  const s = React.useContext(SettingsContext);
  if (!s) throw new Error("useSettings outside SettingsProvider");
  return s;
}
