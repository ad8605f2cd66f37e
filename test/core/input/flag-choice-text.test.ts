import { strict as assert } from "node:assert";
import { choices, parseChoice, parseFlag, parseText } from "../../../src/core/input";
import { Result } from "../../../src/core/result";

const show = (r: Result<unknown>) =>
  r.ok ? String(r.value) : `${r.issues[0].code} ${r.issues[0].reason}`;

describe("core/input: flags, choices and text", () => {
  it("flags: TRUE/FALSE, 1/0, YES/NO, Y/N in any case and with spaces; anything else refused", () => {
    for (const v of [true, 1, "TRUE", "true", " Yes ", "y", "1"])
      assert.equal(show(parseFlag(v, "f")), "true", String(v));
    for (const v of [false, 0, "FALSE", "no", " N ", "0", -0])
      assert.equal(show(parseFlag(v, "f")), "false", String(v));
    for (const v of [2, -1, 0.5, "T", "F", "maybe", "yes please", Number.NaN])
      assert.match(show(parseFlag(v, "f")), /^VALUE f: .* is not TRUE or FALSE$/, String(v));
  });

  it("choices: case, spaces, _ and - ignored; aliases; what is expected listed", () => {
    const list = choices(["SEMIMONTHLY", "WEEKLY"] as const, { "twice monthly": "SEMIMONTHLY" });
    assert.equal(show(parseChoice("semi-monthly", "frequency", list)), "SEMIMONTHLY");
    assert.equal(show(parseChoice(" Twice_Monthly ", "frequency", list)), "SEMIMONTHLY");
    assert.equal(
      show(parseChoice("DAILY", "frequency", list)),
      'VALUE frequency: "DAILY" is not one of SEMIMONTHLY, WEEKLY'
    );
    assert.equal(
      show(parseChoice(7, "frequency", list)),
      "VALUE frequency: 7 is not one of SEMIMONTHLY, WEEKLY"
    );
  });

  it("text is trimmed; a number is its text; a boolean is not text", () => {
    assert.equal(show(parseText("  L-001 ", "loan_id")), "L-001");
    assert.equal(show(parseText(1234567, "loan_id")), "1234567");
    assert.equal(show(parseText(true, "loan_id")), "VALUE loan_id: true is not text");
  });
});
