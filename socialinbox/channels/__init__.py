"""Channel connectors: one module per network implementing the protocol of
:mod:`socialinbox.core.connector`, and the registry that finds them."""
