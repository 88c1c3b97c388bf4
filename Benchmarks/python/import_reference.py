"""Reference side of the import benchmark: the obvious Python (stdlib csv + sqlite3) import of a
delimited folder into SQLite, with the same checks CrossLens makes on the way (known items,
finite numbers) but none of its error reporting. Prints the median wall time of several runs.

    python3 Benchmarks/python/import_reference.py ../shared/datasets/food-kitchen --runs 3
"""
import argparse
import csv
import math
import os
import sqlite3
import statistics
import sys
import tempfile
import time


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        header = next(rows)
        return header, list(rows)


def run(folder, out):
    _, items = read(os.path.join(folder, "items.tsv"))
    user_header, users = read(os.path.join(folder, "users.tsv"))
    inter_header, interactions = read(os.path.join(folder, "interactions.tsv"))
    domains = {}
    item_index = {}
    for row in items:
        domains.setdefault(row[1], len(domains))
        item_index.setdefault(row[0], len(item_index))
    user_index = {row[0]: k for k, row in enumerate(users)}
    rows = []
    for row in interactions:
        user = user_index.setdefault(row[0], len(user_index))
        item = item_index[row[1]]
        time_value = float(row[2])
        if not math.isfinite(time_value):
            raise ValueError(row)
        rows.append((user, item, None, time_value))
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    db.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE domains(idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE items(idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, domain INTEGER NOT NULL,
          title TEXT NOT NULL, description TEXT);
        CREATE TABLE users(idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
        CREATE TABLE user_attributes(user INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
          PRIMARY KEY(user, name)) WITHOUT ROWID;
        CREATE TABLE interactions(seq INTEGER PRIMARY KEY, user INTEGER NOT NULL, item INTEGER NOT NULL,
          value REAL, time REAL);
        """
    )
    with db:
        db.executemany("INSERT INTO domains VALUES (?, ?)", [(k, name) for name, k in domains.items()])
        db.executemany(
            "INSERT INTO items VALUES (?, ?, ?, ?, NULL)",
            [(item_index[r[0]], r[0], domains[r[1]], r[2]) for r in items],
        )
        db.executemany("INSERT INTO users VALUES (?, ?)", [(k, u) for u, k in user_index.items()])
        db.executemany(
            "INSERT INTO user_attributes VALUES (?, ?, ?)",
            [(user_index[r[0]], user_header[c], r[c]) for r in users for c in range(1, len(r))],
        )
        db.executemany("INSERT INTO interactions(user, item, value, time) VALUES (?, ?, ?, ?)", rows)
    db.close()
    return len(user_index), len(item_index), len(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    out = os.path.join(tempfile.gettempdir(), "crosslens-import-reference.sqlite")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        counts = run(args.folder, out)
        times.append(time.perf_counter() - start)
    os.remove(out)
    print(f"python csv+sqlite3 import: {counts[0]} users, {counts[1]} items, {counts[2]} interactions")
    print(f"median {statistics.median(times):.3f} s over {args.runs} runs")


if __name__ == "__main__":
    sys.exit(main())
