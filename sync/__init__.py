"""Synchronisation with the central registry: the outbox, protocol, client and server."""
