"""Channel connectors: one small interface, one module per network, a registry."""
