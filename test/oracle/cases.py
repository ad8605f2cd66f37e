"""The cases the oracle computes: the worked examples of the engine's tests, as their inputs."""

# A delinquent, seasoned, never-modified loan: eligibility facts, which do not change the amounts.
SEASONED = dict(months_delinquent=3, origination_date="2019-03-01", as_of_date="2026-11-01", prior_modifications=0)

PAYMENT = [
    # (principal, annual rate, months)
    ("200000", "0.075", 360), ("200000", "0.045", 360), ("200000", "0.04375", 360),
    ("200000", "0.0425", 360), ("200000", "0.04125", 360), ("200000", "0.04", 360),
    ("10000", "0.08", 10), ("1.01", "0", 2), ("1200", "0", 12), ("100.50", "0.12", 2),
    ("0.48", "0.125", 1), ("130931.41", "0.06", 360), ("130931.42", "0.06", 360),
    ("100000", "0.05", 360),
]

MAX_PRINCIPAL = [
    # (target payment, annual rate, months)
    ("785", "0.06", 360),  # HUD Mortgagee Letter 2009-23's worked example
    ("990", "0.02", 480), ("1973", "0.0425", 480), ("1000", "0.06", 360),
    ("500", "0.08", 240), ("1398.43", "0.075", 360), ("102.01", "0.12", 2), ("0.97", "0.125", 1),
]

SCHEDULE = [
    # (principal, annual rate, months, forborne, rows to record (1-based))
    ("250000", "0.065", 360, "0", [1, 2, 359, 360]),
    ("100000", "0.05", 12, "20000", [1, 12]),
]

BALANCE = [("200000", "0.075", 360, 12), ("200000", "0.075", 360, 60)]

FLEX_2024 = {
    "E": dict(upb=200000, note_rate="0.09", remaining_term=360, pi_payment="1609.25", past_due_interest=3000, property_value=300000, mod_rate="0.05", **SEASONED),
    "A": dict(upb=200000, note_rate="0.075", remaining_term=300, pi_payment="1477.98", past_due_interest=5000, property_value=250000, mod_rate="0.0625", **SEASONED),
    "B": dict(upb=200000, note_rate="0.075", remaining_term=300, pi_payment="1477.98", past_due_interest=5000, property_value=250000, mod_rate="0.07", **SEASONED),
    "F": dict(upb=400000, note_rate="0.065", remaining_term=300, pi_payment="2700.83", past_due_interest=30000, property_value=330000, mod_rate="0.06375", **SEASONED),
    "G": dict(upb=300000, note_rate="0.05", remaining_term=360, pi_payment="1610.46", past_due_interest=6000, property_value=600000, mod_rate="0.0525", **SEASONED),
    "D": dict(upb=100000, note_rate="0.07", remaining_term=240, pi_payment="775.3", past_due_interest=2000, property_value=250000, mod_rate="0.06", **SEASONED),
}

FLEX_2017 = {
    "rate-then-term": dict(upb=200000, note_rate="0.075", remaining_term=300, pi_payment="1477.98", past_due_interest=5000, property_value=250000, mod_rate="0.0625", **SEASONED),
    "underwater": dict(upb=300000, note_rate="0.07", remaining_term=360, pi_payment="1995.91", past_due_interest=10000, property_value=250000, mod_rate="0.06", **SEASONED),
}

HAMP = {
    "HAMP-A": dict(upb=200000, note_rate="0.075", remaining_term=360, pi_payment="1398.43", escrow_payment=250, gross_monthly_income=4000, property_value=250000),
    "term-347": dict(upb=200000, note_rate="0.05", remaining_term=300, pi_payment="1169.18", escrow_payment=400, gross_monthly_income=3800, property_value=260000, past_due_interest=5000),
    "forbearance-to-target": dict(upb=200000, note_rate="0.05", remaining_term=300, pi_payment="1169.18", escrow_payment=400, gross_monthly_income=3000, property_value=260000, past_due_interest=5000),
    "forbearance-capped": dict(upb=300000, note_rate="0.06", remaining_term=360, pi_payment="1798.65", escrow_payment=500, gross_monthly_income=3000, property_value=280000, past_due_interest=10000),
}

_FHA = dict(note_rate="0.08", remaining_term=300)
FHA_2025 = {
    "F1b": dict(upb=52000, note_rate="0.05", remaining_term=300, pre_hardship_pi=400, past_due_interest=14000, upb_at_default=56000, prior_partial_claims=3000, market_rate="0.06"),
    "met-360": dict(_FHA, upb=150000, pre_hardship_pi=1500, past_due_interest=6000, upb_at_default=150000, prior_partial_claims=0, market_rate="0.05"),
    "met-deferral": dict(_FHA, upb=200000, pre_hardship_pi=1500, past_due_interest=9000, upb_at_default=205000, prior_partial_claims=0, market_rate="0.06875"),
    "met-480": dict(_FHA, upb=200000, pre_hardship_pi=1500, past_due_interest=4000, upb_at_default=120000, prior_partial_claims=2000, market_rate="0.075"),
    "exhausted": dict(_FHA, upb=200000, pre_hardship_pi=1500, past_due_interest=4000, upb_at_default=120000, prior_partial_claims=20000, market_rate="0.075"),
}

VA_2026 = {
    "V1": dict(upb=150000, note_rate="0.075", remaining_term=300, escrow_payment=300, gross_monthly_income=6000, past_due_interest=5000, market_rate="0.06875", upb_at_default=155000, prior_partial_claims=0),
    "V2": dict(upb=200000, note_rate="0.04", remaining_term=300, escrow_payment=400, gross_monthly_income=4500, past_due_interest=5000, PMMS="0.0681", upb_at_default=205000, prior_partial_claims=0),
    "V3": dict(upb=200000, note_rate="0.06", remaining_term=300, escrow_payment=400, gross_monthly_income=4500, past_due_interest=5000, PMMS="0.0681", upb_at_default=170000, prior_partial_claims=0),
    "V4": dict(upb=200000, note_rate="0.06", remaining_term=300, escrow_payment=400, gross_monthly_income=4500, past_due_interest=5000, PMMS="0.0681", upb_at_default=170000, prior_partial_claims=46000),
    "V5": dict(upb=200000, note_rate="0.05", remaining_term=420, escrow_payment=400, gross_monthly_income=10000, market_rate="0.05875", upb_at_default=200000, prior_partial_claims=0),
}
