"""Social Inbox: one local-first inbox for every channel a small business talks on."""

__version__ = "0.1.0"
APP_NAME = "Social Inbox"
APP_ID = "socialinbox"
