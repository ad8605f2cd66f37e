import { Command, Option } from "commander";
import { PROGRAM_IDS } from "../core/programs/registry";
import { MarketSettings, SettingLabels, resolveSettings } from "../core/portfolio";
import { usageError } from "./cli-error";

/** The options every tape command shares, as commander hands them over. */
export interface TapeFlags {
  readonly sheet?: string;
  readonly program?: string;
  readonly asOf?: string;
  readonly pmms?: string;
  readonly modRate?: string;
  readonly npv?: readonly string[];
  readonly quiet?: boolean;
  readonly workers?: string;
}

/** The same options, checked: the program id known, every setting read by the tape's own parser. */
export interface RunOptions {
  readonly sheet?: string;
  readonly program: string;
  readonly settings: MarketSettings;
  readonly quiet: boolean;
  /** Worker threads; undefined lets the run decide from the tape's size and the machine. */
  readonly workers?: number;
}

export const OPTION_LABELS: SettingLabels = {
  pmms: "--pmms",
  modRate: "--mod-rate",
  asOfDate: "--as-of",
  npv: "--npv",
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the shared options to a command. `programs` is false for commands with no program choice,
 * `workers` for commands that run in one thread. */
export function tapeOptions(cmd: Command, programs = true, workers = true): Command {
  cmd.option("--sheet <name>", "the worksheet of an .xlsx tape to read (default: the first)");
  if (programs)
    cmd.option(
      "--program <id>",
      `AUTO (each investor's waterfall, in order) or one rule set: ${PROGRAM_IDS.filter((p) => p !== "AUTO").join(", ")}`,
      "AUTO"
    );
  cmd
    .option("--as-of <YYYY-MM-DD>", "the evaluation date, for loans whose as_of_date cell is blank")
    .option(
      "--pmms <rate>",
      "Freddie Mac PMMS 30-year rate (0.0623 or 6.23%), for loans without one"
    )
    .option("--mod-rate <rate>", "the GSE modification interest rate, for loans without one")
    .option(
      "--npv <name=value>",
      "an NPV assumption for every loan (spread, reo_discount, home_price_change, fc_cost_rate, carry_rate, redefault_probability, redefault_months, reo_marketing_months, short_sale_months); repeat for more",
      collect
    );
  if (workers)
    cmd.addOption(
      new Option("--workers <n>", "worker threads (default: one per core for large tapes)")
    );
  return cmd.option(
    "-q, --quiet",
    "no progress or notes on standard error (errors are still printed)"
  );
}

export function checkOptions(flags: TapeFlags): RunOptions {
  const program = (flags.program ?? "AUTO").trim().toUpperCase();
  if (!PROGRAM_IDS.includes(program))
    throw usageError(
      `--program ${JSON.stringify(flags.program)} is not a program; use one of ${PROGRAM_IDS.join(", ")}`
    );
  const npv: Record<string, string> = {};
  for (const pair of flags.npv ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw usageError(
        `--npv ${JSON.stringify(pair)}: write name=value, for example --npv spread=0.02`
      );
    npv[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  const settings: MarketSettings = {
    pmms: flags.pmms,
    modRate: flags.modRate,
    asOfDate: flags.asOf,
    ...(Object.keys(npv).length ? { npv } : {}),
  };
  const resolved = resolveSettings(settings, OPTION_LABELS);
  if (!resolved.ok)
    throw usageError(
      resolved.issues[0].reason,
      resolved.issues.slice(1).map((i) => i.reason)
    );
  let workers: number | undefined;
  if (flags.workers !== undefined) {
    workers = Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64)
      throw usageError(
        `--workers ${JSON.stringify(flags.workers)}: give a whole number from 0 (this thread only) to 64`
      );
  }
  return { sheet: flags.sheet, program, settings, quiet: !!flags.quiet, workers };
}
