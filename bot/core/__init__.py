"""The pure dialog engine: flows, events, replies and ``advance``; no I/O, no clock."""
