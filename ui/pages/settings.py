"""Settings (admins): the model backend (with "Test connection"), the redaction policy, and where
heard keeps its data. Choices are saved to `<data_dir>/settings.toml` and audited; a `HEARD_*`
environment variable still wins over them (the page says which), and the data directory and
database are fixed when the server starts, so they are shown, not edited. No secret is shown."""

from __future__ import annotations

import time

import streamlit as st
from sqlalchemy.engine import make_url

from assistant.access import AccessDenied
from assistant.config import app_settings_file, config_file, env_overrides, save_app_settings
from assistant.errors import HeardError
from ui import auth
from ui.state import settings, store

config = settings()
user = auth.require("admin")
st.title("Settings")
if flash := st.session_state.pop("settings_flash", None):
    st.success(flash, icon=":material/task_alt:")

POLICIES = {
    "pseudonymise": "Names, NHS numbers, addresses and other identifiers are replaced with placeholders "
                    "before any model sees the notes, and restored on this machine afterwards.",
    "allow_raw_local": "Notes go unredacted to models that run on this machine only; hosted models "
                       "always get pseudonymised text.",
}
fixed = env_overrides()


def _fixed_help(key: str) -> str | None:
    return f"{fixed[key]} is set where the server runs: it wins over this page." if key in fixed else None


st.subheader("Model")
left, right = st.columns(2)
chosen = {
    "model": left.text_input("Model backend", value=config.model, disabled="model" in fixed,
                             help=_fixed_help("model") or "PROVIDER/NAME: local/smollm2-135m, ollama/llama3.1, "
                                                           "openai/<model>, mock/<name>").strip(),
    "ollama_base_url": right.text_input("Ollama server", value=config.ollama_base_url,
                                        disabled="ollama_base_url" in fixed,
                                        help=_fixed_help("ollama_base_url") or "for ollama/ models").strip(),
    "openai_base_url": right.text_input("OpenAI-compatible server", value=config.openai_base_url or "",
                                        disabled="openai_base_url" in fixed, placeholder="https://…/v1",
                                        help=_fixed_help("openai_base_url") or "vLLM, llama.cpp server, Azure "
                                        "OpenAI… for openai/ models (the API key stays in HEARD_OPENAI_API_KEY)",
                                        ).strip() or None,
    "timeout": left.number_input("Timeout (seconds)", min_value=0.1, max_value=3600.0, value=float(config.timeout),
                                 step=10.0, disabled="timeout" in fixed, help=_fixed_help("timeout")),
}
more = st.columns(2)
chosen["temperature"] = more[0].number_input("Temperature", min_value=0.0, max_value=max(2.0, config.temperature), step=0.1,
                                             value=float(config.temperature), disabled="temperature" in fixed,
                                             help=_fixed_help("temperature"))
chosen["max_new_tokens"] = int(more[1].number_input("Most new tokens a call may write", min_value=1,
                                                    max_value=32768, step=100, value=int(config.max_new_tokens),
                                                    disabled="max_new_tokens" in fixed,
                                                    help=_fixed_help("max_new_tokens")))
if fixed:
    st.caption("Fixed by the server's environment: " + ", ".join(f"`{v}`" for v in fixed.values())
               + ". Unset it and restart to choose here.")

if st.button("Test connection", icon=":material/network_check:"):
    from assistant.llm import call, resolve

    trial = config.model_copy(update={k: v for k, v in chosen.items() if k not in fixed})
    started = time.perf_counter()
    try:
        with st.spinner(f"Asking {trial.model}…"):
            backend = resolve(trial.model, trial)
            reply = call(backend, [("user", "Reply with the single word: ready")],
                         timeout=min(trial.timeout, 30.0))
    except HeardError as exc:
        st.error(f"Cannot use {trial.model or 'the model'}: {' '.join(str(exc).split())[:300]}. Check that the "
                 "server is running and its address above; nothing was saved.", icon=":material/warning:")
    else:
        st.success(f"{backend.model_id} answered in {time.perf_counter() - started:.1f} s: "
                   f"“{' '.join(reply.split())[:80]}”", icon=":material/task_alt:")

st.subheader("Redaction")
chosen["redaction_policy"] = st.radio("Policy", list(POLICIES), index=list(POLICIES).index(config.redaction_policy),
                                      format_func=lambda p: {"pseudonymise": "Pseudonymise for every model",
                                                             "allow_raw_local": "Allow raw notes to local models"}[p],
                                      captions=list(POLICIES.values()), disabled="redaction_policy" in fixed,
                                      help=_fixed_help("redaction_policy"))
st.caption(f"Identifiers are accepted above a detection score of {config.redaction_score}.")

if st.button("Save settings", type="primary", icon=":material/save:"):
    try:
        changed = save_app_settings(store(), {k: v for k, v in chosen.items() if k not in fixed}, by=user)
    except AccessDenied as exc:
        st.error(str(exc), icon=":material/block:")
    except ValueError as exc:
        st.error(f"Not saved: {' '.join(str(exc).split())[:300]}", icon=":material/warning:")
    except HeardError as exc:
        st.error(f"Not saved: {exc}", icon=":material/warning:")
    else:
        st.session_state["settings_flash"] = (
            f"Saved {', '.join(changed)}; new drafts use them from now on." if changed else "Nothing had changed.")
        st.rerun()

st.subheader("Data")
st.caption("Fixed when the server starts (`--data-dir`, `HEARD_DATA_DIR`, or `data_dir` and `database_url` "
           f"in {config_file()}): they cannot change while it runs.")
database = make_url(config.database_url).render_as_string(hide_password=True)
st.dataframe([{"what": "data directory", "where": str(config.data_dir)},
              {"what": "database", "where": database},
              {"what": "settings saved from this page", "where": str(app_settings_file(config.data_dir))},
              {"what": "search and guidance index (Chroma)", "where": str(config.chroma_path)},
              {"what": "model cache", "where": str(config.model_cache_dir)},
              {"what": "evaluation runs", "where": str(config.data_dir / "runs")}], hide_index=True)
st.caption(f"Sessions end after {config.session_minutes} idle minutes; sign-in pauses after "
           f"{config.login_max_failures} failures in {config.login_window_minutes} minutes.")
