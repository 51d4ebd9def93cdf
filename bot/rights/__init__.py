"""Know your rights: short, sourced topics kept as curated data (``rights/*.yaml``), shown one
screen at a time through the flow engine, each ending one tap from a lawyer."""
