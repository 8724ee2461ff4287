"""Findings shown inline: the record with highlighted spans, the list of findings, the scores and
each sentence's citations in the notes. Shared by every page that shows a reviewed record."""

from __future__ import annotations

import html
from typing import Any

import streamlit as st

COLOURS = {"high": "#f8c4c4", "medium": "#fde2a7", "low": "#dbe8f8", "info": "#e6e6e6"}
ICONS = {"high": ":red[●]", "medium": ":orange[●]", "low": ":blue[●]", "info": ":gray[●]"}
ORDER = ("high", "medium", "low", "info")


def highlight(text: str, findings: list[dict[str, Any]]) -> str:
    """The record as HTML, each finding's span marked in its severity's colour with its number
    (the number of the finding in the list below). Overlapping spans: the more severe one wins."""
    numbered = [(i, f) for i, f in enumerate(findings, 1) if f.get("span")]
    numbered.sort(key=lambda item: (ORDER.index(item[1]["severity"]), item[1]["span"][0]))
    chosen: list[tuple[int, dict[str, Any]]] = []
    for number, f in numbered:
        start, end = f["span"]
        if all(end <= g["span"][0] or start >= g["span"][1] for _, g in chosen):
            chosen.append((number, f))
    out, cursor = [], 0
    for number, f in sorted(chosen, key=lambda item: item[1]["span"][0]):
        start, end = f["span"]
        out.append(html.escape(text[cursor:start]))
        tip = html.escape(f"{f['severity']}: {f['message']}", quote=True)
        out.append(f'<mark style="background:{COLOURS[f["severity"]]};padding:0 2px;border-radius:3px" '
                   f'title="{tip}">{html.escape(text[start:end])}<sup>{number}</sup></mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="line-height:1.6;font-size:0.95rem">{body}</div>'


def show_review(text: str, findings: list[dict[str, Any]], scores: dict[str, Any],
                citations: list[dict[str, Any]] | None = None) -> None:
    """The scores, the highlighted record, the findings with suggestions, and the citations."""
    st.subheader("Review")
    counts = {s: sum(f["severity"] == s for f in findings) for s in ORDER}
    columns = st.columns(5)
    columns[0].metric("Overall score", f"{scores.get('overall', '–')}")
    for column, severity in zip(columns[1:], ORDER, strict=True):
        column.metric(f"{ICONS[severity]} {severity}", counts[severity])
    if scores.get("approaches"):
        st.caption(" · ".join(f"{a.replace('_', ' ')}: {s:.0f}" for a, s in scores["approaches"].items()))
    st.markdown(highlight(text, findings), unsafe_allow_html=True)
    if not findings:
        st.success("No findings: nothing invented, every quote kept, language and structure fine.")
    for number, f in enumerate(findings, 1):
        quoted = f" «{text[f['span'][0]:f['span'][1]]}»" if f.get("span") else ""
        st.markdown(f"**{number}.** {ICONS[f['severity']]} **{f['severity']}** · `{f['check']}` · "
                    f"{f['message']}{html.escape(quoted)}")
        detail = " ".join(x for x in (f.get("evidence") and f"Evidence: {f['evidence']}.",
                                      f.get("suggestion")) if x)
        if detail:
            st.caption(detail)
    if citations:
        with st.expander("Where each sentence comes from in the notes"):
            for c in citations:
                sentence = text[c["span"][0]:c["span"][1]]
                lines = "; ".join(f"“{n['text']}” ({n['similarity']:.2f})" for n in c["notes"][:2])
                st.markdown(f"- {sentence}  \n  ↳ {lines or '_no note line supports this_'}")
