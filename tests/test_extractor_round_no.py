"""Round no: calls in rare layouts. A gazette's hard wrap that cuts a sentence mid-word before its 「受付期限は、」 (the
step named by the item's heading, not by the kana the wrap left); a key told as a sentence's topic (「受付期限は、」); a day in
brackets after a quoted name that is no step (an FAQ's answer naming a local festival); an English step of an earlier
round told done in the passive (「the result was sent on」, speaker notes about last year). Each test a few lines written
for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def gazette(first: str, second: str, key: str) -> str:
    return (
        "青葉県告示第百二号\n"
        "　一般競争入札を次のとおり実施する。\n"
        "　　令和八年五月一日\n"
        "　　　　　　　　　　　　　青葉県知事　山田　太郎\n"
        "　一　入札説明書に対する質問\n"
        f"　　質問は、書面により電子メールで{first}\n"
        f"　{second}。{key}\n"
        "　令和八年五月十二日︵火曜日︶午後五時とする。\n"
        "　二　入札書の提出期限\n"
        "　　令和八年五月二十六日︵火曜日︶午後五時\n"
    )


QUESTION = ("question", "2026-05-12", "17:00", "datetime")
BIDS = ("submission", "2026-05-26", "17:00", "datetime")


def test_a_hard_wrap_mid_word_leaves_the_deadline_to_the_items_heading():
    assert found(gazette("提出す", "ること", "受付期限は、")) == [QUESTION, BIDS]


def test_other_words_cut_by_the_wrap():
    assert found(gazette("申し込", "むこと", "締切は、")) == [QUESTION, BIDS]
    assert found(gazette("提出して", "ください", "提出期限は、")) == [QUESTION, BIDS]


def test_a_key_told_as_the_sentences_topic_takes_the_items_heading():
    assert found(gazette("提出すること。", "", "受付期限は、").replace("\n　。", "\n　")) == [QUESTION, BIDS]


FESTIVAL = (
    "令和9年度 海辺の町 観光動画制作業務 企画提案募集\n"
    "参加申込締切 2027年6月4日(金)17:00\n"
    "企画提案書締切 2027年6月25日(金)17:00\n"
    "よくある質問\n"
    "Q. 撮影はいつでもできますか？\n"
    "A. {event}期間中は交通規制があります。ご注意ください。\n"
)
STEPS = [("application", "2027-06-04", "17:00", "datetime"), ("submission", "2027-06-25", "17:00", "datetime")]


def test_a_quoted_local_event_with_its_day_in_brackets_is_no_step_a_quoted_step_is():
    assert both(FESTIVAL.format(event="「浜まつり2027」（2027年7月17日〜18日）")) == STEPS
    assert both(FESTIVAL.format(event="地元の『花火大会』(7/24) の")) == STEPS
    assert both(FESTIVAL.format(event="the \u201cBeach Festival\u201d (31 July 2027)")) == STEPS
    text = FESTIVAL.format(event="「現地説明会」（2027年6月10日）に参加した方は")
    assert ("other", "2027-06-10", None, "date") in found(text)


DECK = (
    "FY2027 Coastal Tourism Survey - Call for Proposals\n"
    "Questions close: Monday, 7 June 2027, 17:00\n"
    "Proposals due: Friday, 25 June 2027, 12:00\n"
    "Contract: early July 2027\n"
    "Notes: {note}\n"
)
DECK_STEPS = [
    ("question", "2027-06-07", "17:00", "datetime"),
    ("submission", "2027-06-25", "12:00", "datetime"),
    ("contract", "2027-07-01", None, "early_month"),
]


def test_an_earlier_rounds_step_told_done_in_the_passive_is_no_step_a_call_published_is():
    assert both(DECK.format(note="Last year's result was sent on 18 December 2026.")) == DECK_STEPS
    assert both(DECK.format(note="the previous contract was signed on 1 April 2026 after talks.")) == DECK_STEPS
    assert both(DECK.format(note="In FY2026 all proposals were received by 3 July 2026.")) == DECK_STEPS
    assert both(DECK.format(note="The FY2026 award had been notified on 20 July 2026.")) == DECK_STEPS
    text = DECK.format(note="This call was published on 1 June 2027.")
    assert ("published", "2027-06-01", None, "date") in found(text)
