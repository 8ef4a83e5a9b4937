"""Domain model and services. No Qt and no network in here."""
