"""The lead's mends of stop 50 (each test a few lines written for its class)."""

from tenders.extractor import extract, normalize


def _rows_tried(text: str, monkeypatch) -> int:
    """How many times the one-cell-a-line table reader tries a row's cells against a header while ``text`` is read."""
    tried = [0]
    fits = normalize._flat_row_fits

    def counted(cells, roles):
        tried[0] += 1
        return fits(cells, roles)

    monkeypatch.setattr(normalize, "_flat_row_fits", counted)
    extract(text)
    return tried[0]


def test_lines_each_a_headers_cell_are_tried_as_rows_a_bounded_number_of_times(monkeypatch):
    # 「変　更　後」 after a run of full-width spaces, over and over: every line may be a header's cell, and each was
    # tried as the start of a table whose rows ran to the text's end (0.5 s at 22,000 characters, 8 s at 90,000, a
    # minute and more at 500,000: a pasted text could hold a worker that long). Rows with no digit under the dates'
    # columns end a table after a run of them, so the rows tried grow with the text, not with its square.
    line = "\u3000" * 50 + "変\u3000更\u3000後\n"
    small, large = _rows_tried(line * 400, monkeypatch), _rows_tried(line * 1600, monkeypatch)
    assert large <= 6 * small, (small, large)  # (four times the text: 16 times the rows tried before)
