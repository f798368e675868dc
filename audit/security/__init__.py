"""Encryption at rest and key handling."""
