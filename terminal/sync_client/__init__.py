"""The terminal's sync client: enrollment, push of the outbox, pull of the change feed, the scheduler."""
