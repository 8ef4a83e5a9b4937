"""What every feature shares: widgets, table models, formatting, icons, links."""
