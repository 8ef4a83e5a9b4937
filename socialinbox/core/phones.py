"""Phone numbers in E.164, through ``phonenumbers``.

A number written without a country code ("0171 2345678") can only be read with
a region (the property's country, e.g. "DE"); without one it is not a phone
number we can match exactly, and :func:`normalise_phone` returns None.
"""

from __future__ import annotations

# ``phonenumbers`` is imported where it is used: it costs ~10 ms, and the window's
# first paint needs no phone number.


def normalise_phone(raw: str, region: str | None = None) -> str | None:
    """``raw`` in E.164 ("+4917123456789"), or None if it is not a valid number."""
    import phonenumbers

    text = (raw or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_phones(text: str, region: str | None = None) -> list[str]:
    """Valid phone numbers written in a text, in E.164 (international ones only without
    a region)."""
    import phonenumbers

    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region.upper() if region else None):
        found.append(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
    return found
