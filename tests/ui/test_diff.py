"""What the social worker changed from the AI draft: word counts, the share kept, the diff."""

from __future__ import annotations

import pytest

from ui.diff import change, diff_html


@pytest.mark.parametrize("ai, human, kept, removed, added, share", [
    ("one two three four", "one two three four", 4, 0, 0, 1.0),
    ("one two three four", "one two\nthree   four", 4, 0, 0, 1.0),  # layout is not a change
    ("one two three four", "one two", 2, 2, 0, 0.5),
    ("one two three four", "one two three four five six", 4, 0, 2, 1.0),
    ("mum was hostile today", "mum was upset today", 3, 1, 1, 0.75),
    ("a b c d", "x y z", 0, 4, 3, 0.0),
    ("", "all mine", 0, 0, 2, 1.0),
])
def test_change_counts_words(ai, human, kept, removed, added, share):
    c = change(ai, human)
    assert (c.kept, c.removed, c.added) == (kept, removed, added)
    assert c.kept_share == pytest.approx(share)


def test_human_share_is_the_part_of_the_record_the_person_wrote():
    assert change("a b c d", "a b c d e f g h").human_share == pytest.approx(0.5)


def test_diff_marks_removed_and_added_words_and_escapes_html():
    out = diff_html("Mum was <b>hostile</b> today.", "Mum was upset today.\nKofi said hi.")
    assert '<del style="background:#f8c4c4;color:#7a1f1f">&lt;b&gt;hostile&lt;/b&gt;</del>' in out
    assert "<ins" in out and "upset" in out and "Kofi said hi." in out
    assert "<b>" not in out and "<br>" in out
    assert "<del" not in diff_html("same words", "same words")
