"""Crisis alerts in the window: the banner that stays until acknowledged, its notification."""
