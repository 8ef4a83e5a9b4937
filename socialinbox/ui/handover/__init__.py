"""View ▸ Handover: the shift digest."""
