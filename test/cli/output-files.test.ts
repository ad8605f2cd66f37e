import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleTapePath } from "../../src/cli/project-files";
import { Progress } from "../../src/cli/progress";
import { checkOptions } from "../../src/cli/run-options";
import { checkCommand } from "../../src/cli/commands/check";
import { evaluateCommand } from "../../src/cli/commands/evaluate";
import {
  OVERWRITE_RULE,
  partialPath,
  placeFile,
  refuseExisting,
} from "../../src/cli/output/file-placement";
import { PartialFile } from "../../src/cli/output/partial-file";
import { onInterrupt, pendingCleanups, runCleanups } from "../../src/cli/output/interruption";
import { buildCli, lm, noStack } from "./sheet-run";

/**
 * One rule for every file the command line writes: an existing file is never replaced unless
 * --force is given, checked before any work, and each file is put in place whole. The rule's parts
 * in this process first (placement, the temporary file, the interruption registry), then check,
 * evaluate and report as a user runs them, over the bundled sample tape.
 */
let dir: string;
const run = (args: readonly string[]) => lm(args, dir);
const at = (name: string) => join(dir, name);
const sha = (name: string) =>
  createHash("sha256")
    .update(readFileSync(at(name)))
    .digest("hex");
/** Temporary files or folders left in the scratch folder (none, ever). */
const partials = () => readdirSync(dir).filter((f) => f.includes(".partial"));
/** The message of the rule for one path, as sheet prints it. */
const refusal = (path: string) =>
  `lm-workbench: ${JSON.stringify(path)} exists, so nothing is written: ${OVERWRITE_RULE} (add --force to replace it)`;

before(function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-output-files-"));
  buildCli();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("cli/output: the overwrite rule's parts", () => {
  it("refuseExisting: a missing path passes; a folder is refused even with force; a file without it", () => {
    refuseExisting(at("missing.csv"), false);
    mkdirSync(at("a-folder.csv"));
    assert.throws(() => refuseExisting(at("a-folder.csv"), true), /it is a folder/);
    writeFileSync(at("there.csv"), "kept");
    assert.throws(
      () => refuseExisting(at("there.csv"), false),
      (e: Error) => e.message === refusal(at("there.csv")).replace("lm-workbench: ", "")
    );
    refuseExisting(at("there.csv"), true);
    // A link to nowhere takes the name too: the link step would fail on it.
    symlinkSync(at("nowhere.csv"), at("dangling.csv"));
    assert.throws(() => refuseExisting(at("dangling.csv"), false), /exists, so nothing is written/);
  });

  it("placeFile: a taken name is refused without force and kept byte for byte; replaced with it", () => {
    writeFileSync(at("placed.csv"), "old");
    writeFileSync(at("placed.tmp"), "new");
    assert.throws(() => placeFile(at("placed.tmp"), at("placed.csv"), false), /exists/);
    assert.equal(readFileSync(at("placed.csv"), "utf8"), "old");
    placeFile(at("placed.tmp"), at("placed.csv"), true);
    assert.equal(readFileSync(at("placed.csv"), "utf8"), "new");
    assert.equal(existsSync(at("placed.tmp")), false);
    writeFileSync(at("fresh.tmp"), "fresh");
    placeFile(at("fresh.tmp"), at("fresh.csv"), false);
    assert.equal(readFileSync(at("fresh.csv"), "utf8"), "fresh");
    assert.equal(existsSync(at("fresh.tmp")), false, "the link's temporary name is removed");
  });

  it("PartialFile: refused, placed or discarded, its temporary name is gone and its cleanup unregistered", () => {
    const before = pendingCleanups();
    writeFileSync(at("partial.csv"), "old");
    const refused = new PartialFile(at("partial.csv"), false);
    assert.equal(refused.temp, partialPath(at("partial.csv")));
    assert.match(refused.temp, new RegExp(`/\\.partial\\.csv\\.${process.pid}\\.partial$`));
    writeFileSync(refused.temp, "new");
    assert.equal(pendingCleanups(), before + 1);
    assert.throws(() => refused.place(), /exists, so nothing is written/);
    assert.equal(readFileSync(at("partial.csv"), "utf8"), "old");
    assert.equal(existsSync(refused.temp), false);
    assert.equal(pendingCleanups(), before);
    const forced = new PartialFile(at("partial.csv"), true);
    writeFileSync(forced.temp, "new");
    forced.place();
    assert.equal(readFileSync(at("partial.csv"), "utf8"), "new");
    const dropped = new PartialFile(at("dropped.csv"), false);
    writeFileSync(dropped.temp, "half");
    dropped.discard();
    dropped.discard();
    assert.equal(existsSync(dropped.temp), false);
    assert.equal(existsSync(at("dropped.csv")), false);
    assert.equal(pendingCleanups(), before);
    assert.deepEqual(partials(), []);
  });

  it("the interruption registry: one handler per signal however many cleanups, gone with the last; every cleanup runs, the latest first, a failing one not stopping the rest", () => {
    const sigint = process.listenerCount("SIGINT");
    const sigterm = process.listenerCount("SIGTERM");
    const ran: string[] = [];
    const a = onInterrupt(() => ran.push("a"));
    const b = onInterrupt(() => {
      ran.push("b");
      throw new Error("a cleanup that fails");
    });
    const c = onInterrupt(() => ran.push("c"));
    assert.equal(process.listenerCount("SIGINT"), sigint + 1);
    assert.equal(process.listenerCount("SIGTERM"), sigterm + 1);
    runCleanups();
    assert.deepEqual(ran, ["c", "b", "a"]);
    b();
    b();
    c();
    assert.equal(process.listenerCount("SIGINT"), sigint + 1, "a is still registered");
    a();
    assert.equal(process.listenerCount("SIGINT"), sigint);
    assert.equal(process.listenerCount("SIGTERM"), sigterm);
    assert.equal(pendingCleanups(), 0);
  });

  it("a command run in this process leaves no cleanup registered, written or refused", async () => {
    const sigint = process.listenerCount("SIGINT");
    const quiet = new Progress({ write: () => true }, true);
    const options = checkOptions({ quiet: true });
    await checkCommand(undefined, { output: at("inproc.csv") }, options, quiet);
    await assert.rejects(
      checkCommand(undefined, { output: at("inproc.csv") }, options, quiet),
      /exists, so nothing is written/
    );
    await evaluateCommand(undefined, { output: at("inproc.xlsx") }, options, quiet);
    assert.equal(pendingCleanups(), 0);
    assert.equal(process.listenerCount("SIGINT"), sigint);
    assert.deepEqual(partials(), []);
  });
});

/** Each command and the files one run of it writes. */
const COMMANDS: { name: string; args: string[]; files: string[] }[] = [
  { name: "check -o", args: ["check", "-o", "ex.csv"], files: ["ex.csv"] },
  {
    name: "evaluate -o (and its exceptions beside)",
    args: ["evaluate", "-o", "res.csv"],
    files: ["res.csv", "res.exceptions.csv"],
  },
  {
    name: "evaluate -o .xlsx --exceptions",
    args: ["evaluate", "-o", "res.xlsx", "--exceptions", "rejected.csv"],
    files: ["res.xlsx", "rejected.csv"],
  },
  { name: "report -o", args: ["report", "-o", "rep.xlsx"], files: ["rep.xlsx"] },
];

describe("cli: check, evaluate and report keep an existing file unless --force", function () {
  this.timeout(180000);

  it("a path that is a folder is refused, with --force too; a tape given as the output is refused and kept", () => {
    mkdirSync(at("taken.csv"));
    mkdirSync(at("taken.xlsx"));
    for (const args of [
      ["check", "-o", "taken.csv", "--force"],
      ["evaluate", "-o", "taken.csv", "--force"],
      ["evaluate", "-o", "ok.csv", "--exceptions", "taken.csv", "--force"],
      ["report", "-o", "taken.xlsx", "--force"],
    ]) {
      const r = run(args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.err}`);
      assert.match(r.err, /: it is a folder/, args.join(" "));
      noStack(r);
    }
    assert.equal(existsSync(at("ok.csv")), false, "nothing is written when one output is refused");
    copyFileSync(sampleTapePath(), at("tape.csv"));
    const tape = sha("tape.csv");
    const r = run(["evaluate", "tape.csv", "-o", "tape.csv", "--force"]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /cannot write "tape.csv": it is the tape this run reads/);
    assert.equal(sha("tape.csv"), tape);
    const c = run(["check", "tape.csv", "-o", "tape.csv", "--force"]);
    assert.equal(c.code, 1, c.err);
    assert.equal(sha("tape.csv"), tape);
  });

  it("-o and --exceptions naming one file is a usage error (exit 2), nothing written", () => {
    const r = run(["evaluate", "-o", "same.csv", "--exceptions", "same.csv"]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /-o and --exceptions both name "same.csv"/);
    assert.equal(existsSync(at("same.csv")), false);
  });

  it("an existing exceptions file alone stops evaluate before any work: no results file either", () => {
    writeFileSync(at("only.exceptions.csv"), "the user's own list");
    const r = run(["evaluate", "-o", "only.csv"]);
    assert.equal(r.code, 1, r.err);
    assert.ok(r.err.includes(refusal("only.exceptions.csv")), r.err);
    assert.doesNotMatch(r.err, /reading|rows read/i, "the tape is not read");
    assert.equal(readFileSync(at("only.exceptions.csv"), "utf8"), "the user's own list");
    assert.equal(existsSync(at("only.csv")), false);
  });

  for (const c of COMMANDS)
    it(`${c.name}: a second run is exit 1 with the rule, every file byte for byte; --force replaces them`, () => {
      const first = run(c.args);
      assert.equal(first.code, 0, first.err);
      const written = c.files.map(sha);
      const again = run(c.args);
      assert.equal(again.code, 1, again.err);
      assert.ok(again.err.includes(refusal(c.files[0])), again.err);
      assert.doesNotMatch(again.err, /reading|rows read/i, "stopped before the tape is read");
      noStack(again);
      assert.deepEqual(c.files.map(sha), written);
      // The files as a user left them, replaced by a run with --force.
      for (const f of c.files) writeFileSync(at(f), "the user's copy");
      const forced = run([...c.args, "--force"]);
      assert.equal(forced.code, 0, forced.err);
      for (const f of c.files) assert.notEqual(readFileSync(at(f), "utf8"), "the user's copy");
      for (const f of c.files.filter((x) => x.endsWith(".csv")))
        assert.equal(sha(f), written[c.files.indexOf(f)], `${f}: the same run's bytes`);
      for (const f of c.files.filter((x) => x.endsWith(".xlsx")))
        assert.deepEqual([...readFileSync(at(f)).subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      assert.deepEqual(partials(), []);
    });

  it("standard output is not a file: check and evaluate without -o write it every time", () => {
    for (let i = 0; i < 2; i++) {
      const r = run(["check", "-q"]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^row,loan_id,field,value,reason\n/);
    }
  });

  it("each command's help states the rule, --force and the exit codes", () => {
    for (const command of ["check", "evaluate", "report"]) {
      const r = run([command, "--help"]);
      assert.equal(r.code, 0);
      assert.match(r.out, /--force +replace files that exist/);
      assert.ok(r.out.includes(`Files: ${OVERWRITE_RULE}`), command);
      assert.match(r.out, /an output file that exists\s+\(without --force\)/);
      assert.match(r.out, /130 stopped by Ctrl-C \(143 by a kill\)/);
    }
    assert.match(run(["--help"]).out, /130 stopped by Ctrl-C/);
  });
});
