"""The coarse-tag lookup agrees with the model's attribute ruler, and steps aside when it cannot."""

import spacy

from redaction.detector import SPACY_MODEL
from redaction.pos_tags import install, tables

TEXTS = [
    "Mum said Tariq, 7, was at school when the police came round at 9pm.",
    "the carer, mrs o'brien, rang at 10 to say she'd not been home since Tuesday!!",
    "SW: What's it like at Nan's?\nAMARA: it's alright but i miss my dog.\n\n  - bruise on shin",
    "DOB 03.05.15 | NHS 943 476 5919 | lives at 12a Ferryman's Tarn, Keswick CA12 5AB",
    "Whom did he tell? There's nobody who'd know. Is he gonna be ok?",
    "he does n't want to go; I 'd rather he did n't either. Kai's views: I want my own room",
]


def _pipeline():
    nlp = spacy.load(SPACY_MODEL)
    nlp.disable_pipes("parser", "lemmatizer")
    nlp.enable_pipe("senter")
    return nlp


def test_lookup_gives_the_rulers_tags():
    ruled, looked_up = _pipeline(), _pipeline()
    install(looked_up)
    assert "attribute_ruler" not in looked_up.pipe_names
    for a, b in zip(ruled.pipe(TEXTS), looked_up.pipe(TEXTS), strict=True):
        assert [(t.text, t.tag_, t.pos_, t.ent_type_) for t in a] == [(t.text, t.tag_, t.pos_, t.ent_type_) for t in b]


class _Ruler:
    def __init__(self, patterns):
        self.patterns = patterns


def test_a_pattern_of_another_shape_keeps_the_ruler():
    plain = {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}
    assert tables(_Ruler([plain])) == ({"NN": (0, "NOUN")}, {})
    two_words = {"patterns": [[{"LOWER": "of"}, {"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}
    by_shape = {"patterns": [[{"SHAPE": "Xxx", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}}
    assert tables(_Ruler([plain, two_words])) is None
    assert tables(_Ruler([plain, by_shape])) is None


def test_a_word_rule_outranks_an_earlier_tag_rule_only():
    tag = {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}}
    word = {"patterns": [[{"LOWER": {"IN": ["that", "this"]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}}
    by_tag, by_word = tables(_Ruler([tag, word]))
    assert by_word[("that", "DT")] == (1, "PRON") and by_tag["DT"] == (0, "DET")
