"""The fast scans of the relining and the date finder give what the plain ones give."""

import re
from pathlib import Path

from tenders.extractor import labels as L, relining
from tenders.extractor.dates import find_mentions, most_mentions
from tenders.extractor.normalize import DAY_WORD, day_in_figures

_ROOT = Path(__file__).resolve().parent.parent
_TEXTS = sorted((_ROOT / "tenders/demo/notices").glob("*.txt")) + sorted((_ROOT / "tests/notices-dev").glob("*.txt"))

_SAMPLES = [
    "4月1日~15日 5月8日から5月9日 6月12日(金)",
    "2026/6/19 R8.5.15 令和8.6.1(金)17:00 2027/8/16~8/20 6/12(金) 6/2 月 - 2026-07 中旬 R8.11 上旬 2/上旬",
    "8.5.22(金) 8.5.29(金) 9.1.5(火)",
    "Friday, 5 June 2026 at 5:00 p.m. June 10 (Wed), 2026 early June 2026 mid Sept 2026 17 Jan 2027",
    "20270114 0830 同日午前11時15分 当日 午前10時 その翌日午前10時",
    "同年同月10日 翌月末 翌月10日 3月末日 6月第2週",
]


def test_most_mentions_is_a_bound():
    lines = list(_SAMPLES)
    for path in _TEXTS:
        text = path.read_text(encoding="utf-8")
        lines += text.splitlines()
        one = text.replace("\n", " ").translate(relining._SAME_WIDTH)
        bounds = sorted({0, *relining.line_breaks(one), len(one)})
        lines += [one[begin:end] for begin, end in zip(bounds, bounds[1:])]
    for line in lines:
        assert most_mentions(line) >= len(find_mentions(line)), line


def test_markers_as_finditer():
    for path in _TEXTS:
        text = path.read_text(encoding="utf-8")
        for line in (text.replace("\n", " "), text.replace("\n", "。"), text.replace("\n", ""), *text.splitlines()):
            plain = [(m.start(), m.end(), m.groupdict()) for m in relining._MARKER.finditer(line)]
            fast = [
                (start, end, {name: match.group(name) for name in plain_names})
                for match, start, end in relining._markers(line)
                for plain_names in [relining._MARKER.groupindex]
            ]
            assert plain == fast


def test_narrowed_as_translate():
    for path in _TEXTS:
        text = path.read_text(encoding="utf-8")
        assert relining._WIDE.sub(relining._narrowed, text) == text.translate(relining._SAME_WIDTH)


def test_about_headings_as_finditer():
    import random

    chance = random.Random(7)
    pieces = ["について", " ", "\u3000", "。", "、", "質問", "提出", "の", "入札参加資格", "ア"]
    lines = [text.read_text(encoding="utf-8").replace("\n", " ") for text in _TEXTS]
    lines += ["".join(chance.choice(pieces) for _ in range(chance.randint(1, 60))) for _ in range(3000)]
    for line in lines:
        plain = [match.span() for match in relining._ABOUT_HEADING.finditer(line)]
        assert plain == [match.span() for match in relining._about_headings(line)], line


def test_spaces_outside_brackets():
    import random

    chance = random.Random(8)
    pieces = [" ", "\u3000", "  ", "日程", "(", ")", "「", "」", "5月8日", "\t"]
    for _ in range(5000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 12)))
        depth, found, runs, at = 0, -1, [], 0
        for at, char in enumerate(text):  # (the plain reading, a character at a time)
            if char in relining._OPENING:
                depth += 1
            elif char in relining._CLOSING:
                depth = max(0, depth - 1)
            elif depth == 0 and char in " \u3000":
                if at + 1 < len(text) and text[at + 1] not in " \u3000":
                    found = at + 1
                if runs and runs[-1][1] == at:
                    runs[-1] = (runs[-1][0], at + 1)
                else:
                    runs.append((at, at + 1))
        assert relining._last_space_outside_brackets(text) == found, text
        assert relining._space_runs(text) == runs, text


def plain_token_table_rows(line: str, points: list[int]) -> list[int]:
    """``relining.token_table_rows`` as it read before review rr20: every word of the line a span in a list first."""
    if "月" not in line and "." not in line:
        return points
    words = [(match.start(), match.end()) for match in re.finditer(r"\S+", line)]
    cuts, spans, at = [], [], 0
    while at < len(words):
        if not DAY_WORD.fullmatch(line, *words[at]):
            at += 1
            continue
        past = at
        while past < len(words) and DAY_WORD.fullmatch(line, *words[past]):
            past += 1
        days = sum(1 for start, end in words[at:past] if day_in_figures(line[start:end]))
        count = past - at + 1
        first = at - 1 - count
        if days < relining._TOKEN_DAYS_MIN or first < 0 or not relining._token_row(line, words[first : at - 1]):
            at = past
            continue
        if (
            not relining._token_row(line, words[at - 1 : at])
            or sum(1 for start, end in words[first + 1 : at - 1] if L.kind_of(line[start:end])) * 2 < count - 1
        ):
            at = past
            continue
        rows = [words[first][0], words[at - 1][0]]
        for _ in range(relining._TOKEN_ROWS_AFTER):
            if past + count > len(words) or not relining._token_row(line, words[past : past + count]):
                break
            rows.append(words[past][0])
            past += count
        cuts += [*rows, *([words[past][0]] if past < len(words) else [])]
        spans.append((rows[0], words[past - 1][1]))
        at = past
    return sorted({*relining._outside(points, spans), *cuts}) if cuts else points


_SIDEWAYS = (  # (round oi's and review rv40's tables, run onto one line)
    "令和9年度 日程 項目 公告 質問受付期限 回答 契約締結 日付 R9.5.10 R9.5.19 R9.6.1 R9.7中旬 曜日 (月) (水) (金) ― "
    "時刻 ― 17:00 17:00 ― ※備考です。 ",
    "４ 日程 項目 公告 質問締切 質問回答 参加申込期限 提案書提出期限 審査結果通知 日付 R9.8.2 R9.8.10 R9.8.17 R9.8.24 "
    "R9.9.7 R9.9下旬 曜日 (月) (火) (火) (火) (火) ― 時刻 ― 17:00 ― 17:00 12:00 ― 方法 市HP 電子メール 市HP 持参 持参 書面 "
    "※時刻の記載のない項目は当日中とする。",
    "区分 公告 質問受付 回答 参加表明 企画提案書の提出 月日 8月3日 8月12日 8月18日 8月25日 9月8日 時間 ― 17:00 ― 17:00 正午",
)


def test_a_sideways_tables_rows_on_one_line_are_cut_where_they_were():
    assert [relining.token_table_rows(line, [0, 3]) for line in _SIDEWAYS] == [
        [0, 3, 9, 30, 63, 80, 99],
        [0, 3, 5, 43, 91, 116, 143, 169],
        [0, 28, 59],
    ]
    assert [plain_token_table_rows(line, [0, 3]) for line in _SIDEWAYS] == [
        relining.token_table_rows(line, [0, 3]) for line in _SIDEWAYS
    ]


def test_token_table_rows_as_the_plain_reading():
    import random

    chance = random.Random(20)
    steps = ["公告", "質問締切", "回答", "契約締結", "参加申込期限", "提案書提出期限", "x", "あいう"]
    days = ["R9.5.10", "R9.7中旬", "8月3日", "8月12日(金)", "2027年8月3日", "令和9年8月3日", "H30.4上旬", "―", "-"]
    keys = ["項目", "日付", "月日", "曜日", "時刻", "x", "1", "R9.5.10", "あ" * 5, "提出。"]
    cells = ["(月)", "17:00", "―", "市HP", "持参", "あ" * 41, "提出。", "8月3日"]
    prose = ["本業務", "は", "令和9年度", "。", "x" * 300, "月", "8月3日", "R9.5.10", "公告"]

    def gap() -> str:
        return " " if chance.random() < 0.8 else chance.choice(["  ", "\u3000", " " * chance.randint(3, 400), "\t"])

    lines = [path.read_text(encoding="utf-8").replace("\n", " ") for path in _TEXTS]
    for _ in range(3000):
        words = []
        for _ in range(chance.randint(0, 3)):  # (prose, then a table's rows, a cell more or less here and there)
            words += [chance.choice(prose) for _ in range(chance.randint(0, 30))]
            width = chance.randint(1, 8)
            words += [chance.choice(keys), *(chance.choice(steps) for _ in range(width + chance.choice([0, 0, -1, 1])))]
            words += [chance.choice(keys), *(chance.choice(days) for _ in range(width + chance.choice([0, 0, -1, 1])))]
            for _ in range(chance.randint(0, 6)):
                words += [chance.choice(keys), *(chance.choice(cells) for _ in range(width + chance.choice([0, 0, -1])))]
        line = gap() * (chance.random() < 0.2) + "".join(word + gap() for word in words)
        lines.append(line.rstrip() if chance.random() < 0.5 else line)
    for line in lines:
        points = sorted(chance.sample(range(len(line) + 1), min(3, len(line) + 1)))
        assert relining.token_table_rows(line, points) == plain_token_table_rows(line, points), line


def test_token_table_rows_reads_only_the_words_around_a_row_of_days(monkeypatch):
    """A long line of words with one sideways table in it: the words split out are the table's and a few around it
    (every word of the line a span in a list took gigabytes on a 20 MB line), found where they were."""
    read = []
    words = relining._words

    def counted(line, start, end):
        for span in words(line, start, end):
            read.append(span)
            yield span

    monkeypatch.setattr(relining, "_words", counted)
    prose = "月 " + "本業務は 次の とおり。 " * 20_000
    line = prose + _SIDEWAYS[2] + " " + prose
    found = relining.token_table_rows(line, [])
    assert found == [len(prose) + cut for cut in (0, 28, 59)] + [len(prose) + len(_SIDEWAYS[2]) + 1]
    assert found == plain_token_table_rows(line, [])
    assert 0 < len(read) < 100  # (the line's 120,000 words: none of them but these)


def test_token_table_rows_holds_no_list_of_a_long_lines_words():
    import tracemalloc

    line = "月 " + "ab " * 200_000  # (each word a span in a list: 24 MB, 800 MB for a 20 MB line)
    tracemalloc.start()
    try:
        assert relining.token_table_rows(line, [5]) == [5]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
