"""The window's frame: the main window, sidebar, status bar, tray, notifier,
theme, start-up checks."""
