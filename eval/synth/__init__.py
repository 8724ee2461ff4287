"""Synthetic evaluation data: seeded generators of notes with gold labels.

`eval.synth.redaction` makes children's social care notes with gold identifier spans, for
measuring redaction recall and precision by identifier type and name-origin group.
"""
