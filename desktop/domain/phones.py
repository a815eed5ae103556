"""Telephone numbers: stored in E.164 (`+15145550199`), shown the Quebec way (`514 555-0199`).

Parsing and validation use `phonenumbers` (Google's libphonenumber metadata), with Canada as the
default region so local numbers need no prefix. Validity is the strict `is_valid_number`: it
knows each country's assigned ranges, so `555 555-5555` or a digit too many is refused while the
fictional 555-01xx exchange used in test and demo data (`514 555-0199`) is a valid Montreal
number for it. Display follows the OQLF usage for North American numbers (area code, space,
exchange, hyphen: no parentheses) and the ITU international form for the others.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

_NANP = 1
_LETTERS = re.compile(r"[^\W\d_]")
_PARENTHESES = re.compile(r"[()]")
_PLUS_ONE_AREA = re.compile(r"^\+1 (\d{3})-")


def _parse(text: str, region: str) -> PhoneNumber:
    if _LETTERS.search(text):
        # Words are an extension ("poste 12") or a vanity number: E.164 can keep neither, and
        # phonenumbers would silently turn "poste" into digits.
        raise ValueError(f"not a telephone number (letters): {text!r}")
    try:
        number = phonenumbers.parse(text, region.upper())
    except NumberParseException as error:
        raise ValueError(f"not a telephone number: {text!r}") from error
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"not a valid telephone number: {text!r}")
    return number


def normalize_phone(text: str | None, region: str = "CA") -> str:
    """The E.164 form of a number typed in any usual way; ValueError if it is not a valid one.

    Numbers without a country code are read as numbers of `region`; "+33 ..." or "011 33 ..."
    reach other countries.
    """
    if text is None or not text.strip():
        raise ValueError("empty telephone number")
    return phonenumbers.format_number(_parse(text, region), PhoneNumberFormat.E164)


def is_valid_phone(text: str | None, region: str = "CA") -> bool:
    try:
        normalize_phone(text, region)
    except ValueError:
        return False
    return True


def format_phone(e164: str | None, international: bool = False) -> str:
    """A stored number for display: "514 555-0199" (or "+1 514 555-0199"), "+33 6 12 34 56 78".

    Text that does not parse is returned as it is, so that a bad legacy value stays visible.
    """
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    digits = phonenumbers.national_significant_number(number)
    if number.country_code == _NANP and len(digits) == 10:
        local = f"{digits[:3]} {digits[3:6]}-{digits[6:]}"
        return f"+1 {local}" if international else local
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def format_as_you_type(text: str | None, region: str = "CA") -> str:
    """`text` reformatted as it is being typed: "5145550" gives "514-5550", then "514 555-01".

    Only digits and a leading "+" are kept. North American numbers lose the parentheses and
    hyphen phonenumbers puts after the area code, so that the typed form ends as `format_phone`
    shows it.
    """
    if not text:
        return ""
    formatter = phonenumbers.AsYouTypeFormatter(region.upper())
    result = ""
    stripped = text.strip()
    for position, char in enumerate(stripped):
        if (char.isdigit() and char.isascii()) or (char == "+" and position == 0):
            result = formatter.input_digit(char)
    if not result.startswith("+") or result.startswith("+1"):
        result = " ".join(_PARENTHESES.sub("", result).split())
        result = _PLUS_ONE_AREA.sub(r"+1 \1 ", result)
    return result
