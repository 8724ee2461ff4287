"""Sentence-embedding runtimes for all-MiniLM-L6-v2, measured against heard's own (issue 5).

heard embeds with sentence-transformers on torch, its linear layers swapped for oneDNN's in
bfloat16 (assistant/embeddings.py). This asks whether another runtime for the same weights is
faster at the same answers: realistic texts (note lines, their parts and record sentences from
eval/data/review_fresh25.jsonl), batches of 32 sorted by length, `--threads` CPU threads, every
runtime timed in turn for `--rounds` rounds (the best of each: the machine is often shared, so
the CPU time is the steadier figure), and their cosine similarities compared with heard's on
every pair of texts (max and mean absolute difference; "close" pairs are those heard puts above
0.5, where the checks' decisions are made).

Runtimes: `current` (heard's), `torch-f32` (torch's default layers), `torch-bf16` (the whole
model in bfloat16), `torch-int8` (torch's dynamic int8 quantisation), `torch-compile` (inductor,
bfloat16 autocast; ~2 minutes of compiling first), `ort-f32` and `ort-int8` (ONNX Runtime on a
torch.onnx export, int8 by ONNX Runtime's dynamic quantisation; the export needs `onnx`),
`ov-bf16` and `ov-f32` (OpenVINO, converted from the torch module). The models converted are
kept in a temporary directory; a runtime whose package is missing is skipped with a note.
Packages kept out of heard's venv can be put on the path with `--extra DIR` (`pip install
--target DIR openvino onnx ml_dtypes`).

    .venv/bin/python bench/embeddings.py [--threads 1] [--runtimes current,ov-bf16] [--extra DIR]

The last printed line is JSON with every figure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"(])")


def realistic_texts(n: int, path: Path = ROOT / "eval" / "data" / "review_fresh25.jsonl") -> list[str]:
    """The first `n` distinct texts the review checks embed, roughly: note lines and their parts
    (split at ';' and ' - '), and record sentences."""
    out: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for note in row["notes"].splitlines():
            for text in [note, *re.split(r";| [-–—] ", note)]:
                out.setdefault(text.strip(), None)
        for paragraph in row["record"].splitlines():
            for sentence in _SENTENCE_END.split(paragraph):
                out.setdefault(sentence.strip(), None)
        if len(out) >= n * 2:
            break
    return [t for t in out if re.search(r"\w", t)][:n]


class Bench:
    """The model loaded once, and a maker for each runtime: each returns `embed(texts) -> array`."""

    def __init__(self, threads: int, workdir: Path) -> None:
        import torch

        from assistant import embeddings

        torch.set_num_threads(threads)
        self.threads, self.workdir, self.E = threads, workdir, embeddings
        self.st = embeddings._model()
        self.tokenizer = self.st.tokenizer

    def batched(self, run: Callable[[dict], np.ndarray]) -> Callable[[list[str]], np.ndarray]:
        """Batches of 32 by length (as sentence-transformers makes them), padded to the longest."""
        def embed(texts: list[str]) -> np.ndarray:
            out = np.zeros((len(texts), 384), np.float32)
            order = np.argsort([-len(t) for t in texts], kind="stable")
            for i in range(0, len(texts), 32):
                idx = order[i:i + 32]
                enc = self.tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=256, return_tensors="np")
                out[idx] = run({k: enc[k].astype(np.int64) for k in INPUTS})
            return out
        return embed

    def pooled(self):
        """The transformer with sentence-transformers' pooling (mean over tokens, unit length)."""
        import torch

        class Pooled(torch.nn.Module):
            def __init__(self, bert):
                super().__init__()
                self.bert = bert

            def forward(self, input_ids, attention_mask, token_type_ids):
                h = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
                mask = attention_mask.unsqueeze(-1).to(h.dtype)
                v = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                return torch.nn.functional.normalize(v.float(), dim=-1)

        import copy

        self.E.fast_kernels(False)  # plain nn.Linear layers to convert from
        model = Pooled(copy.deepcopy(self.st[0].auto_model)).eval()
        self.E.fast_kernels(True)
        return model

    def _torch(self, model, autocast: bool = False):
        import torch

        def run(feeds: dict) -> np.ndarray:
            with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
                return model(**{k: torch.from_numpy(v) for k, v in feeds.items()}).float().numpy()
        return self.batched(run)

    def current(self):
        self.E.fast_kernels(True)
        return lambda texts: np.asarray(self.E.embed(texts), np.float32)

    def torch_f32(self):
        return self._torch(self.pooled())

    def torch_bf16(self):
        import torch

        return self._torch(self.pooled().to(torch.bfloat16))

    def torch_int8(self):
        import torch

        return self._torch(torch.ao.quantization.quantize_dynamic(self.pooled(), {torch.nn.Linear}, dtype=torch.qint8))

    def torch_compile(self):
        import torch
        import torch._inductor.config as inductor

        inductor.freezing = True
        return self._torch(torch.compile(self.pooled(), dynamic=True), autocast=True)

    def _onnx(self, int8: bool) -> str:
        import torch

        path = self.workdir / "model.onnx"
        if not path.exists():
            enc = self.tokenizer(["a sentence to trace", "and another, longer one to trace"], padding=True, return_tensors="pt")
            axes = {k: {0: "batch", 1: "tokens"} for k in INPUTS} | {"embedding": {0: "batch"}}
            torch.onnx.export(self.pooled(), tuple(enc[k] for k in INPUTS), str(path), dynamo=False, input_names=list(INPUTS),
                              output_names=["embedding"], dynamic_axes=axes, opset_version=17)
        if not int8:
            return str(path)
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantised = self.workdir / "model-int8.onnx"
        if not quantised.exists():
            quantize_dynamic(str(path), str(quantised), weight_type=QuantType.QInt8)
        return str(quantised)

    def _ort(self, int8: bool):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads, options.inter_op_num_threads = self.threads, 1
        session = ort.InferenceSession(self._onnx(int8), options, providers=["CPUExecutionProvider"])
        return self.batched(lambda feeds: session.run(None, feeds)[0])

    def ort_f32(self):
        return self._ort(False)

    def ort_int8(self):
        return self._ort(True)

    def _openvino(self, precision: str):
        import openvino as ov
        import torch

        path = self.workdir / "model.xml"
        if not path.exists():
            enc = self.tokenizer(["a sentence to trace", "and another, longer one to trace"], padding=True, return_tensors="pt")
            with torch.no_grad():
                ov.save_model(ov.convert_model(self.pooled(), example_input={k: enc[k] for k in INPUTS}), str(path))
        config = {"INFERENCE_PRECISION_HINT": precision, "INFERENCE_NUM_THREADS": self.threads, "PERFORMANCE_HINT": "LATENCY"}
        request = ov.Core().compile_model(str(path), "CPU", config).create_infer_request()
        return self.batched(lambda feeds: request.infer(feeds)[0].copy())

    def ov_bf16(self):
        return self._openvino("bf16")

    def ov_f32(self):
        return self._openvino("f32")


def agreement(vectors: np.ndarray, reference: np.ndarray) -> dict:
    """How far this runtime's cosine similarities are from the reference's, over every pair."""
    upper = np.triu_indices(len(vectors), 1)
    ref = (reference @ reference.T)[upper]
    diff = np.abs((vectors @ vectors.T)[upper] - ref)
    return {"max_diff": round(float(diff.max()), 4), "mean_diff": round(float(diff.mean()), 5),
            "max_diff_close": round(float(diff[ref > 0.5].max()), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runtimes", default="current,torch-bf16,torch-int8,ort-f32,ort-int8,ov-bf16")
    parser.add_argument("--extra", action="append", default=[], help="a directory of packages to import from (kept out of the venv)")
    args = parser.parse_args()
    sys.path.extend(args.extra)

    texts = realistic_texts(args.texts)
    names = ["current", *[n for n in args.runtimes.split(",") if n and n != "current"]]
    with tempfile.TemporaryDirectory(prefix="heard-embed-bench-") as tmp:
        bench = Bench(args.threads, Path(tmp))
        runners, figures = {}, {}
        for name in names:
            start = time.perf_counter()
            try:
                runners[name] = getattr(bench, name.replace("-", "_"))()
                runners[name](texts[:64])  # warm: first kernels, first shapes
            except ImportError as e:
                print(f"{name}: skipped ({e})", flush=True)
                continue
            figures[name] = {"setup_s": round(time.perf_counter() - start, 1), "wall_s": float("inf"), "cpu_s": float("inf")}
        vectors = {}
        for round_ in range(args.rounds):
            for name, embed in runners.items():
                wall, cpu = time.perf_counter(), time.process_time()
                vectors[name] = embed(texts)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                figures[name]["wall_s"] = round(min(figures[name]["wall_s"], wall), 2)
                figures[name]["cpu_s"] = round(min(figures[name]["cpu_s"], cpu), 2)
                print(f"round {round_ + 1}: {name:14} wall {wall:6.2f} s  cpu {cpu:6.2f} s", flush=True)
    base = figures["current"]
    for name, f in figures.items():
        f |= {"speedup_cpu": round(base["cpu_s"] / f["cpu_s"], 2), "speedup_wall": round(base["wall_s"] / f["wall_s"], 2)}
        f |= agreement(vectors[name], vectors["current"])
        print(f"{name:14} {f}")
    print(json.dumps({"threads": args.threads, "texts": len(texts), "batch": 32, "runtimes": figures}))


if __name__ == "__main__":
    main()
