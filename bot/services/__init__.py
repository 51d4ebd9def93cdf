"""Use cases: receiving updates durably, holding conversations, sending replies durably."""
