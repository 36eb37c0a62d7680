"""Print how long looking for possible duplicates takes among 100,000 contacts.

Run: PYTHONPATH=. python tests/bench/duplicates.py [COUNT]
"""

from __future__ import annotations

import random
import sys
import time

from infoview_gui.domain.duplicates import Candidate, find_pairs

FIRST = ["Ana", "Bob", "Robert", "Jane", "J.", "José", "Mary", "Li", "Omar", "Kate"]
LAST = [f"Name{i}" for i in range(3000)]
ORGS = [f"Company {i}" for i in range(2000)]


def main() -> None:
    """Build COUNT realistic contacts and time ``find_pairs`` over them."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(7)
    people = [
        Candidate(
            i,
            rng.choice(FIRST),
            rng.choice(LAST),
            rng.choice(ORGS),
            emails=(f"person{i}@example.org",),
            phones=(f"020 7{rng.randrange(10**6, 10**7)}",) if i % 2 else (),
            urls=(f"https://www.linkedin.com/in/p{rng.randrange(50 * count)}",),
        )
        for i in range(count)
    ]
    start = time.perf_counter()
    pairs = find_pairs(people, region="GB")
    print(f"{count} contacts: {len(pairs)} pairs in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
