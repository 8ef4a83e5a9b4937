"""The Insights page: the six response levels per channel and week (issue 15)."""
