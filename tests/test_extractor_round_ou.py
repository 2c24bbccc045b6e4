"""A bid team's pastes (round ou): a fax's OCR of a notice in kanji numerals, a team's plan in its memo, an alert
service's digest forwarded with the call, a sheet's head row after its title on one line, a demo session."""

from tests.extractor_found import found, one_line

# --- a fax's OCR of a 公告 written in kanji numerals ---------------------------------------------------------


def test_ocr_plus_for_ten_and_long_vowel_for_one_in_a_kanji_date():
    text = (
        "入札公告\n"
        "一 入札参加資格の確認\n"
        " （一） 提出期限   令和九年一月二+二日（金）午後五時\n"
        "二 質問に対する回答\n"
        " （一） 回    答   令和九年ー月二十五日（月）に閲覧に供する。\n"
    )
    assert found(text) == [
        ("application", "2027-01-22", "17:00", "datetime"),
        ("answer", "2027-01-25", None, "date"),
    ]
    text = "質問書の提出期限 令和八年十ー月+五日（日）午後ー時\n"
    assert found(text) == [("question", "2026-11-15", "13:00", "datetime")]


def test_ocr_marks_outside_a_date_stay_as_written():
    text = "提出期限 令和九年二月四日（木）午後五時\n備考 メールアドレスは a+b@example.jp、サーバー月額は別途\n"
    assert found(text) == [("submission", "2027-02-04", "17:00", "datetime")]


def test_a_section_numeral_before_its_spaced_out_word():
    text = "入札公告\n八 開  札\n （一） 日  時   令和九年二月五日（金）午前十時\n （二） 場  所   役場二階\n"
    assert found(text)[-1] == ("other", "2027-02-05", "10:00", "datetime")
    text = "入札公告\n十 開　　札\n 日時 令和九年二月五日（金）午前十時\n"
    assert found(text)[-1] == ("other", "2027-02-05", "10:00", "datetime")


# --- a team's plan keyed as its own in a memo over the paste --------------------------------------------------


def test_a_team_plan_line_in_a_memo_is_no_step():
    for memo in (
        "社内の段取り：積算〆 1/29(金)、入札書の発送 2/2(火)（書留）予定。",
        "・当社スケジュール: 入札書の発送 2/2(火)、提案書の提出 2/3(水)",
        "社内予定：提案書の提出 2/3(水) 午前",
    ):
        text = "［工務部メモ］\n" f"{memo}\n" "\n" "入札公告\n" "入札書の受領期限 令和9年2月4日（木）午後5時\n"
        assert found(text) == [("submission", "2027-02-04", "17:00", "datetime")], memo


# --- an alert service's digest forwarded with the call it is about ---------------------------------------------

DIGEST = (
    "件名: FW: 新着案件のお知らせ\n"
    "\n"
    "━━━━━━━━━━━━━━\n"
    "■ 楓台市 窓口案内システム構築業務 公募型プロポーザル\n"
    "　発注機関：楓台市（総務課）\n"
    "　公告日　：2026/06/01\n"
    "　参加申込締切：2026/06/17\n"
    "━━━━━━━━━━━━━━\n"
    "■ 北浜町 公用車リース 一般競争入札\n"
    "　発注機関：北浜町（財政課）\n"
    "　公告日　：2026/05/29\n"
    "　入札締切：2026/06/12\n"
    "━━━━━━━━━━━━━━\n"
    "\n"
    "以下、楓台市のページです。\n"
    "楓台市 窓口案内システム構築業務 公募型プロポーザルの実施について\n"
    "1 公告日 令和8年6月1日（月）\n"
    "2 参加申込書の提出期限 令和8年6月17日（水）午後5時\n"
)


def test_another_call_in_a_forwarded_digest_is_left_out():
    assert found(DIGEST) == [
        ("published", "2026-06-01", None, "date"),
        ("application", "2026-06-17", "17:00", "datetime"),
    ]
    assert found(one_line(DIGEST)) == found(DIGEST)


def test_a_digest_item_set_apart_by_other_rules():
    text = DIGEST.replace("━━━━━━━━━━━━━━\n", "--------------------\n").replace("発注機関：", "発注者 : ")
    assert ("submission", "2026-06-12", None, "date") not in found(text)
    assert ("submission", "2026-06-12", None, "date") not in found(one_line(text))


def test_a_digest_of_calls_none_of_which_the_text_is_about_keeps_them():
    text = (
        "新着案件\n"
        "━━━━━━━━━━\n"
        "■ 楓台市 窓口案内システム\n"
        "発注機関：楓台市\n"
        "入札締切：2026/06/16\n"
        "━━━━━━━━━━\n"
        "■ 北浜町 公用車リース\n"
        "発注機関：北浜町\n"
        "入札締切：2026/06/12\n"
    )
    assert [step[1] for step in found(text)] == ["2026-06-12", "2026-06-16"]


# --- a sheet pasted on one line: its head row after its title -------------------------------------------------


def test_a_sheet_head_row_with_its_number_column_after_a_title_on_one_line():
    text = (
        "【案件管理】体育館指定管理者募集\n"
        "市の募集要項の別紙（xlsx）を当社のシートに貼り付け、社内の列を足したものをそのまま貼っています。"
        "左から「項目」「日付」「時間」の列は市の原本どおりで、「社内〆切」「担当」は当社で追加した列です。"
        "時間の列は書式が外れて秒まで表示されています。原本はセル結合が多く、結合が崩れて空欄の行があります。"
        "担当欄が空いている行は、来週の定例で割り振ります。\n"
        "\n"
        "体育館指定管理者募集 スケジュール（令和9年5月26日時点）\n"
        "No.\t項目\t日付\t時間\t社内〆切\t担当\n"
        "1\t募集要項の配布\t2027/6/1\t\t—\t大西\n"
        "2\t説明会 参加申込締切\t2027/6/11\t17:00:00\t2027/6/9\t大西\n"
        "3\t質問受付締切\t2027/6/25\t17:00:00\t2027/6/23\t辻\n"
        "4\t応募申込書 提出期限\t2027/7/5\t17:00:00\t2027/7/1\t大西\n"
        "\n"
        "※ 日程は予定です。\n"
    )
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("other", "2027-06-11", "17:00", "datetime"),
        ("question", "2027-06-25", "17:00", "datetime"),
        ("application", "2027-07-05", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert found(one_line(text.replace("No.\t", "番号\t"))) == expected


# --- a session to try the system or its demo ------------------------------------------------------------------


def test_a_demo_session_is_a_briefing_with_its_start_hour():
    for name in ("デモ環境の操作確認会", "操作確認会", "デモ確認会"):
        text = (
            f"{name}を次のとおり開催します（参加は任意です）。\n"
            "日時 令和10年2月16日（水）午後1時30分\n"
            "から午後3時まで\n"
            "場所 町役場 301会議室\n"
            "申込 令和10年2月14日（月）正午までに、電子メールにより申し込んでください。\n"
        )
        assert sorted(found(text)) == [
            ("other", "2028-02-14", "12:00", "datetime"),
            ("other", "2028-02-16", "13:30", "datetime"),
        ], name


# --- an answer sheet that moves several steps in one sentence -------------------------------------------------


def test_each_step_moved_by_one_verb_keeps_its_new_day_when_named_with_its_day():
    for step, kind in (("プレゼンテーション審査日", "hearing"), ("ヒアリングの実施日", "hearing")):
        text = (
            "質問への回答\n"
            f"{step}を令和10年3月3日（金）から令和10年3月10日（金）に、審査結果の通知時期を令和10年3月上旬から"
            "令和10年3月中旬に変更します。\n"
        )
        assert found(text) == [(kind, "2028-03-10", None, "date"), ("result", "2028-03-01", None, "mid_month")], step


# --- a team's rehearsal in its comments ------------------------------------------------------------------------


def test_a_team_rehearsal_moved_in_a_comment_is_no_step():
    for comment in (
        "3/3に入れていた予行演習は3/8（水）に変更します。",
        "模擬プレゼンは3/8（水）に行います。",
    ):
        text = (
            "プレゼンテーション審査 令和10年3月10日（金）\n"
            "審査結果の通知 令和10年3月中旬\n"
            "\n"
            f"佐々木：確認しました。{comment}\n"
        )
        assert ("hearing", "2028-03-08", None, "date") not in found(text), comment
        assert ("hearing", "2028-03-10", None, "date") in found(text), comment
