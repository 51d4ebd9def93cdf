"""Evidence for policy dialogue: figures with nobody in them (pure: no I/O, no storage)."""

MIN_THRESHOLD = 5
"""No count below this is ever shown, whatever the configuration says."""
DEFAULT_THRESHOLD = 10
