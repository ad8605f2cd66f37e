import { Command, Option } from "commander";
import { PROGRAM_IDS } from "../../core/programs/registry";
import { relabel } from "../../core/result";
import {
  SHEET_KINDS,
  SheetInputKind,
  SheetInputSpec,
  SheetInputs,
  SheetKind,
} from "../../report/sheets";
import { usageError } from "../cli-error";

/**
 * Each worksheet's own options, derived from its inputs in SHEET_KINDS (`first_due_date` becomes
 * `--first-due-date <YYYY-MM-DD>`, with the input's description): a kind's command shows the
 * options it takes; an option only other kinds take is accepted by the parser but refused with
 * the kinds it belongs to, and every value is read by the worksheet's own parser before any tape
 * is opened, so a bad value is a usage error (exit 2).
 */

const PLACEHOLDER: Record<SheetInputKind, string> = {
  months: "<months>",
  date: "<YYYY-MM-DD>",
  program: "<rule set>",
  money: "<amount>",
  rate: "<rate>",
  count: "<n>",
};

/** The option of an input: `--first-due-date`. */
export function optionFlag(spec: SheetInputSpec): string {
  return `--${spec.name.replace(/_/g, "-")}`;
}

interface InputOption {
  readonly spec: SheetInputSpec;
  /** The kinds that take it. */
  readonly kinds: readonly SheetKind[];
}

/** Every input of every kind, once by name, with the kinds that take it. */
export function inputOptions(): readonly InputOption[] {
  const byName = new Map<string, { spec: SheetInputSpec; kinds: SheetKind[] }>();
  for (const k of SHEET_KINDS)
    for (const spec of k.inputs) {
      const entry = byName.get(spec.name) ?? { spec, kinds: [] };
      entry.kinds.push(k);
      byName.set(spec.name, entry);
    }
  return [...byName.values()];
}

function description(spec: SheetInputSpec): string {
  return spec.kind === "program" ? `${spec.description}; AUTO for the default` : spec.description;
}

/** Adds a kind's input options to its command (shown), and every other kind's (hidden, refused). */
export function addInputOptions(cmd: Command, kind: SheetKind): Command {
  for (const { spec, kinds } of inputOptions()) {
    const option = new Option(`${optionFlag(spec)} ${PLACEHOLDER[spec.kind]}`, description(spec));
    cmd.addOption(kinds.includes(kind) ? option : option.hideHelp());
  }
  return cmd;
}

/**
 * The inputs given for a kind, as the worksheet reads them (names, text values), checked by its own
 * parser. An option of another kind, a program that is not a rule set, or a value the worksheet
 * cannot read is a usage error naming the option.
 */
export function sheetInputs(
  kind: SheetKind,
  flags: Readonly<Record<string, unknown>>
): SheetInputs {
  const inputs: Record<string, string> = {};
  const flagOf = new Map<string, string>();
  for (const { spec, kinds } of inputOptions()) {
    const key = new Option(optionFlag(spec)).attributeName();
    const value = flags[key];
    if (value === undefined) continue;
    const text = String(value);
    if (!kinds.includes(kind))
      throw usageError(
        `${optionFlag(spec)} is an option of ${kinds.map((k) => k.id).join(", ")}, not of ${kind.id}${kind.inputs.length ? ` (its options: ${kind.inputs.map(optionFlag).join(", ")})` : ""}`
      );
    if (spec.kind === "program") {
      const id = text.trim().toUpperCase();
      if (!PROGRAM_IDS.includes(id))
        throw usageError(
          `${optionFlag(spec)} ${JSON.stringify(text)} is not a rule set; use one of ${PROGRAM_IDS.join(", ")}`
        );
      if (id === "AUTO") continue;
      inputs[spec.name] = id;
    } else inputs[spec.name] = text;
    flagOf.set(spec.name, optionFlag(spec));
  }
  const read = kind.readInputs(inputs);
  if (!read.ok) {
    const lines = read.issues.map((i) => {
      const flag = flagOf.get(i.field ?? "") ?? i.field ?? "";
      return relabel(i, `${flag} ${JSON.stringify(String(i.value ?? ""))}`);
    });
    throw usageError(lines[0], lines.slice(1));
  }
  return inputs;
}
