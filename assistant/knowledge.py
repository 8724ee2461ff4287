"""The knowledge base: practice guidance indexed in embedded ChromaDB with local embeddings.

Guidance lives in `assistant/guidance/*.md`: a `# Title`, then passages each under a `## Heading`.
A passage's id is `<file stem>#<n>`. The index is rebuilt whenever the guidance changes.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.embeddings import embed

GUIDANCE_DIR = Path(__file__).parent / "guidance"
COLLECTION = "guidance"


@dataclass(frozen=True)
class Passage:
    id: str
    title: str
    text: str
    score: float = 0.0


def load_guidance(folder: Path = GUIDANCE_DIR) -> list[Passage]:
    """Every passage of every guidance file, in file order."""
    passages = []
    for path in sorted(folder.glob("*.md")):
        chunks = re.split(r"^## +(.+)$", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        for n, (heading, body) in enumerate(zip(chunks[::2], chunks[1::2], strict=True), start=1):
            passages.append(Passage(f"{path.stem}#{n}", heading.strip(), " ".join(body.split())))
    return passages


class KnowledgeBase:
    """Retrieves the guidance passages most relevant to a drafting task."""

    def __init__(self, settings: Settings, folder: Path = GUIDANCE_DIR) -> None:
        self.settings = settings
        self.folder = folder
        self._collection = None

    def collection(self):
        if self._collection is None:
            self._collection = _open_collection(str(self.settings.chroma_path), str(self.folder))
        return self._collection

    def search(self, query: str, k: int = 3) -> list[Passage]:
        """The `k` passages nearest in meaning to `query`, best first."""
        if k <= 0:
            return []
        found = self.collection().query(query_embeddings=embed([query]), n_results=k)
        return [
            Passage(pid, meta["title"], doc, round(1 - dist, 4))
            for pid, doc, meta, dist in zip(found["ids"][0], found["documents"][0],
                                            found["metadatas"][0], found["distances"][0])
        ]


@functools.lru_cache(maxsize=4)
def _open_collection(chroma_path: str, folder: str):
    """Open (and if the guidance changed, rebuild) the guidance collection, once per process."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    passages = load_guidance(Path(folder))
    digest = hashlib.sha256("\n".join(f"{p.id}|{p.title}|{p.text}" for p in passages).encode()).hexdigest()
    client = chromadb.PersistentClient(path=chroma_path, settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection(COLLECTION, metadata={"hnsw:space": "cosine"},
                                                 embedding_function=None)
    if (collection.metadata or {}).get("digest") != digest or collection.count() != len(passages):
        client.delete_collection(COLLECTION)
        collection = client.create_collection(
            COLLECTION, metadata={"hnsw:space": "cosine", "digest": digest}, embedding_function=None)
        collection.add(
            ids=[p.id for p in passages],
            documents=[p.text for p in passages],
            metadatas=[{"title": p.title} for p in passages],
            embeddings=embed([f"{p.title}. {p.text}" for p in passages]),
        )
    return collection
