"""heard's assistant: settings, model backends, the drafting pipeline, knowledge base, storage, CLI.

The public names load lazily so that `heard --help` does not import the model stack.
"""

import os

# Nothing is downloaded at run time: every model heard uses ships in a Python package.
for _name, _value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                      "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
                      "ANONYMIZED_TELEMETRY": "False", "TOKENIZERS_PARALLELISM": "false"}.items():
    os.environ.setdefault(_name, _value)

__all__ = ["DraftResult", "HeardError", "KnowledgeBase", "Settings", "Store", "draft", "load_settings"]

_HOMES = {
    "DraftResult": "assistant.pipeline", "draft": "assistant.pipeline",
    "HeardError": "assistant.errors", "KnowledgeBase": "assistant.knowledge",
    "Settings": "assistant.config", "load_settings": "assistant.config", "Store": "assistant.storage",
}


def __getattr__(name: str):
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(name)
