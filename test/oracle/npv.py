"""The NPV comparison of docs/rules/npv.md, with every discounted sum added month by month (the
engine uses closed forms). Exact rationals; results half-up to cents."""

from fractions import Fraction

from annuity import F, half_up


def discount_factors(annual_discount, months):
    """v^1 .. v^months for v = 1 / (1 + annual / 12)."""
    v = 1 / (1 + F(annual_discount) / 12)
    out, f = [], Fraction(1)
    for _ in range(months):
        f *= v
        out.append(f)
    return out


def npv_foreclosure(value, carry, annual_discount, months, reo_discount="0.15", fc_cost_rate="0.10", home_price_change="0"):
    v = discount_factors(annual_discount, months)
    V = F(value)
    if F(home_price_change) != 0:
        raise ValueError("the oracle holds flat home prices only")
    sale = V * (1 - F(reo_discount)) * v[-1]
    return sale - F(carry) * sum(v) - V * F(fc_cost_rate) * v[-1]


def npv_modification(payment, months, forborne, npv_fc, annual_discount, redefault_probability="0.25", redefault_months=12):
    v = discount_factors(annual_discount, max(months, redefault_months))
    p = F(redefault_probability)
    k = redefault_months
    performing = F(payment) * sum(v[:months]) + F(forborne) * v[months - 1]
    redefault = F(payment) * sum(v[:k]) + npv_fc * v[k - 1]
    return (1 - p) * performing + p * redefault


def hamp_a_case():
    """The HAMP-A loan in Texas: value 250,000, escrow 250 a month carried, PMMS 6% + 2.5% spread,
    16 months of foreclosure (Fannie Mae's 2025 exhibit: 480 days) + 6 of REO marketing; the HAMP
    modification pays 998.57 for 360 months with nothing forborne."""
    d = "0.085"
    fc = npv_foreclosure(250000, 250, d, 16 + 6)
    mod = npv_modification("998.57", 360, 0, fc, d)
    return {"npv_fc": str(half_up(fc)), "npv_mod": str(half_up(mod)), "discount_rate": d}
