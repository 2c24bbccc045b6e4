"""Change notices in a 公報 (round hi): the notice that amends a call stands among a page's other notices."""

import datetime as dt

from tests.extractor_found import steps

GAZETTE_WITH_CORRECTION = (
    "若葉県報\n"
    "\n"
    "令和10年3月6日（月曜日）\u3000\u3000第１，１０２号\n"
    "\n"
    "目\u3000\u3000次\n"
    "\n"
    "告\u3000示\n"
    "\u3000○県道の区域の変更（道路課）………………………………………… １\n"
    "公\u3000告\n"
    "\u3000○一般競争入札の公告の訂正（出納局用度課）………………………… ２\n"
    "\u3000○大規模小売店舗の変更の届出（商業振興課）………………………… ２\n"
    "\n"
    "告\u3000示\n"
    "\n"
    "若葉県告示第５１号\n"
    "\u3000道路法第１８条第１項の規定により、県道の区域を次のように変更する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "１\u3000路線名\u3000若葉北線\n"
    "\n"
    "若葉県告示第５２号\n"
    "\u3000土地改良区の役員の退任の届出があった。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "\n"
    "公\u3000告\n"
    "\n"
    "一般競争入札の公告の訂正\n"
    "\u3000令和10年2月20日付け若葉県公告第３１号（一般競争入札の実施について）の一部を次のように訂正する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "\u3000五の（一）中「入札書の提出期限\u3000令和10年3月15日午後5時」を「入札書の提出期限\u3000令和10年3月22日午後5時」に改める。\n"
    "\n"
    "大規模小売店舗の変更の届出\n"
    "\u3000大規模小売店舗立地法第6条第2項の規定による届出があったので、公告する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "１\u3000名称\u3000若葉モール\n"
    "２\u3000変更する日\u3000\u3000令和10年7月1日\n"
    "３\u3000意見書の提出期限\u3000\u3000令和10年7月6日\n"
)

GAZETTE_WITH_RULE_AMENDED = (
    "若葉県報\n"
    "\n"
    "令和10年3月6日（月曜日）\u3000\u3000第１，１０２号\n"
    "\n"
    "若葉県規則第３号\n"
    "\u3000若葉県手数料条例施行規則（平成20年若葉県規則第12号）の一部を次のように改正する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "\u3000別表中「２００円」を「３００円」に改める。\n"
    "\n"
    "若葉県公告第３２号\n"
    "\u3000次のとおり一般競争入札に付する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "１\u3000入札に付する事項\u3000庁舎清掃業務委託\n"
    "２\u3000入札参加資格確認申請書の提出期限\u3000令和10年3月13日午後5時\n"
    "３\u3000入札書の提出期限\u3000令和10年3月27日午後5時\n"
)


def test_a_gazettes_other_notices_give_no_steps_beside_the_notice_that_amends_a_call():
    # (the 意見書 deadline of the 大規模小売店舗 notice under the same 「公　告」 heading, its title from the 目次)
    assert steps(GAZETTE_WITH_CORRECTION) == [
        ("submission", dt.date(2028, 3, 22), dt.time(17, 0), "datetime"),
    ]


def test_a_regulation_amended_in_a_gazette_leaves_the_call_beside_it():
    assert steps(GAZETTE_WITH_RULE_AMENDED) == [
        ("application", dt.date(2028, 3, 13), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 3, 27), dt.time(17, 0), "datetime"),
    ]


def test_a_gazettes_notice_that_amends_a_call_is_a_change_notice_and_its_notes_restate_what_stands():
    # (the 目次's notice 「…公告第３１号（…）の一部を次のように訂正する。」 deep in the page, not in its head)
    text = GAZETTE_WITH_CORRECTION.replace(
        "に改める。\n",
        "に改める。\n　備考　資格確認結果の通知（令和10年3月16日（木）までに電子メールで通知）についても、訂正しない。\n",
    )
    assert "3月16日" in text
    assert steps(text) == [
        ("submission", dt.date(2028, 3, 22), dt.time(17, 0), "datetime"),
    ]
