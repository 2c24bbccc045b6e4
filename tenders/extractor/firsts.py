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


def _sequence(items, folded: bool, firsts: list) -> bool:
    """Add to ``firsts`` what the items in turn may begin with; True when all of them may match nothing."""
    for op, av in items:
        if not _item(op, av, folded, firsts):
            return False
    return True


def _item(op, av, folded: bool, firsts: list) -> bool:
    """Add to ``firsts`` what one part may begin with (as a class's body, and whether case-insensitive); True when it
    may match nothing."""
    if op is C.LITERAL:
        firsts.append((re.escape(chr(av)), folded))
        return False
    if op is C.IN:
        firsts.append((_class_body(av), folded))
        return False
    if op is C.BRANCH:
        empty = False
        for alternative in av[1]:
            empty = _sequence(alternative, folded, firsts) or empty
        return empty
    if op is C.SUBPATTERN:
        _, added, removed, items = av
        if (added | removed) & ~C.SRE_FLAG_IGNORECASE:
            raise _Unknown("flags")
        folded = bool(added & C.SRE_FLAG_IGNORECASE) or (folded and not removed & C.SRE_FLAG_IGNORECASE)
        return _sequence(items, folded, firsts)
    if op in _REPEATS:
        least, _, items = av
        return _sequence(items, folded, firsts) or least == 0
    if op is C.ATOMIC_GROUP:
        return _sequence(av, folded, firsts)
    if op in _ZERO_WIDTH:
        return True  # (what comes after it begins the match)
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
    """A lookahead's body that every match of ``pattern`` begins with (a class, and a case-insensitive one for the
    parts that ignore case), or None when that cannot be told."""
    if not isinstance(pattern.pattern, str) or pattern.flags & ~(re.UNICODE | re.IGNORECASE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        firsts: list[tuple[str, bool]] = []
        if _sequence(tree, bool(pattern.flags & re.IGNORECASE), firsts):
            return None  # (a match may be empty: it begins with no character)
    except (_Unknown, re.error):
        return None
    plain = "".join(dict.fromkeys(body for body, folded in firsts if not folded))
    folded = "".join(dict.fromkeys(body for body, folded in firsts if folded))
    return "|".join([*([f"[{plain}]"] if plain else []), *([f"(?i:[{folded}])"] if folded else [])])


def first_characters_guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead for the characters its matches begin with: the same matches (spans, groups),
    found faster where most characters begin none; ``pattern`` itself when that cannot be told."""
    firsts = first_characters(pattern)
    if firsts is None:
        return pattern
    try:
        return re.compile(f"(?={firsts})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # (a pattern that sets its flags at its start cannot be put in a group)
        return pattern
