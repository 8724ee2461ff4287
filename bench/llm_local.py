"""Benchmark heard's default local backend (`local/smollm2-135m`) on this CPU.

What is measured:

1. Cold conversion: de-quantising the embedded GGUF into cached safetensors (only when the
   cache under the data dir is empty, i.e. on the first run).
2. Warm load: in fresh subprocesses (so imports count), the time to import and resolve the backend
   from the disk cache, with and without the `import torch, transformers` part; median of 3.
3. Generation speed of transformers: greedy, a fixed social-care notes prompt and a fixed number of
   new tokens (forced with `min_new_tokens`), with the generation settings `LocalChatModel` uses;
   median of 3 after a warm-up. One run through LangChain's `.chat.stream()` shows its overhead.
4. llama.cpp on the same GGUF, if `llama_cpp` is installed: load time and tokens/s for the same
   prompt tokens and token count, and the ratio transformers ÷ llama.cpp against the goals.

Run (a second run reuses the converted model in the data dir, so it is warm):

    .venv/bin/python bench/llm_local.py [--data-dir DIR] [--new-tokens 128]

The last printed line is JSON with every figure, for quoting in notes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

MODEL_ID = "local/smollm2-135m"
THREADS = 2
RUNS = 3
GOALS = {"warm_load_s": 3.0, "ratio": 0.8}
SYSTEM = ("You write case records for children's social care in England, from a social worker's "
          "notes. Use only what the notes say and keep placeholders such as [PERSON_1] as they are.")
NOTES = """Home visit 14:00. Present: [PERSON_1] (mum), [PERSON_2] (age 7), [PERSON_3] (age 3).
House warm and tidy; food in the fridge; [PERSON_3] asleep upstairs on arrival. Mum said the boiler
was repaired last week and the landlord has agreed to fix the damp in the back bedroom. [PERSON_2]
showed me her school reading book and said "I like Miss Khan, she lets me feed the fish". School
reports attendance up to 94% this term; no concerns about lateness since October. Mum said she
has been sleeping better since starting the new medication and is going to the Tuesday parenting
group at the family hub. She said money is tight because Universal Credit was cut after a missed
appointment; I gave her the food bank voucher and the number for the welfare rights adviser.
[PERSON_2] was seen alone in her bedroom; she said she feels safe and that nobody shouts at home
now. No marks or injuries seen. Next visit in two weeks; I will call the health visitor about the
3-year check for [PERSON_3]."""
MESSAGES = [("system", SYSTEM), ("human", f"Write a home visit record from these notes.\n<notes>\n{NOTES}\n</notes>")]

# Run in a fresh interpreter: times the imports of torch/transformers and the resolve separately.
WARM_LOAD = """
import json, sys, time
t0 = time.perf_counter()
import torch, transformers
from transformers import AutoModelForCausalLM, AutoTokenizer
t1 = time.perf_counter()
from assistant.config import Settings
from assistant.llm import resolve
resolve(sys.argv[1], Settings(data_dir=sys.argv[2]))
t2 = time.perf_counter()
print(json.dumps({"total": t2 - t0, "without_torch": t2 - t1}))
"""


def warm_load(data_dir: Path) -> dict[str, float]:
    """Time importing and resolving the backend from the disk cache in fresh subprocesses.

    Args:
        data_dir: The data dir whose model cache already holds the converted model.

    Returns:
        Median seconds over the runs: `total` and `without_torch` (after `import torch, transformers`).
    """
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", WARM_LOAD, MODEL_ID, str(data_dir)],
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in ("total", "without_torch")}


def time_runs(run, warmups: int = 1) -> tuple[float, int]:
    """Call `run` (returning a generated-token count) after warm-ups; median seconds and the count."""
    for _ in range(warmups):
        run()
    timings, count = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        count = run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), count


def transformers_speed(chat, new_tokens: int) -> tuple[float, int, list[int]]:
    """Tokens/s of `hf_model.generate` with LocalChatModel's greedy settings and a forced length.

    Args:
        chat: The backend's LocalChatModel (gives `hf_model`, `tokenizer`, `_inputs`, `timeout`).
        new_tokens: How many tokens to generate (forced with `min_new_tokens`).

    Returns:
        Tokens/s, the number of tokens generated, and the prompt's token ids.
    """
    import torch
    from langchain_core.messages import HumanMessage, SystemMessage

    inputs = chat._inputs([SystemMessage(SYSTEM), HumanMessage(MESSAGES[1][1])])
    kwargs = dict(max_new_tokens=new_tokens, min_new_tokens=new_tokens, max_time=chat.timeout,
                  repetition_penalty=1.2, no_repeat_ngram_size=6,
                  pad_token_id=chat.tokenizer.eos_token_id, do_sample=False)

    def run() -> int:
        with torch.no_grad():
            out = chat.hf_model.generate(**inputs, **kwargs)
        return out.shape[1] - inputs["input_ids"].shape[1]

    seconds, count = time_runs(run)
    return count / seconds, count, inputs["input_ids"][0].tolist()


def stream_speed(backend) -> tuple[float, int, float]:
    """One run through LangChain's `.chat.stream()`: tokens/s, tokens (re-counted), first-token s."""
    start, first, text = time.perf_counter(), None, ""
    for chunk in backend.chat.stream(MESSAGES):
        first = first or time.perf_counter() - start
        text += str(chunk.content)
    seconds = time.perf_counter() - start
    count = len(backend.chat.tokenizer(text, add_special_tokens=False)["input_ids"])
    return count / seconds, count, first or seconds


def llama_cpp_speed(gguf: Path, prompt_ids: list[int], prompt_text: str,
                    new_tokens: int) -> dict[str, float] | None:
    """Load the GGUF with llama.cpp and time greedy generation of exactly `new_tokens` tokens.

    The raw token loop (`Llama.generate`) is used so end-of-turn tokens do not stop it early, and
    `reset()` before each run stops llama.cpp from reusing the previous run's prompt cache.

    Args:
        gguf: The GGUF file transformers converted.
        prompt_ids: The prompt's token ids from the transformers tokenizer (compared, not used).
        prompt_text: The same prompt formatted with the chat template.
        new_tokens: How many tokens to generate.

    Returns:
        Figures, or None when `llama_cpp` is not installed.
    """
    try:
        import llama_cpp
    except ImportError:
        return None
    start = time.perf_counter()
    llm = llama_cpp.Llama(model_path=str(gguf), n_ctx=2048, n_threads=THREADS, verbose=False)
    load = time.perf_counter() - start
    tokens = llm.tokenize(prompt_text.encode(), add_bos=False, special=True)

    def run() -> int:
        llm.reset()
        count = 0
        for _ in llm.generate(tokens, temp=0, repeat_penalty=1.2):
            count += 1
            if count == new_tokens:
                break
        return count

    seconds, count = time_runs(run)
    return {"llamacpp_load_s": load, "llamacpp_tok_s": count / seconds, "llamacpp_tokens": count,
            "llamacpp_prompt_tokens": len(tokens), "prompt_tokens_match": tokens == prompt_ids}


def main() -> None:
    """Run every measurement, print one figure a line, then all figures as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "heard-bench")
    parser.add_argument("--new-tokens", type=int, default=128)
    args = parser.parse_args()

    import torch
    import transformers  # noqa: F401  (imported before timing the cold conversion)

    from assistant.config import Settings
    from assistant.llm import resolve
    from assistant.llm.local import cache_dir_for, embedded_gguf

    torch.set_num_threads(THREADS)
    settings = Settings(data_dir=args.data_dir, temperature=0, max_new_tokens=args.new_tokens)
    gguf = embedded_gguf(MODEL_ID.split("/", 1)[1])
    figures: dict[str, object] = {"model": MODEL_ID, "threads": THREADS, "new_tokens": args.new_tokens}
    print(f"model {MODEL_ID} ({gguf.name}), data dir {settings.data_dir}, torch threads {THREADS}")

    if not (cache_dir_for(gguf, settings.model_cache_dir) / "config.json").exists():
        start = time.perf_counter()
        backend = resolve(MODEL_ID, settings)
        figures["cold_convert_s"] = time.perf_counter() - start
        print(f"cold conversion + load: {figures['cold_convert_s']:.2f} s")
    else:
        backend = resolve(MODEL_ID, settings)
        print("cold conversion: skipped (model already cached)")

    load = warm_load(settings.data_dir)
    figures.update(warm_load_s=load["total"], warm_load_without_torch_s=load["without_torch"])
    print(f"warm load (import + resolve, fresh process, median of {RUNS}): {load['total']:.2f} s")
    print(f"warm load excluding import torch, transformers: {load['without_torch']:.2f} s")

    tok_s, count, prompt_ids = transformers_speed(backend.chat, args.new_tokens)
    figures.update(prompt_tokens=len(prompt_ids), transformers_tok_s=tok_s, transformers_tokens=count)
    print(f"prompt tokens: {len(prompt_ids)}")
    print(f"transformers generate: {tok_s:.1f} tok/s ({count} tokens, median of {RUNS})")
    tok_s, count, first = stream_speed(backend)
    figures.update(stream_tok_s=tok_s, stream_tokens=count, stream_first_token_s=first)
    print(f"langchain .stream(): {tok_s:.1f} tok/s ({count} tokens, first token {first:.2f} s, 1 run)")

    prompt_text = backend.chat.tokenizer.decode(prompt_ids)
    cpp = llama_cpp_speed(gguf, prompt_ids, prompt_text, args.new_tokens)
    warm_ok = figures["warm_load_s"] <= GOALS["warm_load_s"]
    print(f"goal warm load <= {GOALS['warm_load_s']} s: {'PASS' if warm_ok else 'MISS'}")
    if cpp is None:
        print("llama.cpp not installed (pip install 'heard[llamacpp]'), ratio not measured")
    else:
        figures.update(cpp, ratio=figures["transformers_tok_s"] / cpp["llamacpp_tok_s"])
        print(f"llama.cpp load: {cpp['llamacpp_load_s']:.2f} s")
        print(f"llama.cpp generate: {cpp['llamacpp_tok_s']:.1f} tok/s ({cpp['llamacpp_tokens']} tokens, "
              f"median of {RUNS}, same prompt tokens: {cpp['prompt_tokens_match']})")
        print(f"ratio transformers / llama.cpp: {figures['ratio']:.2f}")
        print(f"goal ratio >= {GOALS['ratio']}: {'PASS' if figures['ratio'] >= GOALS['ratio'] else 'MISS'}")
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}))


if __name__ == "__main__":
    main()
