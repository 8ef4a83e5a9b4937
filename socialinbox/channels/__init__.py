"""Channel connectors: one module per network implementing the protocol of
:mod:`socialinbox.core.connector`, the registry that finds them, and the HTTP layer
they share (:mod:`socialinbox.channels.http`: waits per account, typed errors)."""
