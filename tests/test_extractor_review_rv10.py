"""Review rv10: a sign-up under an event said not held, or under its own numbered heading, is the call's own; a date at
the head whose year no weekday below fits gives no year; a contract the vote gives effect to dates the vote (each test
a few lines written for its class)."""

import importlib

from tenders.extractor import extract
from tests.extractor_found import found


def test_a_sign_up_under_a_briefing_said_not_held_is_the_calls():
    text = (
        "入札公告\n"
        "現地説明会は実施しない。\n"
        "質問は電子メールで受け付ける。\n"
        "（注）\n"
        "参加申込み 令和9年4月16日17時まで\n"
        "提案書の提出 令和9年5月10日\n"
    )
    assert ("application", "2027-04-16", "17:00", "datetime") in found(text)
    text = "入札公告\n現地説明会は開催しません。\n4 参加申込み\n参加申込み 令和9年4月16日17時まで\n"
    assert ("application", "2027-04-16", "17:00", "datetime") in found(text)
    text = "There will be no site visit.\nRegister by e-mail no later than 3 May 2027, 12:00 hrs.\nBids due 20 May 2027\n"
    assert ("application", "2027-05-03", "12:00", "datetime") in found(text)


def test_a_sign_up_under_a_briefing_held_is_still_the_briefings():
    text = "入札公告\n現地説明会を開催します。\n参加申込み 令和9年4月16日17時まで\n提案書の提出 令和9年5月10日\n"
    assert ("other", "2027-04-16", "17:00", "datetime") in found(text)
    text = "A site visit will be held.\nRegister by e-mail no later than 3 May 2027, 12:00 hrs.\nBids due 20 May 2027\n"
    assert ("other", "2027-05-03", "12:00", "datetime") in found(text)


def test_a_sign_up_under_its_own_numbered_heading_after_an_events_is_the_calls():
    text = (
        "入札公告\n"
        "4 現地見学会\n"
        " 見学は随時受け付ける。\n"
        "5 参加申込み\n"
        " 参加申込み 令和9年4月16日17時まで\n"
        "6 提案書の提出 令和9年5月10日\n"
    )
    assert ("application", "2027-04-16", "17:00", "datetime") in found(text)
    text = "入札公告\n4 現地見学会\n(1) 場所 市役所\n(2) 参加申込み 令和9年4月16日17時まで\n"
    assert ("other", "2027-04-16", "17:00", "datetime") in found(text)


def test_a_laws_date_at_the_head_whose_year_no_weekday_below_fits_gives_no_year():
    text = (
        "Request for Quotation\n"
        "Issued under the Procurement Rules of 1 April 2015\n"
        "\n"
        "Timeline\n"
        "Mon 7 Jun        Questions close\n"
        "Fri 18 Jun 12:00   Bids due\n"
    )
    assert not [step for step in found(text) if step[1].startswith("2015-06")]


def test_a_provisional_contract_the_vote_gives_effect_to_dates_the_vote():
    head = "入札公告\n1 開札 令和9年5月20日（木）午前10時\n2 仮契約は、令和9年6月市議会定例会において"
    for words in ("議決を得た日から本契約としての効力を生ずる。\n", "議決を得たときは、本契約が締結されたものとみなす。\n"):
        assert ("other", "2027-06-01", None, "month") in found(head + words)
        assert ("contract", "2027-06-01", None, "month") not in found(head + words)
    assert ("contract", "2027-06-01", None, "month") in found(head + "議決を経て本契約を締結する。\n")


def test_each_sign_up_reads_a_bounded_stretch_of_a_long_line_for_its_event(monkeypatch):
    extract_module = importlib.import_module("tenders.extractor.extract")
    read = []
    held = extract_module.event_held
    monkeypatch.setattr(extract_module, "event_held", lambda text: read.append(len(text)) or held(text))
    signups = "".join(f"参加申込み 令和9年{month}月{day}日 " for month in range(4, 10) for day in range(1, 29))
    extract("入札公告\n" + "現地説明会は実施しない、" * 2000 + signups + "\n")
    assert read
    assert max(read) <= extract_module.SIGNUP_TEXT_REACH  # (not the whole line before each sign-up: 24,000 characters)
