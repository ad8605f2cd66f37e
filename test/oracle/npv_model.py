#!/usr/bin/python3
"""
An independent reference for the NPV comparison, in Python's decimal module at 60 digits.

It shares no code with the TypeScript engine and uses no closed forms: every annuity is a
month-by-month sum of discount factors, each factor the previous one divided by (1 + d). The model,
as the engine documents it:

  d       = (pmms + spread) / 12
  v(t)    = 1 / (1 + d)^t,  a(t) = v(1) + ... + v(t)
  m       = state timeline months + REO marketing months
  carry   = monthly carry given, else property value x carry_rate / 12
  NPV_FC  = V (1 - reo_discount) (1 + g)^(m/12) v(m) - carry a(m) - fc_cost_rate V v(m)
  NPV_MOD = (1 - p) [P a(n) + F v(n)] + p [P a(k) + NPV_FC v(k)]
  NPV_SS  = SS v(s)

Reported amounts are the exact values rounded half-up to cents; the benefit is NPV_MOD - NPV_FC in
those cents and the decision is MODIFY when the benefit is above zero.

The cases are the hand-worked examples of test/core/npv.test.ts, then seeded random loans.
Regenerate the fixture with:

  /usr/bin/python3 test/oracle/npv_model.py > test/fixtures/oracles/npv-python-decimal.json
"""
import json
import random
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 60
CENT = Decimal("0.01")


def npv(case):
    x, a = case["inputs"], case["assumptions"]
    dollars = lambda c: Decimal(c) / 100
    V = dollars(x["property_value_cents"])
    P = dollars(x["mod_payment_cents"])
    F = dollars(x["forborne_cents"])
    d = (Decimal(x["pmms"]) + Decimal(a["spread"])) / 12
    m = a["state_timeline_months"] + a["reo_marketing_months"]
    n, k, s = x["mod_term_months"], a["redefault_months"], a["short_sale_months"]
    horizon = max(m, n, k, s)
    v = [Decimal(1)]
    for _ in range(horizon):
        v.append(v[-1] / (1 + d))
    annuity = lambda t: sum(v[1 : t + 1], Decimal(0))
    if x["monthly_carry_cents"] is None:
        carry = V * Decimal(a["carry_rate"]) / 12
    else:
        carry = dollars(x["monthly_carry_cents"])
    g = Decimal(a["home_price_change"])
    growth = Decimal(1) if g == 0 else (1 + g) ** (Decimal(m) / 12)
    fc = (
        V * (1 - Decimal(a["reo_discount"])) * growth * v[m]
        - carry * annuity(m)
        - Decimal(a["fc_cost_rate"]) * V * v[m]
    )
    p = Decimal(a["redefault_probability"])
    mod = (1 - p) * (P * annuity(n) + F * v[n]) + p * (P * annuity(k) + fc * v[k])
    ss = None if x["short_sale_net_cents"] is None else dollars(x["short_sale_net_cents"]) * v[s]
    cents = lambda y: int((y / CENT).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    out = {
        "npv_fc": str(+fc),
        "npv_mod": str(+mod),
        "npv_fc_cents": cents(fc),
        "npv_mod_cents": cents(mod),
    }
    if ss is not None:
        out["npv_ss"] = str(+ss)
        out["npv_ss_cents"] = cents(ss)
    out["benefit_cents"] = out["npv_mod_cents"] - out["npv_fc_cents"]
    out["decision"] = "MODIFY" if out["benefit_cents"] > 0 else "FORECLOSE"
    return out


DEFAULTS = {
    "spread": "0.025",
    "reo_discount": "0.15",
    "home_price_change": "0",
    "fc_cost_rate": "0.10",
    "carry_rate": "0.02",
    "redefault_probability": "0.25",
    "redefault_months": 12,
    "reo_marketing_months": 6,
    "short_sale_months": 4,
}


def case(name, timeline_days_or_months, inputs, **assumptions):
    a = dict(DEFAULTS, **assumptions)
    a["state_timeline_months"] = timeline_days_or_months
    x = {
        "forborne_cents": 0,
        "short_sale_net_cents": None,
        "monthly_carry_cents": None,
        **inputs,
    }
    return {"name": name, "inputs": x, "assumptions": a}


def months(days):
    """Whole 30-day months covering the days (600 days -> 20 months, 500 -> 17)."""
    return -(-days // 30)


BASE = {
    "property_value_cents": 25_000_000,
    "pmms": "0.06",
    "state": "CA",
    "mod_payment_cents": 120_000,
    "mod_term_months": 360,
    "forborne_cents": 3_000_000,
}

HAND_WORKED = [
    case(
        "d = 0",
        months(480),
        {
            "property_value_cents": 20_000_000,
            "pmms": "0",
            "state": "TX",
            "mod_payment_cents": 100_000,
            "mod_term_months": 480,
            "forborne_cents": 2_000_000,
            "monthly_carry_cents": 50_000,
            "short_sale_net_cents": 15_000_000,
        },
        spread="0",
        reo_discount="0.2",
        fc_cost_rate="0.1",
    ),
    case("p = 0", months(600), BASE, redefault_probability="0"),
    case("p = 1", months(600), BASE, redefault_probability="1", redefault_months=24),
    case(
        "g = 3%, New York",
        months(1740),
        {
            "property_value_cents": 40_000_000,
            "pmms": "0.065",
            "state": "NY",
            "mod_payment_cents": 185_050,
            "mod_term_months": 480,
            "forborne_cents": 4_500_000,
            "monthly_carry_cents": 90_000,
            "short_sale_net_cents": 33_000_000,
        },
        home_price_change="0.03",
        redefault_probability="0.3",
        redefault_months=18,
    ),
    case(
        "NPV-2026 defaults, Florida",
        months(720),
        {
            "property_value_cents": 30_000_000,
            "pmms": "0.0625",
            "state": "FL",
            "mod_payment_cents": 150_000,
            "mod_term_months": 480,
            "forborne_cents": 0,
            "short_sale_net_cents": 26_000_000,
        },
    ),
    case(
        "FORECLOSE, Georgia",
        months(480),
        {
            "property_value_cents": 15_000_000,
            "pmms": "0.07",
            "state": "GA",
            "mod_payment_cents": 20_000,
            "mod_term_months": 480,
            "forborne_cents": 10_000_000,
        },
    ),
    case(
        "short sale under water: its costs exceed the price (net proceeds -$4,250.00), Ohio",
        months(690),
        {
            "property_value_cents": 9_000_000,
            "pmms": "0.065",
            "state": "OH",
            "mod_payment_cents": 61_000,
            "mod_term_months": 480,
            "forborne_cents": 0,
            "short_sale_net_cents": -425_000,
        },
    ),
]


def random_cases(count, seed):
    rnd = random.Random(seed)
    fraction = lambda lo, hi: str(Decimal(rnd.randint(lo, hi)) / 10000)
    out = []
    for i in range(count):
        n = rnd.randint(1, 480)
        inputs = {
            "property_value_cents": rnd.randint(0, 100_000_000),
            "pmms": fraction(0, 1500),
            "state": rnd.choice(["CA", "TX", "NY", "FL", "IL", "OH", "GU", "PR"]),
            "mod_payment_cents": rnd.randint(0, 1_000_000),
            "mod_term_months": n,
            "forborne_cents": rnd.randint(0, 10_000_000) if rnd.random() < 0.6 else 0,
            "monthly_carry_cents": rnd.randint(0, 200_000) if rnd.random() < 0.5 else None,
            "short_sale_net_cents": rnd.randint(0, 90_000_000) if rnd.random() < 0.5 else None,
        }
        out.append(
            case(
                f"random {i + 1}",
                rnd.randint(0, 80),
                inputs,
                spread=fraction(0, 400),
                reo_discount=fraction(0, 10000),
                home_price_change=fraction(-3000, 3000) if rnd.random() < 0.7 else "0",
                fc_cost_rate=fraction(0, 3000),
                carry_rate=fraction(0, 500),
                redefault_probability=fraction(0, 10000),
                redefault_months=rnd.randint(0, n),
                reo_marketing_months=rnd.randint(0, 36),
                short_sale_months=rnd.randint(0, 12),
            )
        )
    return out


if __name__ == "__main__":
    cases = HAND_WORKED + random_cases(200, 2026)
    for c in cases:
        c["expected"] = npv(c)
    # One case a line, so a regenerated fixture diffs case by case.
    lines = ",\n".join("  " + json.dumps(c) for c in cases)
    print("{")
    print('"source": "test/oracle/npv_model.py (Python decimal, 60 digits, month-by-month sums)",')
    print('"regenerate": "/usr/bin/python3 test/oracle/npv_model.py > test/fixtures/oracles/npv-python-decimal.json",')
    print('"cases": [')
    print(lines)
    print("]}")
