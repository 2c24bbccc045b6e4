"""Patterns of many alternatives made fast to reject where no match can begin.

A search tries a pattern at each character of a text. The engine skips ahead on its own only when every alternative
begins with a plain character; one alternative that begins with a look-behind, 「^」, 「(?:^|\\s)」 or a
case-insensitive group makes it try every alternative at every character (a long label: 100-odd alternatives at each
of its characters). ``first_characters_guarded`` puts a lookahead for the characters a match can begin with in front
of such a pattern, worked out from the pattern itself: the matches are the same, and most places fail at that one
look.
"""

from __future__ import annotations

import re
from re import (
    _compiler,
    _constants as C,  # noqa: N812 (the engine's own names for the parts of a pattern)
    _parser,
)

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)  # 「^」「$」「\b」 and the look-arounds: they take no character


class _Unknown(Exception):
    """A part whose first character cannot be told (any character, a back reference, an empty match)."""


_CONSUMES, _EMPTY, _AT_START = 0, 1, 2  # what a part does first: takes a character, may take none, or is 「^」


def _sequence(items, folded: bool, firsts: list) -> int:
    """Add to ``firsts`` what the items in turn may begin with; what the whole does first."""
    for op, av in items:
        first = _item(op, av, folded, firsts)
        if first != _EMPTY:
            return first
    return _EMPTY


def _item(op, av, folded: bool, firsts: list) -> int:
    """Add to ``firsts`` what one part may begin with (a class's body and whether case-insensitive; None for the
    start of the text); what the part does first."""
    if op is C.LITERAL:
        firsts.append((re.escape(chr(av)), folded))
        return _CONSUMES
    if op is C.IN:
        firsts.append((_class_body(av), folded))
        return _CONSUMES
    if op is C.BRANCH:
        ways = [_sequence(alternative, folded, firsts) for alternative in av[1]]
        return _EMPTY if _EMPTY in ways else _CONSUMES
    if op is C.SUBPATTERN:
        _, added, removed, items = av
        if (added | removed) & ~C.SRE_FLAG_IGNORECASE:
            raise _Unknown("flags")
        folded = bool(added & C.SRE_FLAG_IGNORECASE) or (folded and not removed & C.SRE_FLAG_IGNORECASE)
        return _sequence(items, folded, firsts)
    if op in _REPEATS:
        least, _, items = av
        first = _sequence(items, folded, firsts)
        return _EMPTY if least == 0 else first
    if op is C.ATOMIC_GROUP:
        return _sequence(av, folded, firsts)
    if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        firsts.append((None, False))  # (what follows 「^」 matches at the text's start only: no character to tell)
        return _AT_START
    if op in _ZERO_WIDTH:
        return _EMPTY  # (what comes after it begins the match)
    raise _Unknown(str(op))


def _class_body(items) -> str:
    parts = []
    for op, av in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # (a negated class: not worth telling)
            raise _Unknown(str(op))
    return "".join(parts)


def first_characters(pattern: re.Pattern) -> str | None:
    """A lookahead's body that every match of ``pattern`` begins with (a class, a case-insensitive one for the parts
    that ignore case, 「^」 for those that match at the text's start only), or None when that cannot be told or the
    engine scans for the pattern's first character on its own."""
    if not isinstance(pattern.pattern, str) or pattern.flags & ~(re.UNICODE | re.IGNORECASE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if _scanned(tree, pattern.flags):
            return None
        firsts: list[tuple[str | None, bool]] = []
        if _sequence(tree, bool(pattern.flags & re.IGNORECASE), firsts) == _EMPTY:
            return None  # (a match may be empty: it begins with no character)
    except (_Unknown, re.error):
        return None
    plain = "".join(dict.fromkeys(body for body, folded in firsts if body is not None and not folded))
    folded = "".join(dict.fromkeys(body for body, folded in firsts if body is not None and folded))
    ways = [*([f"[{plain}]"] if plain else []), *([f"(?i:[{folded}])"] if folded else [])]
    if not ways:
        return None  # (a pattern anchored at the start: the engine tries it there only)
    return "|".join([*ways, *(["^"] if any(body is None for body, _ in firsts) else [])])


def _scanned(tree, flags: int) -> bool:
    """The engine skips ahead to the pattern's first character on its own (a plain character or class begins it)."""
    try:
        return bool(_compiler._get_literal_prefix(tree, flags)[0] or _compiler._get_charset_prefix(tree, flags))
    except Exception:  # noqa: BLE001 (the engine's internals, as they were in Python 3.11 to 3.13)
        return False


def first_characters_guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead for the characters its matches begin with: the same matches (spans, groups),
    found faster where most characters begin none; ``pattern`` itself when that cannot be told, or when the engine
    already scans for its first character."""
    firsts = first_characters(pattern)
    if firsts is None:
        return pattern
    try:
        return re.compile(f"(?={firsts})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # (a pattern that sets its flags at its start cannot be put in a group)
        return pattern
