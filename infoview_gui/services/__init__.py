"""Use cases: one user action each, validated by the domain, written in one transaction."""
