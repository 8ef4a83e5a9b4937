"""The Outbox page: replies waiting, their review and editing."""
