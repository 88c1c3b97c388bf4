"""Reference side of the ml-1m ALS benchmark: implicit 0.7.3 and EASE on the split that
`CrossLensBenchmarks als-ml1m` exports (user, item, part = train|test).

NDCG@10 as in Benchmarks/Sources/RankingMetrics.swift: binary relevance, DCG over the top 10
unseen items divided by the ideal DCG of min(|test|, 10) hits, averaged over users with test items.

    OPENBLAS_NUM_THREADS=1 python Benchmarks/python/als_ml1m.py external/ml-1m-split.tsv --runs 3 --threads 2
"""
import argparse
import time

import numpy as np
import scipy.sparse as sp


def load(path):
    data = np.genfromtxt(path, delimiter="\t", skip_header=1, dtype=None, encoding="utf-8")
    users = np.array([r[0] for r in data])
    items = np.array([r[1] for r in data])
    parts = np.array([r[2] for r in data])
    n_users, n_items = users.max() + 1, items.max() + 1
    train = parts == "train"
    x = sp.csr_matrix(
        (np.ones(train.sum(), dtype=np.float32), (users[train], items[train])),
        shape=(n_users, n_items),
    )
    test = [[] for _ in range(n_users)]
    for u, i in zip(users[~train], items[~train]):
        test[u].append(i)
    return x, test


def ndcg_at_10(scores, x, test):
    """scores: users × items dense; training items are excluded."""
    total, count = 0.0, 0
    discounts = 1.0 / np.log2(np.arange(2, 12))
    for u, relevant in enumerate(test):
        if not relevant:
            continue
        s = scores[u].astype(np.float64).copy()
        s[x.indices[x.indptr[u] : x.indptr[u + 1]]] = -np.inf
        top = np.argsort(-s, kind="stable")[:10]
        rel = np.isin(top, relevant)
        dcg = float((rel * discounts[: len(top)]).sum())
        ideal = float(discounts[: min(len(relevant), 10)].sum())
        total += dcg / ideal
        count += 1
    return total / count


def run_implicit(x, test, runs, threads, confidence_plus_one):
    from implicit.cpu.als import AlternatingLeastSquares

    # implicit takes the stored value itself as the confidence c; with
    # confidence_plus_one the matrix holds 1 + alpha*value, i.e. CrossLens's objective.
    m = x.copy()
    if confidence_plus_one:
        m.data = 1 + m.data
    times = []
    for _ in range(runs):
        model = AlternatingLeastSquares(
            factors=64, regularization=0.05, alpha=1.0, iterations=15,
            num_threads=threads, random_state=0,
        )
        start = time.perf_counter()
        model.fit(m, show_progress=False)
        times.append(time.perf_counter() - start)
    scores = model.user_factors @ model.item_factors.T
    return times, ndcg_at_10(scores, x, test)


def run_ease(x, test, lam):
    g = (x.T @ x).toarray().astype(np.float64)
    g[np.diag_indices_from(g)] += lam
    p = np.linalg.inv(g)
    b = -p / np.diag(p)
    b[np.diag_indices_from(b)] = 0
    scores = x @ b
    return ndcg_at_10(np.asarray(scores), x, test)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ease-lambda", type=float, default=500.0)
    ap.add_argument("--skip-ease", action="store_true")
    ap.add_argument("--variant", choices=["both", "plus-one", "native"], default="both")
    args = ap.parse_args()
    x, test = load(args.split)
    variants = {"plus-one": True, "native": False}
    for name, plus in variants.items():
        if args.variant not in ("both", name):
            continue
        times, score = run_implicit(x, test, args.runs, args.threads, plus)
        label = "c=1+alpha*r" if plus else "c=alpha*r (implicit's own)"
        print(
            f"implicit-0.7.3 {label} threads={args.threads} fit_seconds={[round(t, 3) for t in times]} "
            f"median={np.median(times):.3f} ndcg@10={score:.4f}"
        )
    if not args.skip_ease:
        print(f"ease lambda={args.ease_lambda} ndcg@10={run_ease(x, test, args.ease_lambda):.4f}")


if __name__ == "__main__":
    main()
