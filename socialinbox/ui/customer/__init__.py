"""The customer card and its dialogs: notes, identities, merges, privacy, the timeline."""
