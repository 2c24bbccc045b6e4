"""Round er: the candidates' loop and the whole-text look for 「（　）内は変更前」 made faster with the same answers."""

import random

from tenders.extractor.change_notices import OLD_IN_BRACKETS, old_in_brackets_said

PIECES = [
    "（",
    "(",
    "[",
    "［",
    "）",
    ")",
    "]",
    "］",
    " ",
    "括弧",
    "かっこ",
    "内",
    "は",
    "が",
    "の",
    "変更",
    "前",
    "当初",
    "従前",
    "旧",
    "。",
    "x",
]


def test_old_in_brackets_said_where_the_pattern_matches():
    # 「（　）内は変更前の日程です」: said once in a long text, near its end and at its start
    said = "（　）内は変更前の日程です。"
    long_text = "公告 " * 20000 + said
    assert old_in_brackets_said(long_text)
    assert old_in_brackets_said(said + "公告 " * 20000)
    assert old_in_brackets_said("括弧内は当初の予定")
    assert not old_in_brackets_said("（　）内は参考です。変更前の日程は下記のとおり")  # (too far apart: no match either)
    assert not old_in_brackets_said("公告 " * 20000)


def test_old_in_brackets_said_answers_as_the_pattern_on_mixed_texts():
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 14)))
        assert old_in_brackets_said(text) == bool(OLD_IN_BRACKETS.search(text)), text
