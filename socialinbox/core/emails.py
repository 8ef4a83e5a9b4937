"""E-mail addresses: the one rule for what counts as an address, and its normal form.

Every place that validates, stores or finds an address uses this module (the
identity keys of the e-mail network, the arrivals import, addresses written in
messages), so that an address accepted in one place matches it in another.

The rule: a local part without spaces or ``@``, an ``@``, and a domain of at
least two dot-separated labels (``anna@example.com``; ``anna@localhost`` is not
an address a guest writes from). The normal form is the whole address in lower
case: the local part is case-sensitive by the standard, but no mail service a
customer uses treats it so, and a key that differs by case would split a person
in two.
"""

from __future__ import annotations

import re
from email.utils import parseaddr
from typing import Final

# The address itself (no display name), for ``fullmatch``.
EMAIL_ADDRESS: Final = re.compile(r"[^@\s<>()\[\],;:\"]+@[\w-]+(?:\.[\w-]+)+")
# Addresses inside a text: a narrower local part, so that punctuation around stays out.
# One starts only where a run of local-part characters starts: without the look-behind
# a 60,000-letter word with no "@" costs a scan from every letter (quadratic: 10 s,
# minutes for 1 MB, the window frozen meanwhile); with it, one scan of the run.
_IN_TEXT: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalise_email(raw: str) -> str | None:
    """The address in ``raw`` in lower case, or None if it holds no single valid address.

    Accepts what people paste: spaces around, any case, ``mailto:anna@example.com``
    (a ``?subject=…`` tail dropped) and ``Anna <anna@example.com>``.
    """
    text = (raw or "").strip()
    if text[:7].lower() == "mailto:":
        text = text[7:].split("?", 1)[0].strip()
    if "<" in text:
        _name, text = parseaddr(text)
    address = text.strip().rstrip(".").lower()
    return address if EMAIL_ADDRESS.fullmatch(address) else None


def find_emails(text: str) -> list[str]:
    """Addresses written in a text, normalised, in order of appearance (repeats kept)."""
    found = []
    for match in _IN_TEXT.findall(text or ""):
        address = normalise_email(match)
        if address is not None:
            found.append(address)
    return found
