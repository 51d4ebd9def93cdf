"""Pseudonyms, encryption at rest with rotating keys, and log redaction."""
