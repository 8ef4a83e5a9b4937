"""Accounts: the panel under the sidebar, the accounts dialog and the sign-in form."""
