#!/usr/bin/env python3
"""Writes N distinct random filter paths for /jurisdictions (or the API), with a fixed seed.

A realistic mix of what visitors and crawlers ask: zero to three tactics (all or any), a state, a type, a
population range, text, a sort and a page, each present or not, so almost every path is distinct and the output
cache cannot answer them. Usage: filter-urls.py PREFIX COUNT SEED  (PREFIX: /jurisdictions or /api/jurisdictions)
"""
import random
import sys
from urllib.parse import urlencode

TACTICS = ["auto-seizure", "buyer-arrests", "cameras", "community-service", "employment-loss", "identity-disclosure",
           "it-based-tactics", "john-school", "letters", "license-suspension", "neighborhood-action", "public-education",
           "reverse-stings", "soap-orders", "web-stings"]
STATES = ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
          "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
          "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy"]
TYPES = ["City", "County", "Town", "Village", "Borough", "Township"]
SORTS = ["name", "-name", "population", "-population", "updated", "-updated"]
TEXT = ["police", "county", "sheriff", "spring", "lake", "north", "task force", "valley"]


def one(rng):
    query = []
    for tactic in rng.sample(TACTICS, rng.choice([0, 1, 1, 1, 2, 2, 3])):
        query.append(("tactic", tactic))
    if sum(1 for k, _ in query if k == "tactic") > 1 and rng.random() < 0.4:
        query.append(("match", "any"))
    if rng.random() < 0.6:
        query.append(("state", rng.choice(STATES)))
    if rng.random() < 0.25:
        query.append(("type", rng.choice(TYPES)))
    if rng.random() < 0.2:
        low = rng.choice([0, 1000, 5000, 20000, 50000])
        query.append(("minPop", low))
        if rng.random() < 0.5:
            query.append(("maxPop", low + rng.choice([10000, 50000, 250000])))
    if rng.random() < 0.1:
        query.append(("q", rng.choice(TEXT)))
    if rng.random() < 0.5:
        query.append(("sort", rng.choice(SORTS)))
    if rng.random() < 0.5:
        query.append(("page", rng.choice([2, 2, 3, 4, 5, 8])))
    return urlencode(query)


def main():
    prefix, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    seen = set()
    while len(seen) < count:
        query = one(rng)
        path = prefix + ("?" + query if query else "")
        if path not in seen:
            seen.add(path)
            print(path)


if __name__ == "__main__":
    main()
