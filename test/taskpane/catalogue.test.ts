import { strict as assert } from "node:assert";
import {
  argumentLabel,
  fetchCatalogue,
  filterCatalogue,
  formulaName,
  helpPath,
  readCatalogue,
  signature,
  type CatalogueFunction,
} from "../../src/taskpane/catalogue";

/** The shape custom-functions-metadata writes: optional/repeating/dimensionality only when set. */
const METADATA = {
  functions: [
    {
      description: "Level monthly principal and interest payment.",
      id: "PAYMENT",
      name: "PAYMENT",
      parameters: [
        { description: "Loan amount.", name: "principal", type: "any", dimensionality: "matrix" },
        {
          description: "Annual rate as a fraction.",
          name: "annual_rate",
          type: "any",
          dimensionality: "matrix",
        },
        {
          description: "Term in months.",
          name: "term_months",
          type: "any",
          dimensionality: "matrix",
        },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      description: "Back-end debt-to-income ratio.",
      id: "DTI",
      name: "DTI",
      parameters: [
        { name: "gross_monthly_income", type: "any" },
        {
          description: "Monthly debts.",
          name: "monthly_debts",
          type: "any",
          optional: true,
          repeating: true,
        },
      ],
    },
    { id: "LTV", name: "LTV", description: "Loan-to-value.", parameters: [] },
  ],
};

function catalogue(): readonly CatalogueFunction[] {
  const result = readCatalogue(METADATA);
  assert.ok(result.ok);
  return result.functions;
}

function response(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

describe("taskpane/catalogue", () => {
  it("reads functions.json sorted by name, with optional and repeating flags defaulting to false", () => {
    const [dti, , payment] = catalogue();
    assert.deepEqual(
      catalogue().map((fn) => fn.id),
      ["DTI", "LTV", "PAYMENT"]
    );
    assert.deepEqual(payment.parameters[0], {
      name: "principal",
      description: "Loan amount.",
      optional: false,
      repeating: false,
    });
    assert.deepEqual(dti.parameters[0].description, "");
    assert.equal(dti.parameters[1].optional, true);
    assert.equal(dti.parameters[1].repeating, true);
  });

  it("gives a reason, not an exception, for malformed metadata", () => {
    for (const bad of [
      null,
      [],
      {},
      { functions: {} },
      { functions: [{ name: "X" }] },
      { functions: [{ id: "X", parameters: [{}] }] },
    ]) {
      const result = readCatalogue(bad);
      assert.equal(result.ok, false, JSON.stringify(bad));
      if (!result.ok) assert.match(result.reason, /functions\.json/);
    }
  });

  it("uses the id as the name when the metadata has none", () => {
    const result = readCatalogue({ functions: [{ id: "BALANCE" }] });
    assert.ok(result.ok);
    assert.equal(formulaName(result.functions[0]), "LM.BALANCE");
  });

  it("writes signatures as Excel's help does, and help paths beside the page", () => {
    const [dti, ltv, payment] = catalogue();
    assert.equal(signature(payment), "LM.PAYMENT(principal, annual_rate, term_months)");
    assert.equal(signature(dti), "LM.DTI(gross_monthly_income, [monthly_debts, ...])");
    assert.equal(signature(ltv), "LM.LTV()");
    assert.equal(
      argumentLabel({ name: "hoa", description: "", optional: true, repeating: false }),
      "[hoa]"
    );
    assert.equal(helpPath(payment), "help/payment.html");
    assert.equal(helpPath({ id: "LOSSSEVERITY" }), "help/lossseverity.html");
  });

  it("filters by name, with or without LM., or by words of the description, ignoring case", () => {
    const ids = (query: string) => filterCatalogue(catalogue(), query).map((fn) => fn.id);
    assert.deepEqual(ids(""), ["DTI", "LTV", "PAYMENT"]);
    assert.deepEqual(ids("   "), ["DTI", "LTV", "PAYMENT"]);
    assert.deepEqual(ids("pay"), ["PAYMENT"]);
    assert.deepEqual(ids("LM.dti"), ["DTI"]);
    assert.deepEqual(ids("income ratio"), ["DTI"]);
    assert.deepEqual(ids("-to-"), ["DTI", "LTV"]);
    assert.deepEqual(ids("nothing like it"), []);
  });

  it("fetches functions.json relative to the page and explains every failure", async () => {
    const asked: string[] = [];
    const ok = await fetchCatalogue(async (url) => {
      asked.push(url);
      return response(200, JSON.stringify(METADATA));
    });
    assert.deepEqual(asked, ["functions.json"]);
    assert.ok(ok.ok && ok.functions.length === 3);

    assert.deepEqual(await fetchCatalogue(async () => response(404, "")), {
      ok: false,
      reason: "functions.json returned HTTP 404.",
    });
    assert.deepEqual(await fetchCatalogue(async () => response(200, "{ not json")), {
      ok: false,
      reason: "functions.json is not valid JSON.",
    });
    assert.deepEqual(
      await fetchCatalogue(async () => {
        throw new TypeError("Failed to fetch");
      }),
      { ok: false, reason: "functions.json could not be fetched." }
    );
    assert.deepEqual(await fetchCatalogue(async () => response(200, "{}")), {
      ok: false,
      reason: 'functions.json has no "functions" list.',
    });
  });
});
