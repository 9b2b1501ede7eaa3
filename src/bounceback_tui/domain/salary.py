"""Salaries as people type them and as the app shows them: "120k", "€85,000" and "55.50"
read as numbers, and a range written back compactly ("85k-95k EUR/year")."""

from __future__ import annotations

import re

from bounceback_tui.domain.text import quoted

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_SALARY = re.compile(r"^(\d+(?:\.\d+)?)\s*([kK])?$")

# The most pay the app takes in a currency worth about a US dollar or more, and in one it
# does not know: far past any real salary, so only a slip (digits typed twice, an amount
# in cents) is refused. It was the limit in every currency, and 1,500,000,000 rupiah a year
# is a real senior salary.
MAX_PAY = 1e9
# Currencies whose unit is worth much less, by how many digits past the first the count of
# units one US dollar buys has: 100 to 999 to the dollar (the yen) takes 10**2 times as much,
# 1,000 to 9,999 (the won) 10**3, 10,000 and more (the rupiah, about 16,000) 10**4. Rough on
# purpose; where the figures come from: docs/data-model.md ("Pay limits"), whose table
# tests/test_pay_limits.py holds to this one.
_SMALL_UNITS: dict[int, str] = {
    2: "AMD BDT CLP CRC DJF DZD ETB GYD HTG HUF ISK JMD JPY KES KMF KZT LKR LRD NPR PKR SOS"
    " XAF XOF",
    3: "ARS BIF CDF COP GNF IQD KHR KRW MGA MMK MNT MWK NGN PYG RWF TZS UGX",
    4: "IDR IRR LAK LBP SYP UZS VND",
}
_SCALE: dict[str, float] = {
    code: 10.0**power for power, codes in _SMALL_UNITS.items() for code in codes.split()
}


# Said wherever an imported posting is (`fetch-posting`, the app's import) when its pay was
# past pay_limit, below zero or endless, and so left out.
PAY_LEFT_OUT = (
    "The posting's pay was left out: the amount it gave was below zero or far beyond any "
    "real salary, most likely a slip in the posting."
)


def pay_limit(currency: str | None = None) -> float:
    """The most pay the app takes in ``currency`` (an ISO code, or a symbol): the form, the
    CLI and every importer ask this. ``MAX_PAY`` for a currency not in the table, or none."""
    code = (currency or "").strip().upper()
    return MAX_PAY * _SCALE.get(CURRENCY_SYMBOLS.get(code, code), 1)


# "55.000", "1.250.000,50": dots between groups of three, as much of Europe writes them
# ("0.500" is a half, not five hundred).
_DOTTED_THOUSANDS = re.compile(r"([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2}))?([kK]?)")
# "55,5", "12,34", "1,5k": a comma before one or two digits is a decimal comma (one between
# thousands has three after it).
_DECIMAL_COMMA = re.compile(r"(\d+),(\d{1,2})([kK]?)")


def _plain_digits(amount: str) -> str:
    """An amount with a decimal comma or dots between thousands written as the pattern above
    reads it; any other as it is. Before, "55,5" was 555, "1,5k" 15,000 and "55.000" 55 (a
    stranger's spreadsheet and an attacker's walk)."""
    if match := _DOTTED_THOUSANDS.fullmatch(amount):
        whole, cents, thousand = match.groups()
        return whole.replace(".", "") + (f".{cents}" if cents else "") + thousand
    if match := _DECIMAL_COMMA.fullmatch(amount):
        return f"{match.group(1)}.{match.group(2)}{match.group(3)}"
    return amount


def parse_salary(text: str, currency: str = "", *, limited: bool = True) -> float | None:
    """'120k', '120,000', '55.50', '55.000' (thousands), '55,5' -> a number; empty -> None.
    More than ``pay_limit(currency)`` is refused, unless not ``limited`` (a currency the form
    refuses: the amount is not judged against it)."""
    cleaned = text.strip().replace("_", "").replace(" ", "")
    for symbol in CURRENCY_SYMBOLS:
        cleaned = cleaned.replace(symbol, "")
    cleaned = _plain_digits(cleaned).replace(",", "")
    if not cleaned:
        return None
    match = _SALARY.match(cleaned)
    if not match:
        raise ValueError(f"{quoted(text)} is not an amount; write it like 85000 or 85k.")
    amount = float(match.group(1)) * (1000 if match.group(2) else 1)
    if limited and amount > pay_limit(currency):
        raise ValueError("That salary is larger than any real one; check the digits.")
    return amount


def format_amount(amount: float) -> str:
    """85000 -> "85k", 85500 -> "85.5k", 45.5 -> "45.50" (hourly rates keep their cents)."""
    if amount >= 1000:
        thousands = amount / 1000
        text = f"{thousands:.1f}".removesuffix(".0")
        return f"{text}k"
    return f"{amount:.2f}".removesuffix(".00")


def format_salary(
    salary_min: float | None,
    salary_max: float | None,
    currency: str = "",
    period: str | None = None,
) -> str:
    """A compact range: "85k-95k EUR/year", "from 60k GBP", "" when nothing is known."""
    if salary_min is None and salary_max is None:
        return ""
    if salary_min is not None and salary_max is not None:
        amount = (
            format_amount(salary_min)
            if salary_min == salary_max
            else f"{format_amount(salary_min)}-{format_amount(salary_max)}"
        )
    elif salary_min is not None:
        amount = f"from {format_amount(salary_min)}"
    else:
        assert salary_max is not None
        amount = f"up to {format_amount(salary_max)}"
    tail = " ".join(part for part in (currency, f"/{period}" if period else "") if part)
    return f"{amount} {tail}".replace(" /", "/").strip()
