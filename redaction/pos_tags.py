"""Coarse part-of-speech tags from the tagger's fine tags, by table lookup.

The name rules read `token.pos_`, which the model's attribute ruler sets from the fine tag (and,
for a few words, the word itself). The ruler runs a spaCy Matcher over every token and costs about
a tenth of the redaction pass; its POS patterns, without a dependency parse, reduce to two lookups:
(fine tag) and (lower-case word, fine tag), the later pattern winning as in the ruler. Built from the
loaded ruler's own patterns, so it always agrees with it; any POS pattern of another shape keeps the
ruler (`tables` returns None).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

_SPACE_TAG = "_SP"


def tables(ruler) -> tuple[dict, dict] | None:
    """(by tag, by (word, tag)) -> (pattern index, POS) from an AttributeRuler's patterns."""
    by_tag: dict[str, tuple[int, str]] = {}
    by_word: dict[tuple[str, str], tuple[int, str]] = {}
    for index, rule in enumerate(ruler.patterns):
        pos = rule["attrs"].get("POS")
        if pos is None:
            continue
        if any("DEP" in token for pattern in rule["patterns"] for token in pattern):
            continue  # needs a dependency parse: none here, so the ruler never matches it
        if len(rule["patterns"]) != 1 or len(rule["patterns"][0]) != 1:
            return None
        token = rule["patterns"][0][0]
        if "IS_SPACE" in token:
            continue  # the space rules, handled in CoarseTags
        if set(token) - {"TAG", "LOWER"} or not isinstance(token.get("TAG"), str):
            return None
        words = token.get("LOWER")
        if words is None:
            by_tag[token["TAG"]] = (index, pos)
        else:
            for word in [words] if isinstance(words, str) else words.get("IN", [None]):
                if word is None:
                    return None
                by_word[(word, token["TAG"])] = (index, pos)
    return by_tag, by_word


def install(nlp: Language) -> None:
    """Replace the attribute ruler with the lookup when its POS patterns allow it."""
    if "attribute_ruler" in nlp.pipe_names and tables(nlp.get_pipe("attribute_ruler")) is not None:
        nlp.add_pipe("heard_coarse_tags", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")


@Language.factory("heard_coarse_tags")
def _coarse_tags(nlp: Language, name: str) -> CoarseTags:
    return CoarseTags(nlp)


class CoarseTags:
    """The attribute ruler's POS assignments as a pipeline component (built from its patterns)."""

    def __init__(self, nlp: Language) -> None:
        by_tag, by_word = tables(nlp.get_pipe("attribute_ruler"))
        strings = nlp.vocab.strings
        self.by_tag = {strings.add(tag): (index, strings.add(pos)) for tag, (index, pos) in by_tag.items()}
        self.by_word = {(strings.add(word), strings.add(tag)): (index, strings.add(pos))
                        for (word, tag), (index, pos) in by_word.items()}
        self.space_tag, self.space, self.other = (strings.add(s) for s in (_SPACE_TAG, "SPACE", "X"))

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, LOWER, IS_SPACE])
        out = np.zeros((len(doc), 2), dtype="uint64")
        for i, (tag, lower, is_space) in enumerate(rows.tolist()):
            out[i] = (self.space_tag, self.space) if is_space else (tag, self._pos(tag, lower))
        doc.from_array([TAG, POS], out)
        return doc

    def _pos(self, tag: int, lower: int) -> int:
        if tag == self.space_tag:
            return self.other
        by_tag = self.by_tag.get(tag, (-1, 0))
        by_word = self.by_word.get((lower, tag), (-1, 0))
        return max(by_tag, by_word)[1]
