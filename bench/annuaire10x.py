#!/usr/bin/env python3
"""Makes a ten times larger Annuaire file from the real one: the original lines plus nine copies
whose UAIs become 08k + the last four digits (k = 1..9) with a valid check letter
("ABCDEFGHJKLMNPRSTUVWXYZ"[n % 23] of the 7 digits), so that every line is a new school.

    python3 bench/annuaire10x.py SOURCE.csv TARGET.csv
"""
import sys

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(digits):
    return digits + LETTERS[int(digits) % 23]


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8-sig") as f:
        header, *lines = f.read().splitlines()
    out = [header]
    out += lines
    for k in range(1, 10):
        for line in lines:
            old = line.split(";", 1)[0]
            assert uai(old[:7]) == old, old
            out.append(line.replace(old, uai("08" + str(k) + old[3:7])))
    with open(target, "w", encoding="utf-8") as f:
        f.write("\ufeff" + "\n".join(out) + "\n")
    print(f"{len(out) - 1} lines written to {target}")


if __name__ == "__main__":
    main()
