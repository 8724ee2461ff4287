import random

import pytest

from assistant.chunking import split_to_fit


def words(text: str) -> int:
    return len(text.split()) + text.count("\n")


def make_notes(seed: int) -> str:
    rng = random.Random(seed)
    vocab = ["saw", "the", "child", "mum", "said", "school", "visit", "bedroom", "calm", "worried"]
    paragraphs = []
    for _ in range(rng.randint(3, 12)):
        lines = [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 40))) + rng.choice([".", "!", "?", ""])
                 for _ in range(rng.randint(1, 6))]
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + ("x" * rng.randint(0, 300))


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("limit", [5, 30, 200])
def test_pieces_rejoin_exactly_and_fit(seed, limit):
    text = make_notes(seed)
    pieces = split_to_fit(text, limit, words)
    assert "".join(pieces) == text
    assert all(words(p) <= limit for p in pieces if len(p) > 1)


def test_short_text_is_one_piece():
    assert split_to_fit("short note", 10, words) == ["short note"]


def test_cuts_at_paragraphs_before_lines():
    text = "one two three\nfour five\n\nsix seven\neight"
    assert split_to_fit(text, 8, words)[0] == "one two three\nfour five\n\n"
