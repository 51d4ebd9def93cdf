"""Evidence for policy dialogue: figures with nobody in them (pure: no I/O, no storage)."""
