"""Any text, any bytes: the extractor and the document reader never crash."""

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from tenders.extractor import extract
from tenders.proposal import KINDS, PRECISIONS
from tenders.text.documents import DocumentError, decode_text

PIECES = st.sampled_from(
    [
        "令和",
        "平成",
        "元",
        "年",
        "月",
        "日",
        "上旬",
        "中旬",
        "下旬",
        "初旬",
        "末",
        "（水）",
        "(金)",
        "正午",
        "午後",
        "時",
        "分",
        "～",
        "〜",
        "~",
        "：",
        "\t",
        "|",
        "\n",
        "質問",
        "提出期限",
        "契約",
        "法律第",
        "号",
        "期間",
        "から",
        "まで",
        "必着",
        "２０２６",
        "12",
        "31",
        "99",
        "0",
        "13",
        " ",
        "①",
        "(1)",
        "#",
        "【",
        "】",
        ",",  # (CSV rows: a quote in an unquoted cell before a line break once made the whole extraction fail)
        '"',
        "→",
        "訂正前",
        "付けで",
        "> ",
        "~~",
        "*1",
        "公告",
        "2027/1/18",
        "17:00",
    ]
)
JAPANESEISH = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JAPANESEISH)
def test_any_text_gives_a_valid_proposal(text):
    result = extract(text)
    assert result.proposal.title
    for milestone in result.proposal.milestones:
        assert milestone.kind in KINDS and milestone.precision in PRECISIONS
        assert isinstance(milestone.date, dt.date)
        assert (milestone.time is not None) == (milestone.precision == "datetime")
    assert len(result.evidence) == len(result.proposal.milestones)


CELL = st.lists(
    st.sampled_from(["令和8年5月1日", "(金)", "17:00", "質問", "提出期限", '"', "\n", ",", "注", " ", ""]), max_size=5
)
SHEET = st.lists(st.lists(CELL.map("".join), min_size=3, max_size=4).map(",".join), min_size=4, max_size=8).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SHEET)
def test_any_sheet_saved_as_csv_gives_a_proposal(text):
    """Rows of cells parted by commas, quotes and line breaks anywhere: read as a sheet or as lines, never a crash."""
    assert extract(text).proposal.title


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text(text):
    extract(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_say_why(data):
    try:
        text = decode_text(data)
    except DocumentError as error:
        assert "文字コード" in str(error)
    else:
        extract(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["要領.pdf", "要領.docx", "要領.txt", "要領", "要領.xlsx"]),
    st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"]),
    st.binary(max_size=3000),
)
def test_any_file_reads_or_says_why(name, magic, data):
    """Whatever is uploaded under whatever name: text, or a DocumentError, never another exception."""
    from tenders.text.documents import read_bytes

    try:
        assert isinstance(read_bytes(name, magic + data), str)
    except DocumentError as exc:
        assert str(exc)


ERA_TEXT = st.builds(
    lambda era, year, month, day: f"{era}{year}年{month}月{day}日",
    st.sampled_from(["令和", "平成", "昭和", "明治", ""]),
    st.integers(0, 10000),
    st.integers(1, 12),
    st.integers(1, 31),
)


@settings(max_examples=300, deadline=None)
@given(ERA_TEXT)
def test_every_dated_mention_is_a_valid_day_or_says_why(text):
    from tenders.extractor.dates import EARLIEST_YEAR, LATEST_YEAR, find_mentions

    for mention in find_mentions(text):
        if mention.year is None:
            continue
        day = mention.date()
        if mention.problem:
            assert day is None and mention.problem.endswith("。")
        else:
            assert day is not None and EARLIEST_YEAR <= day.year <= LATEST_YEAR
            assert day >= dt.date(2019, 5, 1) or not text.startswith("令和")  # no 令和 day before the era began


# Characters whose NFKC depends on their neighbours (half-width voicing marks, combining accents, Hangul jamo that
# compose into syllables), beside ones it changes on their own (full-width forms, circled numbers, tildes).
NEIGHBOURLY = "ｶｷﾊﾞﾟかは\u3099\u309ae\u0301\u0308ㄱㅏ\u1100\u1161\u11a8가각（）１２～〜－①㈱ｱ Å\u212b\U0001d400\U0002f800"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(NEIGHBOURLY), st.characters()), max_size=40))
def test_fast_normalisation_is_nfkc(text):
    """The extractor's NFKC (a table a character at a time where that gives the same) is NFKC, tildes folded."""
    import unicodedata

    from tenders.extractor.normalize import TILDES, _width, folded, nfkc

    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert folded(text) == unicodedata.normalize("NFKC", text).translate(TILDES)
    assert _width(text) == sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


NEIGHBOURS = "ｶか\u3099ﾞe가\u1100\u1161（"


def test_fast_normalisation_of_every_character_beside_its_neighbours():
    import unicodedata

    from tenders.extractor.normalize import nfkc

    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (char, *(other + char for other in NEIGHBOURS), *(char + other for other in NEIGHBOURS)):
            assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)
        assert "\n" not in nfkc(char) or char == "\n"  # (the heads of many lines are normalised in one piece)
