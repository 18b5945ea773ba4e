"""A tolerant reader for Weka ARFF files, enough for Wekinator's training data.

Wekinator stores examples as ARFF (``current/currentData.arff``): numeric
attributes, a date, nominal attributes for classifier outputs, ``?`` for
missing values. We read numeric values as floats, nominal values as their
number when the label is numeric (Wekinator's classes are "0", "1", ...) and
else as the label's index, and anything else (strings, dates) as NaN. Comments,
any keyword case, single or double quotes, sparse rows and instance weights
are accepted; a data line that cannot be read is skipped and counted, not fatal.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


class ArffError(ValueError):
    """Not an ARFF file we can use."""


@dataclass(frozen=True)
class Attribute:
    name: str
    kind: str                           # numeric, nominal, string, date, other
    labels: tuple[str, ...] = ()

    def value(self, token: str) -> float:
        if token == "?":
            return np.nan
        if self.kind == "numeric":
            return float(token)
        if self.kind == "nominal":
            try:
                return float(token)
            except ValueError:
                return float(self.labels.index(token))
        return np.nan


@dataclass
class ArffData:
    relation: str
    attributes: list[Attribute]
    rows: np.ndarray                    # (n, attributes), NaN where missing or not numeric
    skipped: int                        # data lines that could not be read


def read_arff(path) -> ArffData:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise ArffError(f"cannot read {path}: {e}") from None
    return parse_arff(text)


def parse_arff(text: str) -> ArffData:
    relation, attributes, rows, skipped = "", [], [], 0
    lines = iter(text.splitlines())
    for line in lines:
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        keyword = line.split(None, 1)[0].lower()
        if keyword == "@relation":
            relation = _unquote(line[len(keyword):].strip())
        elif keyword == "@attribute":
            attributes.append(_attribute(line[len(keyword):].strip()))
        elif keyword == "@data":
            break
    else:
        raise ArffError("no @data section")
    if not attributes:
        raise ArffError("no @attribute declarations")
    for line in lines:
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        try:
            rows.append(_row(line, attributes))
        except (ValueError, IndexError):
            skipped += 1
    data = np.array(rows, dtype=np.float64).reshape(len(rows), len(attributes))
    return ArffData(relation, attributes, data, skipped)


def _attribute(rest: str) -> Attribute:
    name, rest = _first_token(rest)
    rest = rest.strip()
    if rest.startswith("{"):
        return Attribute(name, "nominal", tuple(_split(rest[1:rest.rindex("}")])))
    kind = rest.split(None, 1)[0].lower() if rest else ""
    if kind in ("numeric", "real", "integer"):
        return Attribute(name, "numeric")
    return Attribute(name, kind if kind in ("string", "date") else "other")


def _row(line: str, attributes: list[Attribute]) -> list[float]:
    if line.endswith("}") and "{" in line[:-1] and not line.startswith("{"):
        line = line[:line.rindex("{")].rstrip().rstrip(",")  # dense row followed by {weight}
    if line.startswith("{"):
        values = [0.0] * len(attributes)  # sparse: omitted values are 0
        body = line[1:line.index("}")]
        for pair in _split(body):
            index, token = pair.split(None, 1)
            values[int(index)] = attributes[int(index)].value(_unquote(token.strip()))
        return values
    tokens = _split(line)
    if len(tokens) != len(attributes):
        raise ValueError(f"{len(tokens)} values for {len(attributes)} attributes")
    return [a.value(t) for a, t in zip(attributes, tokens)]


def _first_token(text: str) -> tuple[str, str]:
    """A possibly quoted name, and the rest of the line."""
    if text[:1] in "'\"":
        quote, out, i = text[0], [], 1
        while i < len(text) and text[i] != quote:
            if text[i] == "\\" and i + 1 < len(text):
                i += 1
            out.append(text[i])
            i += 1
        return "".join(out), text[i + 1:]
    parts = text.split(None, 1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _split(text: str) -> list[str]:
    """Comma-separated tokens, honouring quotes; each token stripped and unquoted."""
    tokens, current, quote, i = [], [], None, 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\" and i + 1 < len(text):
                i += 1
                current.append(text[i])
            elif c == quote:
                quote = None
            else:
                current.append(c)
        elif c in "'\"":
            quote = c
        elif c == ",":
            tokens.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    tokens.append("".join(current).strip())
    return tokens


def _unquote(token: str) -> str:
    return _first_token(token)[0] if token[:1] in "'\"" else token
