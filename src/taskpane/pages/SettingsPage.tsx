import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { Section } from "../components/Section";
import { checkSettings, npvDefaultText } from "../settings/check-settings";
import { SAMPLE_MARKET_SETTINGS, SAMPLE_SETTINGS_NOTE } from "../settings/market-defaults";
import { SETTING_FIELDS, SETTING_GROUPS } from "../settings/settings-fields";
import type { SettingsValues, WriteOutcome } from "../workbook/host-types";
import { useHost } from "../workbench/host-context";
import { useSettings } from "../workbench/settings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  p: { marginTop: 0, marginBottom: 0 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

function sameValues(a: SettingsValues, b: SettingsValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? "").trim() !== (b[k] ?? "").trim()) return false;
  return true;
}

/** Market inputs, NPV assumptions and the preparer, saved in the workbook's own settings. */
const SettingsPage: React.FC = () => {
  const styles = useStyles();
  const host = useHost();
  const settings = useSettings();
  const [draft, setDraft] = React.useState<SettingsValues>(settings.values);
  const [outcome, setOutcome] = React.useState<WriteOutcome | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  React.useEffect(() => setDraft(settings.values), [settings.values]);

  const problems = checkSettings(draft);
  const dirty = !sameValues(draft, settings.values);
  const count = Object.keys(problems).length;
  const isSample = host.kind === "browser" && sameValues(settings.values, SAMPLE_MARKET_SETTINGS);

  const save = async () => {
    if (count > 0) return;
    setSaving(true);
    const cleaned = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim()]));
    setOutcome(await settings.save(cleaned));
    setSaving(false);
  };

  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="Settings"
    >
      <Body1 as="p" className={styles.p}>
        Saved with this workbook and used for every loan and worksheet; a value in a loan&apos;s own
        column wins for that loan.
      </Body1>
      {isSample ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{SAMPLE_SETTINGS_NOTE}</MessageBarBody>
        </MessageBar>
      ) : null}
      {SETTING_GROUPS.map((group) => (
        <Section key={group.id} id={`settings-${group.id}`} title={group.title}>
          <div className={styles.fields}>
            {SETTING_FIELDS.filter((f) => f.group === group.id).map((f) => {
              const placeholder =
                f.group === "npv"
                  ? npvDefaultText(f.name)
                  : f.name === "as_of_date"
                    ? settings.today
                    : undefined;
              return (
                <Field
                  key={f.name}
                  label={f.label}
                  hint={
                    problems[f.name]
                      ? undefined
                      : f.group === "npv"
                        ? `${f.hint} Default ${placeholder}.`
                        : f.name === "as_of_date"
                          ? `${f.hint} Today is ${settings.today}.`
                          : f.hint
                  }
                  validationState={problems[f.name] ? "error" : "none"}
                  validationMessage={problems[f.name]}
                >
                  <Input
                    value={draft[f.name] ?? ""}
                    placeholder={placeholder}
                    autoComplete="off"
                    onChange={(_e, d) => {
                      setOutcome(undefined);
                      setDraft((v) => ({ ...v, [f.name]: d.value }));
                    }}
                  />
                </Field>
              );
            })}
          </div>
        </Section>
      ))}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={<SaveRegular />}
          disabledFocusable={!dirty || count > 0 || saving}
        >
          Save settings
        </Button>
        <Body1 role="status">
          {count > 0
            ? `${count === 1 ? "One setting needs" : `${count} settings need`} attention.`
            : dirty
              ? "Not saved yet."
              : ""}
        </Body1>
      </div>
      {outcome ? (
        <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {outcome.ok ? `Saved in ${outcome.written}.` : outcome.reason}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
};

export default SettingsPage;
