"""Text from any source, cleaned on the way in. Plain Python.

Uploaded documents, pasted text, imported titles and typed labels can carry characters that
break things further on: PostgreSQL refuses NUL, and RFC 5545 forbids control characters in iCal
text (a reader that splits lines on U+2028 or \\x1c could see a forged ``BEGIN:VEVENT``).

- ``clean_text``: for multi-line text (a notice's body, a note). Line separators of every kind
  (CR LF, CR, \\x0b, \\x0c, \\x1c–\\x1e, U+0085, U+2028, U+2029) become ``\\n``; tab stays; every other
  control character (C0, DEL, C1) and lone surrogates are removed.
- ``clean_line``: for one-line values (a title, a label, an issuer): as above, and line breaks
  and tabs become single spaces, with the ends stripped.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\n]+")


def clean_text(text: str) -> str:
    """Multi-line text with one kind of line break, tabs kept and no other control characters."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def clean_line(text: str) -> str:
    """One line of text: no control characters, breaks and tabs as single spaces, ends stripped."""
    return _SPACES.sub(" ", clean_text(text)).strip()
