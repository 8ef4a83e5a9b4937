"""What one of the escalation dialogs asks (kept apart from the dialog, which is
imported only when opened)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DialogShape:
    """What one of the dialogs asks: its title and intro, the picker and the text field.

    ``picker``: the label of the person picker ("" for none); ``nobody``: the picker
    offers "Nobody" (unassign); ``text``: the label of the text field ("" for none);
    ``text_required``: OK waits for some text; ``ok``: the OK button's text.
    """

    title: str
    intro: str
    ok: str
    picker: str = ""
    nobody: str = ""
    text: str = ""
    text_required: bool = False
