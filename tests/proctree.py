"""A process and its descendants (a server and its model workers), read from /proc: memory and CPU.

Shared by the soak test and benchmarks/installation.py.
"""
from __future__ import annotations

import os
from pathlib import Path


def _stats() -> dict[int, list[str]]:
    """Every process's /proc stat fields after the command name."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stats[int(entry)] = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
    return stats


def tree(pid: int, stats: dict[int, list[str]] | None = None) -> list[int]:
    """`pid` and all its descendants."""
    stats = _stats() if stats is None else stats
    children: dict[int, list[int]] = {}
    for p, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(p)
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def resident_kib(pid: int) -> int:
    """Resident memory of the tree."""
    total = 0
    for p in tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of the tree."""
    stats = _stats()
    return sum((int(stats[p][11]) + int(stats[p][12])) / os.sysconf("SC_CLK_TCK") for p in tree(pid, stats) if p in stats)
