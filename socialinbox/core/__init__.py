"""Domain model and services, the connector protocol (``connector``) and the business
settings (``business_settings``). No Qt and no network in here; imports only storage
and the foundation modules (settings, clock, paths)."""
