"""The asyncio sync engine: fetch from every account, store, report changes. No Qt."""
