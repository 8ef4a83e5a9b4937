"""Escalating and assigning messages in the window: the dialogs, the history, the notice."""
