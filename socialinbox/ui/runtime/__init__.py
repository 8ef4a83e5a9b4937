"""What the window runs off the UI thread: the change bridge, asyncio tasks, the sync
controller, counts, the database's upkeep."""
