"""The staff console: a second staff-side channel in the browser, on the same services as the
Telegram staff group. One module per area; every route declares who may use it (access.py)."""
