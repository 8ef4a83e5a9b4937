"""Channel connectors: one module per network implementing the protocol of
:mod:`socialinbox.core.connector` and declaring its networks
(:mod:`socialinbox.core.networks`), the registry that finds both, and the HTTP layer
they share (:mod:`socialinbox.channels.http`: waits per account, typed errors)."""
