"""Supervisor queue: the team's records waiting for sign-off, oldest first. For each, its notes,
its findings (highlighted, with citations), its provenance (model, prompt version, when,
redaction counts) and what the social worker changed from the AI draft; approve, or return with
a comment. Below, semantic search over every record the supervisor may see."""

from __future__ import annotations

import streamlit as st

from assistant.access import AccessDenied
from assistant.errors import HeardError
from assistant.records import Records
from assistant.review import review
from assistant.search import RecordSearch
from prompts import get_template
from ui import auth
from ui.diff import change, diff_html
from ui.findings import show_review
from ui.state import index_record, settings, show_error, store

OPENED = "queue_opened"  # (id, record, review): read (and audited as a view) once per opening
SEARCHED = "queue_search"  # (query, hits): the last search, so a rerun does not log its views again

config = settings()
user = auth.require("supervisor")
records = Records(store())
st.title("Supervisor queue")
st.caption(f"Records from team {user.team} waiting for your sign-off, oldest first.")

if flash := st.session_state.pop("queue_flash", None):
    st.success(flash, icon=":material/task_alt:")
try:
    waiting = records.queue(user)
except (AccessDenied, HeardError) as exc:
    show_error(exc)
    st.stop()


def _label(d) -> str:
    when = d.updated_at or d.created_at
    return (f"#{d.id} · {get_template(d.record_type).title} · {d.owner.display_name if d.owner else '?'} · "
            f"submitted {when:%d %b %H:%M}")


def _open(draft_id: int):
    """Read the record (audited) and review its latest version again, for scores and citations."""
    d = records.get(user, draft_id)
    latest = d.versions[-1]
    checked = review(latest.text, d.note.text if d.note else None, d.record_type, settings=config)
    return d, (latest.text, latest.findings or [f.as_json() for f in checked.findings], checked.scores,
               checked.citations)


def _provenance(d) -> None:
    p = d.versions[0].provenance or {}
    redaction = p.get("redaction") or {}
    mentions = redaction.get("mentions") or {}
    drafted = (p.get("created_at") or f"{d.created_at:%Y-%m-%dT%H:%M}")[:16].replace("T", " ")
    facts = [("Model", p.get("model", "none")), ("Prompt", f"{p.get('template', '?')} v{p.get('template_version', '?')}"),
             ("Drafted", drafted), ("Identifiers replaced", str(sum(mentions.values())))]
    for column, (label, value) in zip(st.columns(4), facts, strict=True):
        column.caption(label)
        column.markdown(f"**{value}**")
    st.caption(f"Redaction: {redaction.get('policy', '–')} · "
               + (", ".join(f"{k}: {v}" for k, v in sorted(mentions.items())) or "nothing found to replace")
               + f" · prompt hash {str(p.get('template_hash', ''))[:12]}")


gone = st.session_state.get(OPENED)
if gone is not None and gone[0] not in {d.id for d in waiting}:  # signed off in another tab, or by a colleague
    st.session_state.pop(OPENED)
    st.info(f"Record #{gone[0]} is no longer waiting for sign-off: it was signed off meanwhile, "
            "perhaps by another supervisor. Nothing was changed.")
if not waiting:
    st.info("Nothing is waiting for your sign-off.", icon=":material/inbox:")
else:
    chosen = st.selectbox(f"Waiting for sign-off ({len(waiting)})", [d.id for d in waiting],
                          format_func=lambda i: next(_label(d) for d in waiting if d.id == i))
    opened = st.session_state.get(OPENED)
    if opened is None or opened[0] != chosen:
        try:
            with st.spinner("Opening the record and checking it…"):
                st.session_state[OPENED] = (chosen, *_open(chosen))
        except (AccessDenied, HeardError) as exc:
            show_error(exc)
            st.stop()
    _, d, reviewed = st.session_state[OPENED]
    first, latest = d.versions[0], d.versions[-1]

    with st.container(border=True):
        _provenance(d)
    findings_tab, diff_tab, notes_tab = st.tabs(["Record and findings", "What changed from the AI draft", "Notes"])
    with findings_tab:
        show_review(*reviewed)
    with diff_tab:
        delta = change(first.text, latest.text)
        cols = st.columns(3)
        cols[0].metric("AI-written text kept", f"{delta.kept_share:.0%}")
        cols[1].metric("Words removed", delta.removed)
        cols[2].metric("Words added by the social worker", delta.added)
        st.caption(f"Version 1 (written by {first.author}) against version {latest.number} "
                   f"(by {latest.author}): removed words struck through, added words in green.")
        st.markdown(diff_html(first.text, latest.text), unsafe_allow_html=True)
    with notes_tab:
        st.text(d.note.text if d.note else "")

    st.subheader("Sign-off")
    comment = st.text_area("Comment", key=f"comment-{d.id}",
                           placeholder="What is good, what needs changing (needed to return the record)")
    approve, send_back, _ = st.columns([1, 1.6, 4])
    decided = None
    # Keyed by record: a click made on a record that has since left the queue does nothing.
    if approve.button("Approve", type="primary", key=f"approve-{d.id}"):
        decided = ("approved", lambda: records.approve(user, d.id, comment))
    if send_back.button("Return to social worker", key=f"return-{d.id}"):
        decided = ("returned to the social worker", lambda: records.send_back(user, d.id, comment))
    if decided:
        try:
            record = decided[1]()
            index_record(record)
            st.session_state.pop(OPENED, None)
            st.session_state["queue_flash"] = f"Record #{d.id} {decided[0]}."
            st.rerun()
        except (AccessDenied, HeardError) as exc:
            show_error(exc)

st.divider()
st.subheader("Search records you can see")
st.caption("Finds records by meaning, not only exact words, among your own records and your team's "
           "submitted, returned and approved ones.")
query = st.text_input("Search for", placeholder="e.g. child said they feel unsafe at home")
if query.strip():
    # Searched once per query: every hit shown is audited as a view, so a rerun must not search again.
    searched = st.session_state.get(SEARCHED)
    if searched is None or searched[0] != query.strip():
        try:
            with st.spinner("Searching…"):
                searched = (query.strip(), RecordSearch(store()).search(user, query, k=8))
        except (AccessDenied, HeardError) as exc:
            show_error(exc)
            searched = (query.strip(), [])
        st.session_state[SEARCHED] = searched
    hits = searched[1]
    if not hits:
        st.info("No record you can see matches.")
    for hit in hits:
        with st.container(border=True):
            st.markdown(f"**#{hit.draft_id}** · {get_template(hit.record_type).title} · {hit.status} · "
                        f"{hit.owner} · match {hit.score:.2f}")
            st.text(hit.passage[:400])
            if st.button(f"Open #{hit.draft_id}", key=f"open-hit-{hit.draft_id}"):
                st.session_state["records_open"] = (hit.draft_id, "search")  # audited as a view via search
                st.switch_page("pages/records.py")
