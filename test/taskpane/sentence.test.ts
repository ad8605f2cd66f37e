/** A reason clause shown on its own reads as a sentence, and nothing else about it changes. */
import { strict as assert } from "node:assert";
import { sentence } from "../../src/taskpane/format/sentence";

describe("taskpane/format sentence", () => {
  it("leaves an empty reason empty and a finished sentence as it is", () => {
    assert.equal(sentence(""), "");
    assert.equal(sentence("  "), "");
    assert.equal(sentence("Works."), "Works.");
    assert.equal(sentence("is it?"), "Is it?");
  });

  it("capitalizes the first letter and adds the full stop, keeping figures and codes as given", () => {
    assert.equal(
      sentence("every step applied: P&I $698.99 cannot reach the target $271.00"),
      "Every step applied: P&I $698.99 cannot reach the target $271.00."
    );
    assert.equal(sentence("$5 over (D2-3.2-02)"), "$5 over (D2-3.2-02).");
  });
});
