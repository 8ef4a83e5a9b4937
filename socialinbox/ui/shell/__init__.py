"""The window's frame: the main window (sidebar, page stack, status bar, close and quit),
the action table behind the menus, toolbar and shortcut help, the Page and Frame protocols
features build on, tray, notifier, theme, start-up checks."""
