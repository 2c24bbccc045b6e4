"""The fast scans of the relining and the date finder give what the plain ones give."""

from pathlib import Path

from tenders.extractor import relining
from tenders.extractor.dates import find_mentions, most_mentions

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
