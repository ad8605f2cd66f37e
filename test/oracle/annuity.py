"""Level payments, present values and schedules, exactly: rational arithmetic (fractions.Fraction)
on the rates as typed, rounded to cents with the decimal module's rounding modes.

Written from the rules in docs/rules/conventions.md, not from the TypeScript engine:
- payment: the closed form L*r / (1 - (1+r)^-n), r = annual / 12, half-up to cents;
- present value: the sum of the discounted payments month by month (no closed form), so the max
  principal checks the engine's closed form rather than repeating it;
- max principal: that present value floored to cents (HUD Mortgagee Letter 2009-23);
- schedule: interest half-up to cents each month, the last payment takes what is left.
Exact rationals decide the ties a fixed number of digits cannot (0.48 at 12.5% for one month is
exactly 0.485, which is 0.49 half-up). Amounts are Decimal dollars; rates are decimal text ("0.065").
"""

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60
CENT = Decimal("0.01")


def D(x):
    return Decimal(str(x))


def F(x):
    return x if isinstance(x, Fraction) else Fraction(D(x))


def _to_cents(x, rounding):
    """A rational amount of dollars to whole cents, exactly, with a decimal rounding mode."""
    cents = F(x) * 100
    whole = cents.numerator // cents.denominator
    rest = cents - whole
    if rounding == ROUND_FLOOR:
        c = whole
    elif rounding == ROUND_CEILING:
        c = whole + (1 if rest > 0 else 0)
    else:  # half-up: ties away from zero (amounts here are not negative)
        c = whole + (1 if rest >= Fraction(1, 2) else 0)
    return (Decimal(c) / 100).quantize(CENT)


def half_up(x):
    return _to_cents(x, ROUND_HALF_UP)


def floor_cents(x):
    return _to_cents(x, ROUND_FLOOR)


def ceil_cents(x):
    return _to_cents(x, ROUND_CEILING)


def monthly(annual):
    return F(annual) / 12


def payment(principal, annual, n):
    r = monthly(annual)
    if r == 0:
        return half_up(F(principal) / n)
    return half_up(F(principal) * r / (1 - (1 + r) ** -n))


def present_value(pay, annual, n):
    """Sum of pay / (1+r)^i for i = 1..n, month by month."""
    v = 1 / (1 + monthly(annual))
    factor = Fraction(1)
    total = Fraction(0)
    for _ in range(n):
        factor *= v
        total += factor
    return F(pay) * total


def max_principal(target, annual, n):
    return floor_cents(present_value(target, annual, n))


def schedule(principal, annual, n, forborne="0"):
    """The level payment and rows (no, payment, interest, principal, balance); the forborne part
    bears no interest and is paid with the last payment."""
    r = monthly(annual)
    forborne = D(forborne)
    balance = D(principal) - forborne
    level = payment(balance, annual, n)
    rows = []
    for i in range(1, n + 1):
        interest = half_up(F(balance) * r)
        if i == n:
            paid = balance + forborne
            balance = Decimal(0)
        else:
            paid = level - interest
            balance -= paid
        rows.append((i, interest + paid, interest, paid, (balance + (forborne if i < n else 0)).quantize(CENT)))
    return level, rows


def balance_after(principal, annual, n, k):
    if k >= n:
        return Decimal(0).quantize(CENT)
    return schedule(principal, annual, n)[1][k - 1][4] if k > 0 else D(principal)
