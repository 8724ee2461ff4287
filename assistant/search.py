"""Semantic search over case records, for the people who may see them.

Each record's latest version is cut into passages (a heading with the text under it, at most
`PASSAGE_CHARS`), embedded locally (all-MiniLM-L6-v2) and kept in an embedded Chroma collection
beside the guidance index. Chroma holds only vectors and ids (record, version, passage number):
never the text, so the index adds no second copy of anyone's words to the disk. The text shown
with a hit is read from the database, after the access check.

Access is never left to the index: the records a search may return are those
`assistant.records.Records.list` gives the person (a social worker their own; a supervisor their
own and their team's submitted, returned and approved ones), the query is restricted to them, and
each hit is checked again against `assistant.access.denial` on the record as stored now. A hit
shows a passage, so every hit returned is audited as a `view` (`via: search`); opening one in full
(`RecordSearch.open`) is audited as a view of the whole record.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from assistant import audit
from assistant.access import Principal, denial
from assistant.embeddings import embed
from assistant.records import Records
from assistant.storage import Store

COLLECTION = "records"
PASSAGE_CHARS = 700
SCOPE_LIMIT = 5000  # records one person may search at once


@dataclass(frozen=True)
class Hit:
    """A record that matches, its best passage and how close it came (cosine similarity)."""

    draft_id: int
    score: float
    passage: str
    record_type: str
    status: str
    owner: str
    passage_number: int = 0


def passages(text: str, limit: int = PASSAGE_CHARS) -> list[str]:
    """The record cut at its headings, long sections cut again at line or sentence ends."""
    sections = [s.strip() for s in re.split(r"\n(?=\s{0,3}#{1,6}\s)", text.strip()) if s.strip()]
    out: list[str] = []
    for section in sections:
        while len(section) > limit:
            cut = max(section.rfind("\n", 0, limit), section.rfind(". ", 0, limit))
            cut = cut + 1 if cut > limit // 3 else limit
            out.append(section[:cut].strip())
            section = section[cut:].strip()
        if section:
            out.append(section)
    return out


class RecordSearch:
    """The record index in `settings.chroma_path`, queried on behalf of a `Principal`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.records = Records(store)

    def collection(self):
        return _collection(str(self.store.settings.chroma_path))

    def index(self, draft: Any) -> int:
        """(Re)index a stored record's latest version; returns the number of passages."""
        if not draft.versions:
            return 0
        latest = draft.versions[-1]
        parts = passages(latest.text)
        collection = self.collection()
        collection.delete(where={"draft_id": draft.id})
        if parts:
            collection.add(
                ids=[f"{draft.id}:{n}" for n in range(len(parts))],
                embeddings=embed(parts),
                metadatas=[{"draft_id": draft.id, "version": latest.number, "passage": n,
                            "team": draft.team or "", "owner_id": draft.owner_id or 0}
                           for n in range(len(parts))])
        return len(parts)

    def sync(self, user: Principal) -> int:
        """Index the records `user` may see whose latest version is not in the index yet (records
        submitted from the CLI or another machine, or edited since); returns how many."""
        visible = self.records.list(user, limit=SCOPE_LIMIT)
        indexed = self._indexed([d.id for d in visible])
        stale = [d for d in visible if d.versions and indexed.get(d.id) != d.versions[-1].number]
        for d in stale:
            self.index(d)
        return len(stale)

    def search(self, user: Principal, query: str, k: int = 5) -> list[Hit]:
        """The `k` records nearest in meaning to `query` among those `user` may see, best first.

        Raises AccessDenied (audited) for people who see no records (evaluators, admins).
        """
        if not query.strip():
            return []
        visible = {d.id: d for d in self.records.list(user, limit=SCOPE_LIMIT)}
        if not visible:
            return []
        self.sync(user)
        found = self.collection().query(
            query_embeddings=embed([query.strip()]), n_results=min(k * 4, 200),
            where={"draft_id": {"$in": list(visible)}}, include=["metadatas", "distances"])
        best: dict[int, tuple[float, int]] = {}
        for meta, distance in zip(found["metadatas"][0], found["distances"][0], strict=True):
            draft_id, score = int(meta["draft_id"]), round(1 - distance, 4)
            if draft_id not in best or score > best[draft_id][0]:
                best[draft_id] = (score, int(meta["passage"]))
        hits = []
        for draft_id, (score, passage) in sorted(best.items(), key=lambda item: -item[1][0]):
            record = self.store.get_draft(draft_id)  # as stored now, not as when it was listed
            if record is None or draft_id not in visible or denial(user, "view", record) is not None:
                continue
            parts = passages(record.versions[-1].text) if record.versions else []
            owner = record.owner.display_name if record.owner else ""
            hits.append(Hit(draft_id, score, parts[passage] if passage < len(parts) else "",
                            record.record_type, record.status, owner, passage))
            if len(hits) == k:
                break
        self._audit_shown(user, hits)
        return hits

    def open(self, user: Principal, draft_id: int):
        """Open a hit in full: access-checked again and audited as a view `via` search."""
        return self.records.get(user, draft_id, via="search")

    def _audit_shown(self, user: Principal, hits: list[Hit]) -> None:
        """A hit shows a passage of the record: that is a view, and the log says so (which
        record and passage, never the query, which may name people)."""
        if not hits:
            return
        with self.store.write() as s:
            for hit in hits:
                audit.append(s, user.username, "view", "draft", hit.draft_id,
                             {"via": "search", "passage": hit.passage_number, "status": hit.status})

    def _indexed(self, ids: list[int]) -> dict[int, int]:
        if not ids:
            return {}
        got = self.collection().get(where={"draft_id": {"$in": ids}}, include=["metadatas"])
        return {int(m["draft_id"]): int(m["version"]) for m in got["metadatas"]}


@functools.lru_cache(maxsize=4)
def _collection(chroma_path: str):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=chroma_path, settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_or_create_collection(COLLECTION, metadata={"hnsw:space": "cosine"}, embedding_function=None)
