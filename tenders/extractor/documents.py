"""Text of an uploaded notice document. Plain Python; errors are ``DocumentError`` with a Japanese message."""

from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024


class DocumentError(ValueError):
    pass


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or Shift_JIS/CP932, detected."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("文字コードを判別できません（UTF-8 または Shift_JIS のテキストにしてください）。")


def read_document(path: Path) -> str:
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError("ファイルが大きすぎます（20MBまで）。")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return decode_text(path.read_bytes())
    raise DocumentError(f"{suffix or '拡張子なし'} のファイルはまだ読めません（.txt に対応しています）。")
