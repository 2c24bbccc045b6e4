"""Review rv3 of rounds gh–gj: ``markdown_rows`` read a long one-line text once per cut point. A cut between two bars far
apart (a table's rule at the head, a long text, a bar at its end) copied all the text between them before it asked
how far apart they stood (``_inside_cell``); a cut at a cell's first words (「| 1 公告 |」) copied the whole line before
it to find the character before the bar (``_opens_cell``). Both grew with the square of the line's length; the work is
counted here as the characters copied out of the line. And a period after a blank line under a label met twice
(「期間 2027/6/1 9:00 から 2027/6/10 17:00 まで」) was read as a chat export's post header, the period cut after its first
time."""

from tenders.extractor import relining
from tenders.extractor.relining import markdown_rows
from tests.extractor_found import found, one_line


class _Counted(str):
    """A line that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key):
        part = super().__getitem__(key)
        _Counted.copied += len(part)
        return part


def _copied(line: str, points: list[int]) -> tuple[int, list[int]]:
    _Counted.copied = 0
    found = markdown_rows(_Counted(line), points)
    return _Counted.copied, found


def _text_between_far_bars(size: int) -> str:
    head = "| 日程 | 内容 | |---|---| | 4月1日 | 公告 | | 4月9日 | 入札 | "
    unit = "(1) 参加資格の確認について。 (2) 提出書類の様式について。 "
    return head + unit * (size // len(unit)) + "| 終わり |"


def _table_of_numbered_cells(size: int) -> str:
    head = "| 日程 | 内容 | |---|---| "
    unit = "| 1 公告 | 4月1日 | | 2 入札 | 4月9日 | "
    return head + unit * (size // len(unit))


def test_cuts_between_far_bars_copy_no_more_than_the_line():
    line = _text_between_far_bars(60_000)
    points = relining.line_breaks(line)
    copied, found = _copied(line, points)
    assert len(points) > 1000
    assert copied < 20 * len(line)  # (once per cut over the text: some thousand times its length)
    assert found == markdown_rows(line, points)


def test_cuts_at_numbered_cells_copy_no_more_than_the_line():
    line = _table_of_numbered_cells(60_000)
    points = [at for at in range(2, len(line)) if line.startswith("| ", at - 2)]
    copied, found = _copied(line, points)
    assert len(points) > 1000
    assert copied < 20 * len(line)
    assert found == markdown_rows(line, points)


def test_a_numbered_cell_still_begins_no_line():
    line = _table_of_numbered_cells(2_000)
    cells = [at for at in range(2, len(line)) if line.startswith("| 1 ", at - 2)]
    assert cells
    assert not set(cells) & set(markdown_rows(line, cells))
    # (a quoted row's first bar, 「> > | 1 公告 |」, still opens a line of its own)
    quoted = "> > | 1 公告 | 4月1日 |"
    assert quoted.index("1 公告") in markdown_rows(quoted + " " + line, [quoted.index("1 公告")])


# a notice's periods after blank lines, each under the same label: no chat export's post headers (「期間」 no speaker)
PERIODS = """令和9年度 庁舎清掃業務委託 一般競争入札の公告

1 参加申請書の受付

期間 2027/6/1 9:00 から 2027/6/10 17:00 まで
場所 本庁舎3階契約課

2 質問の受付

期間 2027/6/2 9:00 から 2027/6/8 17:00 まで
方法 電子メールに限る

3 開札日時 2027/6/20 10:00
"""


def test_a_period_after_a_blank_line_is_no_post_header():
    line = one_line(PERIODS)
    cuts = relining.line_breaks(line)
    assert line.index("から 2027/6/10") not in cuts  # (the period kept whole: its start no header's end)
    assert line.index("から 2027/6/8") not in cuts
    assert found(line) == found(PERIODS)
