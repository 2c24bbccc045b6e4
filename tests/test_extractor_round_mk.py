"""Round mk: devices of English notices and of the mails that pass a call on. Each test a few lines written for its
device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_reply_telling_the_call_asked_for_keeps_its_steps_not_the_askers_own_day():
    text = (
        "From: Tomas Weber <t.weber@bridgeline.example.com>\n"
        "To: Aiko Mori <a.mori@example.jp>\n"
        "Date: Thu, 6 May 2027 09:12:40 +0200\n"
        "Subject: Re: Harbour lighting study - dates?\n"
        "\n"
        "Aiko,\n"
        "\n"
        "Here is what the city's notice says (times are local):\n"
        "\n"
        "* Clarification questions due: Friday 14 May 2027, 4 pm\n"
        "* Replies published: 21 May 2027\n"
        "* Proposals due: Monday 7 June 2027, noon\n"
        "* Interviews: week of 21 June 2027\n"
        "* Award: late June 2027\n"
        "\n"
        "Tomas\n"
        "\n"
        "-----Original Message-----\n"
        "From: Aiko Mori <a.mori@example.jp>\n"
        "Sent: Wednesday, May 5, 2027 11:30 PM\n"
        "To: Tomas Weber <t.weber@bridgeline.example.com>\n"
        "Subject: Harbour lighting study - dates?\n"
        "\n"
        "Tomas, can you list the deadlines for me? Our bid committee meets on Tuesday 11 May and has to decide then.\n"
        "Aiko\n"
    )
    assert both(text) == [
        ("question", "2027-05-14", "16:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
        ("submission", "2027-06-07", "12:00", "datetime"),
        ("hearing", "2027-06-21", None, "date"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_a_japanese_reply_to_a_colleagues_ask_is_the_calls_account():
    text = (
        "件名: RE: 港湾照明調査のスケジュールについて\n"
        "差出人: 森 愛子 <a.mori@example.jp>\n"
        "宛先: 上田 <ueda@example.jp>\n"
        "\n"
        "上田さん\n"
        "\n"
        "お問い合わせの日程は以下のとおりです（公告より抜粋）。\n"
        "\n"
        "・質問受付：令和9年5月14日（金）午後4時まで\n"
        "・回答：令和9年5月21日（金）\n"
        "・参加申込：令和9年5月28日（金）正午まで\n"
        "・企画提案書の提出：令和9年6月7日（月）正午まで\n"
        "・審査結果の通知：令和9年6月下旬\n"
        "\n"
        "森\n"
        "\n"
        "-----Original Message-----\n"
        "From: 上田 <ueda@example.jp>\n"
        "Sent: Wednesday, May 5, 2027 5:30 PM\n"
        "Subject: 港湾照明調査のスケジュールについて\n"
        "\n"
        "森さん、日程を教えていただけますか。提案書の検討会を5月11日（火）に開催します。\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "16:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
        ("application", "2027-05-28", "12:00", "datetime"),
        ("submission", "2027-06-07", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_a_reply_over_a_quoted_ask_in_us_dates_keeps_the_tenders_steps():
    text = (
        "Subject: RE: Museum signage tender - key dates please\n"
        "Date: Mon, 8 Mar 2027 08:05:11 +0000\n"
        "\n"
        "Hi Jo, from the tender notice:\n"
        "\n"
        "Site visit - Tue 3/16 at 10:00\n"
        "Questions close - Fri 3/19, 5 PM\n"
        "Bids due - Wed 3/31 at 2:00 PM\n"
        "Bid opening - Wed 3/31 at 2:30 PM\n"
        "\n"
        "Regards, Sam\n"
        "\n"
        "> From: Jo Park <jo@example.com>\n"
        "> Sent: Friday, March 5, 2027\n"
        "> Subject: Museum signage tender - key dates please\n"
        ">\n"
        "> Sam, what are the dates? Our bid review board meets on Thursday 3/11.\n"
    )
    assert both(text) == [
        ("other", "2027-03-16", "10:00", "datetime"),
        ("question", "2027-03-19", "17:00", "datetime"),
        ("submission", "2027-03-31", "14:00", "datetime"),
        ("other", "2027-03-31", "14:30", "datetime"),
    ]


def test_papers_sent_to_the_writer_before_the_calls_day_are_the_teams_own():
    text = (
        "Subject: Harbour lighting study - who does what\n"
        "\n"
        "Team,\n"
        "\n"
        "The city's deadlines (from the notice of 3 May 2027):\n"
        "- Questions: Friday 14 May 2027, 4 pm\n"
        "- Application to participate: Friday 28 May 2027, noon\n"
        "- Proposals: Monday 7 June 2027, noon\n"
        "\n"
        "Our side:\n"
        "- Please email me your questions by Tuesday 11 May 2027 so that I can put them on Form 4.\n"
        "- Get the signed application form to me by 25 May 2027, so we have time to courier it.\n"
        "- Send me your proposal sections by Wednesday 2 June 2027 to give us enough time to bind the copies.\n"
    )
    assert both(text) == [
        ("question", "2027-05-14", "16:00", "datetime"),
        ("application", "2027-05-28", "12:00", "datetime"),
        ("submission", "2027-06-07", "12:00", "datetime"),
    ]


def test_an_envelope_opened_later_on_the_same_day_with_hours_and_zone_between():
    text = (
        "INVITATION TO TENDER No. WB/27/014\n"
        "Rehabilitation of the Eastern Pumping Station\n"
        "Tenders must reach the Secretariat of the Water Board by 11:00 hours (UTC+1) on Thursday, 22 April 2027.\n"
        "The technical envelopes will be publicly opened at 11:30 hours local time on the same day.\n"
    )
    assert both(text) == [("submission", "2027-04-22", "11:00", "datetime"), ("other", "2027-04-22", "11:30", "datetime")]
    text = (
        "REQUEST FOR BIDS - Supply of Dredging Services\n"
        "Bids shall be submitted no later than 10:00 a.m. on Monday, 7 June 2027.\n"
        "The Financial Offers (Envelope 2) shall be opened at 3 p.m. (JST), on the same date.\n"
    )
    assert both(text) == [("submission", "2027-06-07", "10:00", "datetime"), ("other", "2027-06-07", "15:00", "datetime")]


def test_a_visits_start_where_its_party_sets_off_or_gathers():
    text = (
        "INVITATION FOR BIDS - Harbour Wall Repair\n"
        "A site inspection will take place on Tuesday, 18th May 2027, departing from the Harbour Master's Office at 09:30 hours.\n"
        "A site visit to the quarry will be held on Thursday, 20 May 2027, meeting at the main gate of the quarry at 1:30 p.m.\n"
        "Bids must be delivered no later than 12:00 noon on Friday, 11 June 2027.\n"
    )
    assert both(text) == [
        ("other", "2027-05-18", "09:30", "datetime"),
        ("other", "2027-05-20", "13:30", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]


def test_bidding_papers_sold_for_a_fee_open_the_call():
    text = (
        "INVITATION FOR BIDS - Rural Roads Package 3\n"
        "Bidding documents may be purchased at the Roads Agency upon payment of a fee of USD 150, from Monday, 10th May 2027.\n"
        "Bids must be delivered no later than 12:00 noon on Friday, 11 June 2027.\n"
    )
    assert both(text) == [("published", "2027-05-10", None, "date"), ("submission", "2027-06-11", "12:00", "datetime")]
    text = (
        "INVITATION TO TENDER - School Furniture\n"
        "The tender documents will be sold at the cashier of the Ministry of Education from 3 May 2027 against a fee of EUR 80.\n"
        "Tenders must reach the Ministry by 10:00 on Wednesday, 2 June 2027.\n"
    )
    assert both(text) == [("published", "2027-05-03", None, "date"), ("submission", "2027-06-02", "10:00", "datetime")]
