"""Calls in rare layouts and a team's pastes (round nx): a gazette's bracketed page number beside its running head, a
grant named again with 「同」, …; each test a few invented lines written for its device."""

from tests.extractor_found import found, one_line

# --- a gazette's page number in brackets beside its running head ---------------------------------------------


def test_a_bracketed_page_number_beside_a_running_head_opens_no_item():
    # (the page's 「（一）」 alone above the running head is read before the notice's 「一」: it must not make the
    # notice's own 「（一）」 close the 「四 …質問」 it stands under)
    text = (
        "　道路の区域を変更したので告示する。\n"
        "　　令和九年五月十一日\n"
        "　　　　　　若草県知事　鈴　木　一　郎\n"
        "（一）\n"
        "若草県報　　　令和九年五月十一日　火曜日　　　第三千十二号\n"
        "公　　告\n"
        "　次のとおり一般競争入札を実施するので公告する。\n"
        "一　入札に付する事項\n"
        "　（一）　件名　　庁舎清掃業務\n"
        "二　入札説明書の交付\n"
        "　（一）　交付期間\n"
        "　　令和九年五月十一日（火）から同月二十五日\n"
        "　（火）まで\n"
        "三　入札説明書に関する質問\n"
        "　（一）　受付期限\n"
        "　　令和九年五月十八日（火）午後五時\n"
        "　（二）　回答\n"
        "　　令和九年五月二十一日（金）までに掲載する。\n"
    )
    assert found(text) == [
        ("published", "2027-05-11", None, "date"),
        ("question", "2027-05-18", "17:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
    ]
    assert found(one_line(text)) == found(text)
    text = (
        "　指定管理者を指定したので告示する。\n"
        "(2)\n"
        "柏台市報　　令和8年10月2日　金曜日　　第1204号\n"
        "一　業務名　公園樹木剪定業務\n"
        "　(一)　仕様書の配布期間\n"
        "　　令和8年10月2日(金)から同月16日(金)まで\n"
        "二　仕様書に関する質問\n"
        "　(一)　提出期限\n"
        "　　令和8年10月9日(金)正午\n"
    )
    assert found(text) == [
        ("published", "2026-10-02", None, "date"),
        ("question", "2026-10-09", "12:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)


# --- a grant named again with 「同」 in the sentence of its decision ------------------------------------------


def test_a_grant_named_again_with_dou_is_the_works_funding_no_step():
    text = (
        "■日程\n"
        "・企画提案書提出　2027年6月4日(金)17:00\n"
        "・審査結果通知　6月中旬\n"
        "■その他\n"
        "・本業務は県の「地域観光再生交付金」を活用するものであり、\n"
        "　同交付金の交付決定（7月上旬予定）の後に契約を締結します。\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "17:00", "datetime"),
        ("result", "2027-06-01", None, "mid_month"),
    ]
    assert found(one_line(text)) == found(text)
    text = (
        "5 スケジュール\n"
        "(1) 参加申込期限 令和8年9月10日(木)午後5時\n"
        "(2) 契約締結 令和8年10月下旬\n"
        "6 留意事項\n"
        "本事業は国の補助事業として実施する。同補助金の交付決定は令和8年10月中旬の見込みである。\n"
    )
    assert found(text) == [
        ("application", "2026-09-10", "17:00", "datetime"),
        ("contract", "2026-10-01", None, "late_month"),
    ]


# --- a day a team weighs in a chat (「…だと厳しい」) ---------------------------------------------------------


def test_a_day_the_team_weighs_with_dato_is_no_step():
    text = (
        "【公募】市民課窓口案内業務\n"
        "公告 2026/9/1(火)\n"
        "参加申込〆 9/11(金)17:00\n"
        "\n"
        "田村 2026/09/02 09:14\n"
        "申込書、9/10(木)投函だとギリギリですね。直接持っていきます。\n"
    )
    assert found(text) == [
        ("published", "2026-09-01", None, "date"),
        ("application", "2026-09-11", "17:00", "datetime"),
    ]
    text = (
        "■質問の受付　令和10年7月16日(金)午後5時まで\n"
        "\n"
        "（担当メモ）質問書を7/14(水)送付だと回答に間に合わないかも。週明けに出します。\n"
    )
    assert found(text) == [("question", "2028-07-16", "17:00", "datetime")]
    assert found(one_line(text)) == found(text)


# --- a meeting's record titled letter-spaced, its next meeting's day under 「次回…」 -------------------------


def test_a_letter_spaced_minutes_title_and_its_next_meeting_day_written_with_its_year():
    text = (
        "打　合　せ　記　録\n"
        "日時：2026年10月5日（月）10:00～11:00\n"
        "出席者：営業部 森、田口、佐野\n"
        "\n"
        "1．案件の日程\n"
        "・参加申込書の提出期限　2026年10月16日（金）17:00\n"
        "・提案書の提出期限　2026年11月6日（金）正午\n"
        "\n"
        "2．次回打合せ\n"
        "2026年10月19日（月）13:30～　2階会議室（提案書の構成、質問の要否）\n"
    )
    assert found(text) == [
        ("application", "2026-10-16", "17:00", "datetime"),
        ("submission", "2026-11-06", "12:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)
    text = (
        "会　議　録\n"
        "参加者：田中、井上\n"
        "■スケジュール\n"
        "質問締切　R10.1.22（土）17:00\n"
        "提案書提出　R10.2.10（木）17:00\n"
        "■次回会議\n"
        "令和10年1月20日（木）15:00～　本社会議室（質問書の提出について）\n"
    )
    assert found(text) == [
        ("question", "2028-01-22", "17:00", "datetime"),
        ("submission", "2028-02-10", "17:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)


# --- an English call page: its term of contract, a file's replaced stamp, a code with a small letter -------------


def test_an_english_term_of_contract_is_the_works_period():
    text = (
        "Request for Proposals: Campus Wayfinding Signage\n"
        "Deadline for proposals: 4:00 p.m. JST on Thursday, 15 July 2027.\n"
        "Term of contract: from the date of signing to 28 February 2029.\n"
    )
    assert found(text) == [("submission", "2027-07-15", "16:00", "datetime")]
    assert found(one_line(text)) == found(text)
    text = (
        "Call for Tenders – Laboratory Cleaning Services\n"
        "Tenders must be received by 12:00 noon on 9 June 2026.\n"
        "Term of the agreement: from the day of signature until 31 May 2028\n"
    )
    assert found(text) == [("submission", "2026-06-09", "12:00", "datetime")]


def test_a_files_replaced_stamp_is_no_step():
    text = (
        "Clarification questions are due by 5:00 p.m. on Monday, 12 April 2027.\n"
        "Documents\n"
        "- Annex 1: Terms of Reference (PDF, 310 KB)\n"
        "- Annex 2: Proposal cover sheet (Excel, 20 KB) – replaced 3 March 2027\n"
    )
    assert found(text) == [("question", "2027-04-12", "17:00", "datetime")]
    assert found(one_line(text)) == found(text)
    text = (
        "Applications close on 29 May 2026 at 15:00 CET.\n"
        "Downloads\n"
        "- Application form and proposal template (Word) - replaced on 18 May 2026\n"
    )
    assert found(text) == [("application", "2026-05-29", "15:00", "datetime")]


def test_a_year_and_serial_after_a_code_with_a_small_letter_is_no_month():
    text = (
        'Questions: e-mail them with the subject line "RfQ 2026-11 Query" by 5 p.m. on Friday, 4 December 2026.\n'
        "Quotations are due by noon on Friday, 11 December 2026.\n"
    )
    assert found(text) == [
        ("question", "2026-12-04", "17:00", "datetime"),
        ("submission", "2026-12-11", "12:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)
    text = "Send your questions (quote ToR 2027-06 in the subject) no later than 20 May 2027.\n"
    assert found(text) == [("question", "2027-05-20", None, "date")]
