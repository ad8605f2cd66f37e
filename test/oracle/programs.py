"""The modification ladders of docs/rules/, one plain function each, in decimal.

Each step is tried the slow, obvious way (every 0.125% rate step, every month of term) so the
engine's searches are checked, not repeated. Inputs are the loan-record fields as a dict of decimal
text; results are Decimal dollars.
"""

from decimal import Decimal

from annuity import D, ceil_cents, floor_cents, half_up, max_principal, payment

EIGHTH = D("0.00125")


def largest_cent_below(x):
    f = floor_cents(x)
    return f - D("0.01") if f == x else f


def round8(rate):
    """Nearest 0.125%, ties up."""
    steps = (D(rate) / EIGHTH + D("0.5")).to_integral_value(rounding="ROUND_FLOOR")
    return steps * EIGHTH


def market_rate(loan, add_on):
    """The record's market_rate as given, or its PMMS rounded to the nearest 0.125% plus the add-on."""
    if "market_rate" in loan:
        return D(loan["market_rate"])
    return round8(loan["PMMS"]) + add_on


def arrears(loan):
    return sum(D(loan.get(k, 0)) for k in ("past_due_interest", "escrow_advances", "servicing_advances"))


def result(**fields):
    """Amounts as whole cents; the rate as decimal text; the rest as they are."""
    def shown(k, v):
        if not isinstance(v, Decimal):
            return v
        if k == "rate":
            return format(v.normalize(), "f")
        return int(v * 100)
    return {k: shown(k, v) for k, v in fields.items()}


def flex_2024(loan):
    """FLEX-2024: capitalize, rate (MTMLTV >= 50%, 0.125% steps to the MIR), term (to 480),
    forbearance (MTMLTV > 50%; least of the target's need, down to 50% interest-bearing MTMLTV,
    30% of gross); stop at the first step whose P&I is more than 20% below the pre-mod P&I."""
    pre = D(loan["pi_payment"])
    target = largest_cent_below(pre * D("0.80"))
    gross = D(loan["upb"]) + arrears(loan)
    value = D(loan["property_value"])
    mtmltv = gross / value
    note, mir = D(loan["note_rate"]), D(loan["mod_rate"])
    rate, term, forborne = note, int(loan["remaining_term"]), Decimal(0)
    pi = payment(gross, rate, term)

    def done(met):
        return result(
            gross=gross, target=target, rate=rate, term=term, forbearance=forborne,
            new_pi=pi, target_met=met,
        )

    if pi <= target:
        return done(True)
    if mtmltv >= D("0.50") and note > mir:
        while rate > mir:
            rate = max(rate - EIGHTH, mir)
            pi = payment(gross, rate, term)
            if pi <= target:
                return done(True)
    while term < 480:
        term += 1
        pi = payment(gross, rate, term)
        if pi <= target:
            return done(True)
    if mtmltv > D("0.50"):
        need = max(Decimal(0), gross - max_principal(target, rate, term))
        to_ltv = max(Decimal(0), gross - ceil_cents(value * D("0.50")))
        share = floor_cents(gross * D("0.30"))
        forborne = min(need, to_ltv, share)
        pi = payment(gross - forborne, rate, term)
    return done(pi <= target)


def flex_2017(loan):
    """FLEX-2017: capitalize; rate to the lesser of note and modification rate when MTMLTV >= 80%;
    term to 480; forbear down to 100% interest-bearing MTMLTV, at most 30% of gross. Targets: more
    than 20% below the pre-mod P&I, and a housing ratio of at most 40% under 3 months delinquent."""
    pre = D(loan["pi_payment"])
    target = largest_cent_below(pre * D("0.80"))
    gross = D(loan["upb"]) + arrears(loan)
    value = D(loan["property_value"])
    escrow = D(loan.get("escrow_payment", 0))
    hti = int(loan.get("months_delinquent", 0)) < 3

    def meets(pi):
        return pi <= target and (not hti or (pi + escrow) / D(loan["gross_monthly_income"]) <= D("0.40"))

    rate, term, forborne = D(loan["note_rate"]), int(loan["remaining_term"]), Decimal(0)
    pi = payment(gross, rate, term)

    def done():
        return result(
            gross=gross, target=target, rate=rate, term=term, forbearance=forborne,
            new_pi=pi, target_met=meets(pi),
        )

    if meets(pi):
        return done()
    if gross / value >= D("0.80") and D(loan["mod_rate"]) < rate:
        rate = D(loan["mod_rate"])
        pi = payment(gross, rate, term)
        if meets(pi):
            return done()
    if term < 480:
        term = 480
        pi = payment(gross, rate, term)
        if meets(pi):
            return done()
    forborne = min(max(Decimal(0), gross - ceil_cents(value)), floor_cents(gross * D("0.30")))
    pi = payment(gross - forborne, rate, term)
    return done()


def hamp(loan):
    """HAMP Tier 1: target P&I = half-up(31% of income) - escrow; rate down in 0.125% steps to 2%,
    then term month by month to 480, each the closest to the target without going below; then
    forbearance to the target, capped at the greater of 30% of gross and the amount to 100% MTMLTV."""
    gmi, escrow = D(loan["gross_monthly_income"]), D(loan["escrow_payment"])
    target = half_up(gmi * D("0.31")) - escrow
    gross = D(loan["upb"]) + arrears(loan)
    value = D(loan["property_value"])
    rate, term, forborne = D(loan["note_rate"]), int(loan["remaining_term"]), Decimal(0)
    pi = payment(gross, rate, term)

    def done(met):
        return result(
            gross=gross, target=target, rate=rate, term=term, forbearance=forborne,
            new_pi=pi, target_met=met,
        )

    if pi <= target:
        return done(True)
    while rate > D("0.02"):
        nxt = max(rate - EIGHTH, D("0.02"))
        if payment(gross, nxt, term) < target:
            return done(True)
        rate = nxt
        pi = payment(gross, rate, term)
        if pi == target:
            return done(True)
    while term < 480:
        if payment(gross, rate, term + 1) < target:
            return done(True)
        term += 1
        pi = payment(gross, rate, term)
        if pi == target:
            return done(True)
    need = max(Decimal(0), gross - max_principal(target, rate, term))
    limit = max(floor_cents(gross * D("0.30")), max(Decimal(0), gross - ceil_cents(value)))
    forborne = min(need, limit)
    pi = payment(gross - forborne, rate, term)
    return done(pi <= target)


def fha_2025_combination(loan):
    """FHA-2025 combination: arrears into the partial claim (30% of UPB at default less prior
    claims), the rest capitalized; market rate over 360 months; defer principal into what is left
    of the claim as the target (25% below pre-hardship P&I, floored) needs; then 480 months."""
    pre = D(loan["pre_hardship_pi"])
    target = floor_cents(pre * D("0.75"))
    available = max(Decimal(0), floor_cents(D(loan["upb_at_default"]) * D("0.30")) - D(loan.get("prior_partial_claims", 0)))
    owed = arrears(loan)
    to_claim = min(owed, available)
    upb = D(loan["upb"]) + owed - to_claim
    left = available - to_claim
    rate = market_rate(loan, Decimal(0))
    deferred = Decimal(0)

    def done(term, pi, met):
        return result(
            target=target, modified_upb=upb, rate=rate, term=term, deferred=deferred,
            partial_claim=to_claim + deferred, new_pi=pi, target_met=met,
        )

    pi = payment(upb, rate, 360)
    if pi <= target:
        return done(360, pi, True)
    if left > 0:
        deferred = min(max(Decimal(0), upb - max_principal(target, rate, 360)), left)
        pi = payment(upb - deferred, rate, 360)
        if pi <= target:
            return done(360, pi, True)
    deferred = min(max(Decimal(0), upb - max_principal(target, rate, 480)), left)
    pi = payment(upb - deferred, rate, 480)
    return done(480, pi, pi <= target)


def va_2026(loan):
    """VA-2026: rate = the lesser of round8(PMMS) + 0.50% and the note rate + 1 point; term 360 (or
    the remaining term when longer); target P&I = half-up(31% of income) - escrow; defer principal
    into the VA partial claim (30% of UPB at default less prior claims); then 480 months."""
    gmi, escrow = D(loan["gross_monthly_income"]), D(loan["escrow_payment"])
    target = half_up(gmi * D("0.31")) - escrow
    gross = D(loan["upb"]) + arrears(loan)
    rate = min(market_rate(loan, D("0.005")), D(loan["note_rate"]) + D("0.01"))
    term = min(max(360, int(loan["remaining_term"])), 480)
    available = max(Decimal(0), floor_cents(D(loan["upb_at_default"]) * D("0.30")) - D(loan.get("prior_partial_claims", 0)))
    deferred = Decimal(0)
    goal = max(Decimal(0), target)

    def done(term, pi, met):
        return result(
            gross=gross, target=target, rate=rate, term=term, partial_claim=deferred,
            new_pi=pi, target_met=met,
        )

    pi = payment(gross, rate, term)
    if pi <= target:
        return done(term, pi, True)
    if available > 0:
        deferred = min(max(Decimal(0), gross - max_principal(goal, rate, term)), available)
        pi = payment(gross - deferred, rate, term)
        if pi <= target:
            return done(term, pi, True)
    if term < 480:
        term = 480
        deferred = min(max(Decimal(0), gross - max_principal(goal, rate, term)), available)
        pi = payment(gross - deferred, rate, term)
    return done(term, pi, pi <= target)
