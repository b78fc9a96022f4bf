"""Speed and memory of name repair with gazetteers of 1,000, 100,000 and 1,000,000 names.

The texts are not ours and are not in this repository: pass the path of the
article-extraction-benchmark's ``ground-truth.json``::

    python benchmarks/repair_speed.py /path/to/ground-truth.json > speed.md

Each size runs in its own subprocess (one core, fresh memory), which reports as it
goes, so a size that runs out of time or memory still says how far it got:

* gazetteer: 1,000 is a seeded sample of the default gazetteer; larger sizes are the
  whole default gazetteer (6,056 entries with kinds and context) plus made-up people,
  "First Surname" from syllable lists with a fixed seed, all distinct;
* ``entries s``: making the :class:`Gazetteer` (pydantic entries);
  ``index s``: building ``gazetteer.index``;
* tokens/s: ``NameRepairer(gazetteer).repair(text)`` over the 181 article bodies in
  id order, after one warm-up call (the word-frequency lists load once per process),
  stopping after ``--seconds`` (tokens as the repairer cuts them, counted before the
  clock starts; the figures in docs up to commit ded6d30 also timed this count, a
  second tokenization of every text);
* tokens/s, warm: as a long pipeline runs, a fresh repairer first repairs the
  even-numbered bodies, then the odd-numbered ones, which it has not seen, are timed
  (spellings and similar-token look-ups are remembered across texts, within bounds);
* peak RSS: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of the subprocess after the
  index is built (the build's own peak) and at the end (saving pickles the index, which
  needs memory of its own), beside the RSS after imports;
* load s: ``Gazetteer.load`` of a file written by ``Gazetteer.save``; the built gazetteer is
  then dropped and repair runs on the loaded one, as a worker process would.

A subprocess that passes ``--timeout`` seconds is stopped and reported as such; its
address space is capped at ``--memory-gb`` so that it fails instead of swapping.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import count_tokens, load_articles, machine, table

SIZES = (1_000, 100_000, 1_000_000)
SEED = 11

ONSETS = "b br c ch d dr f g gr h j k kl l m n p pr r s sh st t tr v w z".split()
VOWELS = "a e i o u ai ei ia io ou".split()
CODAS = ["", "", "n", "r", "s", "l", "m", "k", "nd", "rt", "st", "x"]
FIRST_ENDINGS = ["", "a", "o", "an", "el", "ie", "ine", "us"]


def syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def made_up_people(count: int, rng: random.Random, taken: set[str]) -> list[str]:
    """``count`` distinct, plausible "First Surname" names."""
    firsts = sorted({(syllable(rng) + rng.choice(FIRST_ENDINGS)).capitalize() for _ in range(4000)})
    names: list[str] = []
    seen = set(taken)
    while len(names) < count:
        surname = "".join(syllable(rng) for _ in range(rng.choice((2, 2, 3))))
        name = f"{rng.choice(firsts)} {surname.capitalize()}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(size: int, ground_truth: str, seconds: float) -> None:
    from newsmend.gazetteer import Entry, Gazetteer
    from newsmend.repair import NameRepairer

    texts = [body for _, body in load_articles(ground_truth)]
    report(stage="imported", rss_mb=maxrss_mb())
    rng = random.Random(SEED)
    default = list(Gazetteer.default().entries)
    began = time.perf_counter()
    if size <= len(default):
        entries = rng.sample(default, size)
    else:
        fake = made_up_people(size - len(default), rng, {e.name for e in default})
        entries = default + [Entry(name=name, kind="person") for name in fake]
    gazetteer = Gazetteer(entries)
    report(stage="entries", seconds=time.perf_counter() - began, entries=len(gazetteer))
    began = time.perf_counter()
    index = gazetteer.index
    report(
        stage="index",
        seconds=time.perf_counter() - began,
        forms=index.form_count,
        rss_mb=maxrss_mb(),
    )
    if hasattr(Gazetteer, "save") and hasattr(Gazetteer, "load"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "gazetteer.index"
            began = time.perf_counter()
            gazetteer.save(path)
            saved = time.perf_counter() - began
            del gazetteer, index  # a worker starts from the saved index alone
            gc.collect()
            began = time.perf_counter()
            gazetteer = Gazetteer.load(path)
            _ = gazetteer.index
            report(
                stage="save-load",
                save_seconds=saved,
                load_seconds=time.perf_counter() - began,
                bytes=sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file()),
            )
    repairer = NameRepairer(gazetteer)
    repairer.repair("Warm-up: Zelenskyy met Scott Bessent in Kyiv.")
    counts = [count_tokens(text) for text in texts]  # counted before the clock starts
    tokens, texts_done, changes = 0, 0, 0
    began = time.perf_counter()
    for text, count in zip(texts, counts, strict=True):
        changes += len(repairer.repair(text).corrections)
        tokens += count
        texts_done += 1
        if time.perf_counter() - began > seconds:
            break
    elapsed = time.perf_counter() - began
    report(
        stage="repair",
        seconds=elapsed,
        tokens=tokens,
        texts=texts_done,
        changes=changes,
        tokens_per_second=tokens / elapsed,
        rss_mb=maxrss_mb(),
    )
    # A long pipeline: a fresh repairer reads the even-numbered bodies first, then the
    # odd-numbered ones, which it has not seen, are timed.
    warm = NameRepairer(gazetteer)
    for text in texts[0::2]:
        warm.repair(text)
    unseen = list(zip(texts[1::2], counts[1::2], strict=True))
    began = time.perf_counter()
    for text, _ in unseen:
        warm.repair(text)
    elapsed = time.perf_counter() - began
    report(stage="warm", tokens_per_second=sum(n for _, n in unseen) / elapsed)


def run_size(size: int, args: argparse.Namespace) -> dict[str, dict[str, object]]:
    limit = int(args.memory_gb * 1024**3)

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    command = [
        sys.executable,
        __file__,
        args.ground_truth,
        "--worker",
        str(size),
        "--seconds",
        str(args.seconds),
    ]
    stages: dict[str, dict[str, object]] = {}
    began = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=cap_memory
    ) as process:
        try:
            out, err = process.communicate(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            stages["failed"] = {"why": f"stopped after {args.timeout:.0f} s"}
        for line in out.splitlines():
            record = json.loads(line)
            stages[record.pop("stage")] = record
        if process.returncode and "failed" not in stages:
            last = (err.strip().splitlines() or ["?"])[-1]
            stages["failed"] = {"why": f"exit {process.returncode}: {last[:120]}"}
    stages["wall"] = {"seconds": time.perf_counter() - began}
    return stages


def row(size: int, stages: dict[str, dict[str, object]]) -> list[object]:
    def get(stage: str, key: str, fmt: str = "{:.1f}") -> str:
        value = stages.get(stage, {}).get(key)
        return fmt.format(value) if value is not None else "—"

    return [
        f"{size:,}",
        get("entries", "entries", "{:,}"),
        get("index", "forms", "{:,}"),
        get("entries", "seconds"),
        get("index", "seconds"),
        get("save-load", "load_seconds", "{:.2f}"),
        get("repair", "tokens_per_second", "{:,.0f}"),
        get("warm", "tokens_per_second", "{:,.0f}"),
        get("repair", "tokens", "{:,}"),
        get("repair", "changes", "{:,}"),
        get("imported", "rss_mb", "{:,.0f}"),
        get("index", "rss_mb", "{:,.0f}"),
        get("repair", "rss_mb", "{:,.0f}") if "repair" in stages else get("index", "rss_mb"),
        stages.get("failed", {}).get("why", ""),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ground_truth", help="path of ground-truth.json")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--seconds", type=float, default=60, help="repair time per size")
    parser.add_argument("--timeout", type=float, default=420, help="limit per size")
    parser.add_argument("--memory-gb", type=float, default=8, help="address-space cap")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.ground_truth, args.seconds)
        return
    texts = [body for _, body in load_articles(args.ground_truth)]
    print(f"# Name repair speed and memory\n\n{machine()}\n")
    print(f"Texts: {len(texts)} article bodies, {sum(count_tokens(t) for t in texts):,} tokens.\n")
    rows = []
    for size in args.sizes:
        stages = run_size(size, args)
        print(f"{size}: {json.dumps(stages)}", file=sys.stderr)
        rows.append(row(size, stages))
    print(
        table(
            [
                "names",
                "entries",
                "index forms",
                "entries s",
                "index s",
                "load s",
                "tokens/s",
                "tokens/s, warm",
                "tokens timed",
                "changes made",
                "RSS after imports MB",
                "peak RSS after build MB",
                "peak RSS MB",
                "stopped",
            ],
            rows,
        )
    )
    print(
        "\nTargets at 1,000,000 names: >= 200,000 tokens/s on one core and at most 3x slower "
        "than with 1,000; built in <= 60 s within 2 GB, or loaded in <= 5 s."
    )


if __name__ == "__main__":
    main()
