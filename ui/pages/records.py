"""My records: the records a person may see, by status, with search; open one to read its
versions, findings and the supervisor's comments, carry on editing it, or export it (copy-ready
text, or .docx) with the line saying AI assisted. `?record=ID` opens a record directly."""

from __future__ import annotations

import streamlit as st

from assistant import export
from assistant.access import AccessDenied
from assistant.errors import HeardError
from assistant.models import STATUSES
from assistant.records import Records
from prompts import get_template
from ui import auth
from ui.findings import highlight
from ui.state import show_error, store

STATUS_ICONS = {"draft": ":material/edit:", "submitted": ":material/send:", "returned": ":material/undo:", "approved": ":material/task_alt:"}
OPENED = "records_opened"  # (id, the record as loaded): a record is read (and audited) once per opening

user = auth.user()
records = Records(store())
st.title("My records")

left, right = st.columns([3, 1])
search = left.text_input("Search", placeholder="words in any version, or a record type")
status = right.selectbox("Status", ("all",) + STATUSES)
try:
    rows = records.list(user, status=None if status == "all" else status, search=search or None)
except AccessDenied as exc:
    st.error(f"{exc}. Records are only for social workers and supervisors.", icon=":material/block:")
    st.stop()
except HeardError as exc:
    show_error(exc)
    st.stop()


def _title(record_type: str) -> str:
    try:
        return get_template(record_type).title
    except HeardError:
        return record_type


if not rows:
    st.info("No records match." if search or status != "all" else
            "No records yet: draft one on the Draft page.")
else:
    st.dataframe([{"#": d.id, "record": _title(d.record_type), "status": d.status,
                   "case": d.case.reference if d.case else "", "author": d.owner.display_name if d.owner else "",
                   "versions": len(d.versions), "updated": f"{d.updated_at or d.created_at:%d %b %Y %H:%M}"}
                  for d in rows], hide_index=True)

# Which record to open: from the page's own picker, a link (?record=ID) or another page.
choices = [None] + [d.id for d in rows]
asked, via = st.session_state.pop("records_open", None) or st.query_params.get("record"), None
if isinstance(asked, tuple):  # (id, where from): e.g. a search hit on the Supervisor queue
    asked, via = asked
picked = st.selectbox("Open a record", choices, format_func=lambda i: "—" if i is None else
                      next(f"#{d.id} · {_title(d.record_type)} · {d.status}" for d in rows if d.id == i))
wanted = picked
if asked is not None and picked is None:
    try:
        wanted = int(asked)
    except ValueError:
        st.error(f"no record {asked!r}: record numbers are whole numbers")
        st.stop()
if wanted is None:
    st.stop()

opened = st.session_state.get(OPENED)
listed = next((r for r in rows if r.id == wanted), None)
changed = opened is not None and listed is not None and listed.updated_at != opened[1].updated_at
if opened is None or opened[0] != wanted or changed:
    try:
        st.session_state[OPENED] = (wanted, records.get(user, wanted, via=via if wanted == asked else None))
    except (AccessDenied, HeardError) as exc:
        st.session_state.pop(OPENED, None)
        st.error(str(exc), icon=":material/block:" if isinstance(exc, AccessDenied) else ":material/warning:")
        st.stop()
d = st.session_state[OPENED][1]

st.subheader(f"#{d.id} · {_title(d.record_type)}")
st.caption(f"{STATUS_ICONS[d.status]} {d.status} · case {d.case.reference if d.case else '–'} · "
           f"by {d.owner.display_name if d.owner else 'unknown'} · {len(d.versions)} version(s)")
for sign_off in d.sign_offs:
    when = f"{sign_off.at:%d %b %Y %H:%M}"
    if sign_off.decision == "return":
        st.warning(f"Returned {when}: {sign_off.comment}", icon=":material/undo:")
    else:
        st.success(f"Approved {when}" + (f": {sign_off.comment}" if sign_off.comment else ""), icon=":material/task_alt:")

if d.status in ("draft", "returned") and d.owner_id == user.id:
    if st.button("Carry on editing on the Draft page", type="primary"):
        st.session_state["open_record"] = d.id
        st.switch_page("pages/draft.py")

numbers = [v.number for v in d.versions]
shown = st.radio("Version", numbers, index=len(numbers) - 1, horizontal=True,
                 format_func=lambda n: f"{n} ({d.versions[n - 1].author})")
version = d.versions[numbers.index(shown)]
findings = version.findings or []
st.markdown(highlight(version.text, findings), unsafe_allow_html=True)
if findings:
    with st.expander(f"Findings on version {version.number} ({len(findings)})", expanded=True):
        for number, f in enumerate(findings, 1):
            st.markdown(f"**{number}.** **{f['severity']}** · `{f['check']}` · {f['message']}")
            if f.get("suggestion"):
                st.caption(f["suggestion"])
with st.expander("The notes this record was drafted from"):
    st.text(d.note.text if d.note else "")

st.subheader("Export")
st.caption("For pasting into the case-management system: the latest version, ending with a line that "
           "says AI assisted, with the model and prompt version. Each export is written to the audit log.")
if st.button("Prepare export"):
    try:
        fetched = records.export(user, d.id, "text")
        records.export(user, d.id, "docx")
        st.session_state["export"] = (d.id, export.as_text(fetched),
                                      export.as_docx(fetched, title=_title(d.record_type)),
                                      export.filename(fetched, "docx"))
    except (AccessDenied, HeardError) as exc:
        show_error(exc)
ready = st.session_state.get("export")
if ready and ready[0] == d.id:
    st.code(ready[1], language=None, wrap_lines=True)
    st.download_button("Download .docx", ready[2], file_name=ready[3],
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
