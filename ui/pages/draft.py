"""Draft page: notes in, record type and model chosen, the draft streams in with the review's
findings shown inline; edit, save versions (each reviewed again) and submit for sign-off. A
record opened from "My records" (a draft, or one returned by the supervisor) carries on here.
A social worker can also review a record they wrote themselves, without the model."""

from __future__ import annotations

import streamlit as st

from assistant.access import AccessDenied
from assistant.errors import HeardError
from assistant.inputs import check_notes, notes_from_bytes
from assistant.pipeline import DraftResult, draft
from assistant.records import Records
from assistant.review import review
from prompts import get_template, record_types
from ui import auth
from ui.findings import show_review
from ui.state import index_record, settings, show_error, store

config = settings()
user = auth.user()
records = Records(store())
OPEN = "open_record"  # set by "My records" to carry on with a record here

st.title("Draft a case record")
st.caption("Names, NHS numbers and other identifiers are replaced with placeholders before the "
           "model sees your notes, and put back afterwards on this machine.")
try:
    records.authorize_create(user)  # an evaluator or admin who reached this page some other way
except AccessDenied as exc:
    st.error(f"{exc}.", icon=":material/block:")
    st.stop()


def _carry_on(draft_id: int) -> None:
    """Load one of the person's records into the page (the library checks it is theirs)."""
    d = records.get(user, int(draft_id))
    latest = d.versions[-1]
    result = DraftResult(text=latest.text, sent="", provenance=d.versions[0].provenance or {},
                         findings=latest.findings or [], draft_id=d.id)
    notes = d.note.text if d.note else None
    checked = review(latest.text, notes, d.record_type, settings=config)
    st.session_state.update(draft=result, notes=notes, status=d.status, saved_text=latest.text,
                            comments=[s.comment for s in d.sign_offs if s.decision == "return" and s.comment],
                            review=(latest.text, latest.findings or [f.as_json() for f in checked.findings],
                                    checked.scores, checked.citations))


if OPEN in st.session_state:
    try:
        _carry_on(st.session_state.pop(OPEN))
    except (AccessDenied, HeardError) as exc:
        show_error(exc)

left, right = st.columns([2, 1])
with right:
    types = record_types()
    record_type = st.selectbox("Record type", types, index=types.index("home_visit"),
                               format_func=lambda t: get_template(t).title)
    case_reference = st.text_input("Case reference (optional)")
    uploaded = st.file_uploader("Or upload notes", type=["txt", "docx"],
                                max_upload_size=max(1, -(-config.max_notes_bytes // 1_000_000)))
    with st.expander("Model"):
        model = st.text_input("Model", value=config.model,
                              help="PROVIDER/NAME: local/smollm2-135m, ollama/llama3.1, openai/<model>")
with left:
    typed = st.text_area("Visit notes", height=320, placeholder="Paste your notes or transcript here")


def _notes() -> tuple[str, str]:
    if typed.strip():
        return check_notes(typed, "pasted notes", config.max_notes_bytes), "pasted"
    if uploaded is not None:
        return notes_from_bytes(uploaded.getvalue(), uploaded.name, config.max_notes_bytes), uploaded.name
    raise HeardError("notes are empty: paste notes or upload a .txt or .docx file")


if st.button("Draft record", type="primary"):
    try:
        notes, source = _notes()
        with st.status("Drafting: redacting, finding guidance, asking the model…", expanded=True) as status:
            live, streamed = st.empty(), []

            def on_token(piece: str) -> None:
                streamed.append(piece)
                live.markdown("".join(streamed))

            result = draft(notes, record_type, config, model=model.strip() or None, on_token=on_token,
                           case_reference=case_reference.strip() or None, source=source, store=store(),
                           user=user)
            status.update(label="Draft ready", state="complete", expanded=False)
        st.session_state.update(draft=result, notes=notes, status="draft", saved_text=result.text, comments=[],
                                review=(result.text, result.findings, result.scores, result.citations))
    except HeardError as exc:
        for key in ("draft", "review", "status", "saved_text"):  # never leave an older draft looking like this one
            st.session_state.pop(key, None)
        show_error(exc)

with st.expander("Check a record you wrote (no model)"):
    own = st.text_area("Your record", height=240, key="own-record",
                       placeholder="Paste your record; the notes above (if any) are what it is checked against")
    if st.button("Review my record"):
        try:
            notes = _notes()[0] if typed.strip() or uploaded is not None else None
            checked = review(check_notes(own, "your record", config.max_notes_bytes, what="record"),
                             notes, record_type, settings=config)
            st.session_state["own"] = (own, [f.as_json() for f in checked.findings], checked.scores,
                                       checked.citations, checked.skipped)
        except HeardError as exc:
            st.session_state.pop("own", None)
            show_error(exc)
    if "own" in st.session_state:
        text, findings, scores, citations, skipped = st.session_state["own"]
        show_review(text, findings, scores, citations)
        for check, why in skipped.items():
            st.caption(f"Not checked: {check} ({why})")


def _save(result: DraftResult, text: str) -> int:
    """Review the edited text again and store it as the next version; returns its number."""
    checked = review(check_notes(text, "edited record", config.max_notes_bytes, what="record"),
                     st.session_state.get("notes"), result.provenance.get("template"), settings=config)
    findings = [f.as_json() for f in checked.findings]
    version = records.add_version(user, result.draft_id, text, findings)
    st.session_state.update(review=(text, findings, checked.scores, checked.citations), saved_text=text)
    return version.number


result = st.session_state.get("draft")
if result is not None:
    status = st.session_state.get("status", "draft")
    editable = status in ("draft", "returned")
    st.subheader("Draft record")
    provenance = result.provenance
    st.caption(f"Draft #{result.draft_id} · {status} · {provenance.get('model', 'no model')} · template "
               f"{provenance.get('template', '?')} v{provenance.get('template_version', '?')}")
    for comment in st.session_state.get("comments", []):
        st.warning(f"Returned by your supervisor: {comment}", icon=":material/undo:")
    # Tall enough to show the whole record (every section) without scrolling inside the box.
    lines = sum(1 + len(line) // 140 for line in result.text.splitlines())
    edited = st.text_area("Edit before saving", value=st.session_state.get("saved_text", result.text),
                          key=f"edit-{result.draft_id}", height=min(1200, max(420, 22 * lines + 40)),
                          disabled=not editable)
    if editable:
        save, submit, _ = st.columns([1, 1.4, 4])
        if save.button("Save version"):
            try:
                number = _save(result, edited)
                st.success(f"Saved as version {number} of draft #{result.draft_id} (reviewed again)")
            except HeardError as exc:
                show_error(exc)
        if submit.button("Submit for sign-off", type="primary"):
            try:
                if edited.strip() != st.session_state.get("saved_text", "").strip():
                    _save(result, edited)  # what is submitted is what the person sees
                submitted = records.submit(user, result.draft_id)
                st.session_state["status"] = submitted.status
                st.session_state["flash"] = (f"Submitted draft #{result.draft_id} for sign-off: your "
                                             "supervisor will see it in their queue.")
                index_record(submitted)
                st.rerun()
            except HeardError as exc:
                show_error(exc)
    else:
        st.success(st.session_state.pop("flash", None)
                   or f"Draft #{result.draft_id} is {status}: it can no longer be changed here.", icon=":material/send:")
    if "review" in st.session_state:
        show_review(*st.session_state["review"])
    else:
        show_review(result.text, result.findings, result.scores, result.citations)
    if result.sent:
        with st.expander("Exactly what was sent to the model (pseudonymised)"):
            st.code(result.sent, language=None, wrap_lines=True)
    with st.expander("Provenance"):
        st.json(provenance)
