"""Domain model and services, the connector protocol (``connector``), the business
settings (``business_settings``) and the network catalogue (``networks``: how each
network's identities are written, declared by connectors and filled in by the app).
No Qt and no network in here; imports only storage and the foundation modules
(settings, clock, paths)."""
