"""Round fy: the publication of each call in a list of calls."""

import datetime as dt

from tests.extractor_found import steps


def test_each_call_of_a_list_keeps_its_own_labelled_publication_day():
    text = (
        "企画課 公募案件一覧\n"
        "\n"
        "【受付中】広報紙デザイン業務 公募型プロポーザル\n"
        "  公告日　　　　　令和9年8月2日(月)\n"
        "  参加申込期限　　令和9年8月16日(月)午後5時\n"
        "\n"
        "【受付終了】市民意識調査業務 企画競争\n"
        "  公告日　　　　　令和9年7月5日(月)\n"
        "  企画提案書提出期限 令和9年7月23日(金)正午\n"
    )
    published = [step for step in steps(text) if step[0] == "published"]
    assert published == [
        ("published", dt.date(2027, 7, 5), None, "date"),
        ("published", dt.date(2027, 8, 2), None, "date"),
    ]


def test_a_list_of_calls_a_row_each_keeps_each_calls_publication_day():
    text = (
        "No.\t案件名\t公告日\t質問締切\t提案書提出締切\n"
        "1\t観光マップ作成業務\t2027/05/10(月)\t2027/05/19(水) 17:00\t2027/06/04(金) 17:00\n"
        "2\t移住相談窓口運営業務\t2027/06/14(月)\t2027/06/23(水) 17:00\t2027/07/09(金) 17:00\n"
    )
    published = [step for step in steps(text) if step[0] == "published"]
    assert published == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("published", dt.date(2027, 6, 14), None, "date"),
    ]


def test_papers_said_published_on_a_day_are_the_calls_publication():
    text = (
        "This Request was published on the Town's website on Monday, 3 May 2027, together with Forms 1 to 3.\n"
        "Responses must reach the Town by 17:00 on Friday, 28 May 2027.\n"
    )
    assert steps(text)[0] == ("published", dt.date(2027, 5, 3), None, "date")


def test_an_faq_answer_that_tells_when_the_papers_were_published_is_the_calls_publication():
    text = (
        "Q1. Where can I find the forms?\n"
        "A1. The Guidelines and Forms 1 to 4 were published on the City's website on 10 May 2027.\n"
        "\n"
        "Q2. What is the deadline?\n"
        "A2. Proposals must arrive by 17:00 on Friday 4 June 2027.\n"
    )
    assert steps(text)[0] == ("published", dt.date(2027, 5, 10), None, "date")


def test_the_issue_day_keyed_in_a_calls_head_is_its_publication():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Web Campaign Services 2027\n"
        "\n"
        "Issued: Monday, May 10, 2027\n"
        "\n"
        "Proposals must be received by 5:00 p.m. on Friday, June 4, 2027.\n"
    )
    assert steps(text)[0] == ("published", dt.date(2027, 5, 10), None, "date")


def test_the_issue_day_of_a_clarification_is_no_publication():
    text = (
        "Request for Proposals: Web Campaign Services 2027\n"
        "CLARIFICATIONS No. 1\n"
        "Issued: Monday, May 24, 2027\n"
        "\n"
        "Proposals must be received by 5:00 p.m. on Friday, June 4, 2027.\n"
    )
    assert [step[0] for step in steps(text)] == ["submission"]


def test_a_re_announcement_day_is_the_calls_publication():
    text = (
        "RE-ANNOUNCEMENT (SECOND CALL)\n"
        "KEY DATES\n"
        "  Re-announcement .............. Wednesday, 12 January 2028\n"
        "  Deadline for proposals ....... Friday, 4 February 2028, 17:00\n"
    )
    assert steps(text)[0] == ("published", dt.date(2028, 1, 12), None, "date")
