"""Draft page: notes in, record type and model chosen, the draft streams in with the review's
findings shown inline, edit and save (each version reviewed again). A social worker can also
review a record they wrote themselves, without the model."""

from __future__ import annotations

import streamlit as st

from assistant.errors import HeardError
from assistant.inputs import check_notes, notes_from_bytes
from assistant.pipeline import draft
from assistant.review import review
from prompts import get_template, record_types
from ui.findings import show_review
from ui.state import settings, show_error, store

config = settings()
st.title("Draft a case record")
st.caption("Names, NHS numbers and other identifiers are replaced with placeholders before the "
           "model sees your notes, and put back afterwards on this machine.")

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
                           case_reference=case_reference.strip() or None, source=source, store=store())
            status.update(label="Draft ready", state="complete", expanded=False)
        st.session_state["draft"] = result
        st.session_state["notes"] = notes
        st.session_state["review"] = (result.text, result.findings, result.scores, result.citations)
    except HeardError as exc:
        for key in ("draft", "review"):  # never leave an older draft looking like this one
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

result = st.session_state.get("draft")
if result is not None:
    st.subheader("Draft record")
    st.caption(f"Draft #{result.draft_id} · {result.provenance['model']} · template "
               f"{result.provenance['template']} v{result.provenance['template_version']}")
    # Tall enough to show the whole record (every section) without scrolling inside the box.
    lines = sum(1 + len(line) // 140 for line in result.text.splitlines())
    edited = st.text_area("Edit before saving", value=result.text, key=f"edit-{result.draft_id}",
                          height=min(1200, max(420, 22 * lines + 40)))
    if st.button("Save version"):
        try:
            checked = review(check_notes(edited, "edited record", config.max_notes_bytes, what="record"),
                             st.session_state.get("notes"), result.provenance["template"], settings=config)
            findings = [f.as_json() for f in checked.findings]
            version = store().add_version(result.draft_id, edited, author="social worker", findings=findings)
            st.session_state["review"] = (edited, findings, checked.scores, checked.citations)
            st.success(f"Saved as version {version.number} of draft #{result.draft_id} (reviewed again)")
        except HeardError as exc:
            show_error(exc)
    show_review(*st.session_state.get("review", (result.text, result.findings, result.scores, result.citations)))
    with st.expander("Exactly what was sent to the model (pseudonymised)"):
        st.code(result.sent, language=None, wrap_lines=True)
    with st.expander("Provenance"):
        st.json(result.provenance)
