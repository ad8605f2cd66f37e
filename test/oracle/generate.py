"""Writes fixtures.json: every case of cases.py computed by annuity.py and programs.py, and the
HAMP-A NPV by npv_model.py.

Run from the repository root:  python3 test/oracle/generate.py
"""

import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cases  # noqa: E402
from annuity import balance_after, max_principal, payment, schedule  # noqa: E402
from npv_model import case as npv_case, npv  # noqa: E402
from programs import fha_2025_combination, flex_2017, flex_2024, hamp, va_2026  # noqa: E402


def hamp_a_npv():
    """The HAMP-A loan in Texas: value 250,000, escrow 250 a month carried, PMMS 6% + 2.5% spread,
    16 months of foreclosure (Fannie Mae's 2025 exhibit: 480 days) + 6 of REO marketing; the HAMP
    modification pays 998.57 for 360 months with nothing forborne. npv_model.py's defaults are the
    NPV-2026 assumptions (REO discount 15%, costs 10%, flat prices, p 0.25, k 12)."""
    c = npv_case("HAMP-A", 16, {
        "property_value_cents": 25_000_000, "pmms": "0.06", "state": "TX",
        "mod_payment_cents": 99_857, "mod_term_months": 360, "forborne_cents": 0,
        "monthly_carry_cents": 25_000,
    })
    r = npv(c)
    dollars = lambda cents: str(Decimal(cents).scaleb(-2))
    d = Decimal(c["inputs"]["pmms"]) + Decimal(c["assumptions"]["spread"])
    return {"npv_fc": dollars(r["npv_fc_cents"]), "npv_mod": dollars(r["npv_mod_cents"]), "discount_rate": str(d)}


def main():
    out = {
        "generator": "test/oracle/generate.py (exact rationals: Python fractions and decimal)",
        "payment": [
            {"principal": p, "annual_rate": r, "term_months": n, "payment": str(payment(p, r, n))}
            for p, r, n in cases.PAYMENT
        ],
        "max_principal": [
            {"target_payment": t, "annual_rate": r, "term_months": n, "principal": str(max_principal(t, r, n))}
            for t, r, n in cases.MAX_PRINCIPAL
        ],
        "schedule": [],
        "balance": [
            {"principal": p, "annual_rate": r, "term_months": n, "payments_made": k, "balance": str(balance_after(p, r, n, k))}
            for p, r, n, k in cases.BALANCE
        ],
        "programs": {},
    }
    for p, r, n, forborne, keep in cases.SCHEDULE:
        level, rows = schedule(p, r, n, forborne)
        total_interest = sum(row[2] for row in rows)
        out["schedule"].append({
            "principal": p, "annual_rate": r, "term_months": n, "forbearance": forborne,
            "payment": str(level), "total_interest": str(total_interest),
            "rows": [[str(x) for x in rows[i - 1]] for i in keep],
        })
    for rule_set, fn, table in (
        ("FLEX-2024", flex_2024, cases.FLEX_2024),
        ("FLEX-2017", flex_2017, cases.FLEX_2017),
        ("HAMP", hamp, cases.HAMP),
        ("FHA-2025", fha_2025_combination, cases.FHA_2025),
        ("VA-2026", va_2026, cases.VA_2026),
    ):
        out["programs"][rule_set] = [
            {"id": key, "loan": {k: str(v) for k, v in loan.items()}, "expected": fn(loan)}
            for key, loan in table.items()
        ]
    out["npv"] = {"HAMP-A": hamp_a_npv()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
