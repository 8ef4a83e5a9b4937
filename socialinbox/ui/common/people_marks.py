"""The marks every list puts on a message for the people involved: the VIP star of its
customer, whom it is escalated and assigned to — and the words that explain them.

Rules: each list draws the star (:data:`VIP_STAR`) beside the customer's name in the
palette's accent colour (:func:`vip_colour`, readable in light and dark mode) and gives
the row the tooltip :func:`marks_tooltip`; the words are translated here once.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from socialinbox.ui.common.formatting import translate

VIP_STAR = "★"


def vip_colour(palette: QPalette, selected: bool = False) -> QColor:
    """The star's colour: the accent, or the selection's text on a selected row."""
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Accent
    return palette.color(role)


def vip_text() -> str:
    return translate("PeopleMarks", "VIP customer: their messages come first")


def escalation_label(name: str) -> str:
    """The short mark of an open escalation in a row ("⇡ Bob")."""
    return translate("PeopleMarks", "⇡ {name}").format(name=name)


def marks_tooltip(vip: bool, escalated_to: str | None, assigned_to: str | None) -> str:
    """One line per mark ("" when there is none); plain text for a plain tooltip."""
    lines = []
    if vip:
        lines.append(vip_text())
    if escalated_to:
        lines.append(translate("PeopleMarks", "Escalated to {name}").format(name=escalated_to))
    if assigned_to:
        lines.append(translate("PeopleMarks", "Assigned to {name}").format(name=assigned_to))
    return "\n".join(lines)


def with_vip_star(name: str, vip: bool) -> str:
    """A customer's name with the star after it where they are a VIP (for text cells)."""
    return f"{name}  {VIP_STAR}" if vip else name
