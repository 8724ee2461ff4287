"""Settings (admins): the model backend with a "Test connection" button, the redaction policy and
where heard keeps its data. Settings are changed in the config file or `HEARD_*` variables (the
page shows which); the page never shows a secret."""

from __future__ import annotations

import time

import streamlit as st
from sqlalchemy.engine import make_url

from assistant.config import config_file
from assistant.errors import HeardError
from ui import auth
from ui.state import settings

config = settings()
auth.require("admin")
st.title("Settings")

POLICIES = {
    "pseudonymise": "Names, NHS numbers, addresses and other identifiers are replaced with placeholders "
                    "before any model sees the notes, and restored on this machine afterwards.",
    "allow_raw_local": "Notes go unredacted to models that run on this machine only; hosted models "
                       "always get pseudonymised text.",
}

st.subheader("Model")
model = st.text_input("Model backend", value=config.model,
                      help="PROVIDER/NAME: local/smollm2-135m, ollama/llama3.1, openai/<model>, mock/<name>")
st.caption(f"In use: {config.model} · timeout {config.timeout:g} s · temperature {config.temperature} · "
           f"at most {config.max_new_tokens} new tokens. Change it with HEARD_MODEL or `model = ...` in "
           f"{config_file()}.")
if st.button("Test connection"):
    from assistant.llm import call, resolve

    started = time.perf_counter()
    try:
        with st.spinner(f"Asking {model}…"):
            backend = resolve(model.strip(), config)
            reply = call(backend, [("user", "Reply with the single word: ready")],
                         timeout=min(config.timeout, 30.0))
    except HeardError as exc:
        st.error(f"Cannot use {model.strip() or 'the model'}: {' '.join(str(exc).split())[:300]}", icon=":material/warning:")
    else:
        st.success(f"{backend.model_id} answered in {time.perf_counter() - started:.1f} s: "
                   f"“{' '.join(reply.split())[:80]}”", icon=":material/task_alt:")

st.subheader("Redaction")
st.markdown(f"Policy: **{config.redaction_policy}**. {POLICIES[config.redaction_policy]}")
st.caption(f"Identifiers are accepted above a detection score of {config.redaction_score}. "
           "Change the policy with HEARD_REDACTION_POLICY.")

st.subheader("Data")
database = make_url(config.database_url).render_as_string(hide_password=True)
st.dataframe([{"what": "data directory", "where": str(config.data_dir)},
              {"what": "database", "where": database},
              {"what": "search and guidance index (Chroma)", "where": str(config.chroma_path)},
              {"what": "model cache", "where": str(config.model_cache_dir)},
              {"what": "evaluation runs", "where": str(config.data_dir / "runs")}], hide_index=True)
st.caption(f"Sessions end after {config.session_minutes} idle minutes; sign-in pauses after "
           f"{config.login_max_failures} failures in {config.login_window_minutes} minutes.")
