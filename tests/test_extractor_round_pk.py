"""Change notices read wrong before (round pk): a gazette's amending 告示 that inserts items below its clauses and moves a
distribution's end; each test a few invented lines written in the form taught."""

from tests.extractor_found import found, one_line

AMENDING_NOTICE = (
    "桐野町告示第45号\n"
    "　令和9年5月10日付け桐野町告示第30号（町民プール運営業務委託プロポーザルの実施について）の一部を次のように改正する。\n"
    "　　令和9年6月2日\n"
    "　　　　　　　　　　　　桐野町長　山田　太郎\n"
    "　4の(1)（実施要領の配布）中「令和9年6月9日（水）まで」を「令和9年6月23日（水）まで」に改め、"
    "同(2)（質問の受付）中「令和9年6月4日（金）正午まで」を「令和9年6月18日（金）正午まで」に改め、"
    "同(3)（提案書の提出）中「令和9年6月16日（水）午後5時まで」を「令和9年6月25日（金）午後5時まで」に改め、"
    "同(3)を同(4)とし、同(2)を同(3)とし、同(1)の次に次の1号を加える。\n"
    "\n"
    "　(2)　現地見学会\n"
    "　　　令和9年6月11日（金）午後2時から午後4時まで。\n"
    "　　　附　則\n"
    "　この告示は、公布の日から施行する。\n"
)


def test_an_amending_clause_moving_a_distributions_end_until_a_day_is_no_publication():
    # the item names no 期間, but its new words are a day 「まで」: the window's end moved, the call opened as before
    steps = found(AMENDING_NOTICE)
    assert not any(kind == "published" for kind, *_ in steps)
    assert ("question", "2027-06-18", "12:00", "datetime") in steps


def test_an_item_an_amending_clause_inserts_below_a_gap_is_a_step():
    steps = found(AMENDING_NOTICE)
    assert ("other", "2027-06-11", "14:00", "datetime") in steps
    assert not any(date in ("2027-06-09", "2027-06-04", "2027-06-16", "2027-05-10", "2027-06-02") for _, date, *_ in steps)


def test_items_an_amending_clause_inserts_are_read_in_a_notice_run_onto_one_line():
    # 「…同(1)の次に次の1号を加える。 (2) 現地見学会 令和…」 on one line: the clause ends a line, each inserted item begins
    # one, and the next clause (「同(3)（…）中「」) its own
    text = AMENDING_NOTICE.replace("次の1号", "次の2号").replace(
        "　(2)　現地見学会\n　　　令和9年6月11日（金）午後2時から午後4時まで。\n",
        "　(2)　現地見学会\n　　　令和9年6月11日（金）午後2時から午後4時まで。\n"
        "　(3)　見学会の参加申込み\n　　　令和9年6月8日（火）正午までに電子メールで申し込むこと。\n"
        "　5の(1)（審査）中「令和9年7月上旬」を「令和9年7月中旬」に改める。\n",
    )
    steps = found(one_line(text))
    assert ("other", "2027-06-11", "14:00", "datetime") in steps
    assert ("other", "2027-06-08", "12:00", "datetime") in steps
    assert ("question", "2027-06-18", "12:00", "datetime") in steps
    assert not any(kind == "published" for kind, *_ in steps)


# --- what a change notice asks of its readers is no step of the call --------------------------------------------


def test_acknowledging_a_notice_received_is_no_step():
    text = (
        "入札参加者 各位\n"
        "庁舎清掃業務委託に係る入札日程の変更について（通知）\n"
        "１　変更後の日程\n"
        "(1)　入札書の提出期限【変更】\n"
        "令和9年8月20日（金）午後5時\n"
        "（変更前：令和9年8月13日（金）午後5時）\n"
        "２　その他\n"
        "本通知を受け取られましたら、令和9年8月6日（金）までに、受領した旨をファクシミリで契約担当あて送信してください。\n"
    )
    for shape in (text, one_line(text)):
        steps = found(shape)
        assert ("submission", "2027-08-20", "17:00", "datetime") in steps
        assert not any(date == "2027-08-06" for _, date, *_ in steps)


# --- a page titled as the call with an edit's tag, that tells readers to read the call's papers as it says ---------

RESCHEDULE_PAGE = (
    "【日程変更】市立図書館等の指定管理者の募集について\n"
    "更新日：2027年4月20日\n"
    "市立図書館等の指定管理者の募集（2027年4月1日募集開始）について、次のとおり日程を変更します。\n"
    "募集要項は募集ページに掲載したものから変更ありません。募集要項中の日程の記載は、このページのとおり読み替えてください。\n"
    "変更後の日程\n"
    "質問の受付期限\n"
    "2027/5/7（金）17:00 → 2027/5/21（金）17:00\n"
    "応募書類の提出期限\n"
    "2027/6/4（金）17:00 → 2027/6/25（金）17:00\n"
    "市議会への指定議案の提出\n"
    "2027年9月定例会（変更なし）\n"
    "基本協定の締結\n"
    "2028年1月（変更なし）\n"
)


def test_a_retitled_page_reading_the_calls_papers_anew_is_a_change_notice():
    # its rows marked （変更なし） are the call's steps as they stood, no step this notice sets
    steps = found(RESCHEDULE_PAGE)
    assert ("question", "2027-05-21", "17:00", "datetime") in steps
    assert ("submission", "2027-06-25", "17:00", "datetime") in steps
    assert not any(date in ("2027-09-01", "2028-01-01", "2027-05-07", "2027-06-04") for _, date, *_ in steps)
