"""The front desk: reminders, today's arrivals, the arrivals import and the Ctrl+K lookup."""
