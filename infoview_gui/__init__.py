"""InfoView: plan, hold and follow up informational interviews."""

__version__ = "0.1.0"
APP_NAME = "InfoView"
