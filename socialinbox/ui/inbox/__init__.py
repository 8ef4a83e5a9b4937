"""The inbox page: the message list, its model and delegate, the reading pane, the
composer, search, and the commands on messages."""
