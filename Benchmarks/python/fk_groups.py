"""How alike Food–Kitchen's user groups are: for the `valid` and `test` users (whose last
interaction is the held-out target) and the training users active in both domains (`both`, whose
last interaction the fusion fit holds out), by target domain: how many users, how popular their
target is among every other interaction (median, mean), and the length of the input before it.

    python3 Benchmarks/python/fk_groups.py ../shared/datasets/food-kitchen
"""
import argparse
import collections
import csv
import os
import statistics


def rows(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    folder = parser.parse_args().folder
    domain = {r["item_id"]: r["domain"] for r in rows(folder, "items.tsv")}
    group = {r["user_id"]: r["group"] for r in rows(folder, "users.tsv")}
    histories = collections.defaultdict(list)
    for r in rows(folder, "interactions.tsv"):
        histories[r["user_id"]].append((int(r["position"]), r["item_id"]))
    counts = collections.Counter()
    for history in histories.values():
        history.sort()
        counts.update(item for _, item in history)
    print("group    target   users  target popularity (median, mean)  input (median)")
    for name in ("both", "valid", "test"):
        for target in ("Grocery", "Kitchen"):
            users = [
                u for u, h in histories.items() if group[u] == name and domain[h[-1][1]] == target
            ]
            # The target's count among the other interactions (its own purchase left out).
            popularity = [counts[histories[u][-1][1]] - 1 for u in users]
            inputs = [len(histories[u]) - 1 for u in users]
            print(
                f"{name:8} {target:8} {len(users):5}  {statistics.median(popularity):6.0f}"
                f" {statistics.mean(popularity):8.1f}                 {statistics.median(inputs):5.0f}"
            )


if __name__ == "__main__":
    main()
