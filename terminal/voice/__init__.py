"""Spoken guidance: the Face-ID instructions said aloud, for patients who cannot read the screen.

The recordings are made in advance (:mod:`.render`, a developer's tool around espeak-ng, or a native
speaker) and shipped in ``resources/voice/<language>/`` with a manifest (:mod:`.manifest`) that holds
each recording's words and who made it. :mod:`.speaker` plays them on a thread of its own, so the
camera and the window never wait on the sound card. Nothing here imports Qt. See docs/voice.md.
"""
