"""Change notices read as a bid team reads them (round om): each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a resumed call's schedule, each step tagged with its state after its name -------------------------------

RESUMED = (
    "入札説明会資料作成業務に係る公募型プロポーザルの手続の再開について\n"
    "令和9年5月10日付けで公告したプロポーザルについては、6月1日から手続を一時中止していましたが、次のとおり再開します。\n"
    "３　再開後の日程\n"
    "◆公告　{done}\n"
    "　令和9年5月10日（月）\n"
    "◆質問の受付期限　{done}\n"
    "　令和9年5月17日（月）正午\n"
    "◆追加質問の受付期限　{new}\n"
    "　令和9年7月5日（月）正午\n"
    "◆参加申込書の提出期限（新たに参加する者）　{new}\n"
    "　令和9年7月9日（金）午後5時必着\n"
    "◆企画提案書の提出期限　【変更】\n"
    "　（当初）令和9年6月11日（金）午後5時\n"
    "　（変更後）令和9年7月23日（金）午後5時\n"
)
RESUMED_STEPS = [
    ("question", "2027-07-05", "12:00", "datetime"),
    ("application", "2027-07-09", "17:00", "datetime"),
    ("submission", "2027-07-23", "17:00", "datetime"),
]


def test_a_step_tagged_new_after_its_name_is_read_and_one_tagged_done_is_over():
    for done, new in (("【終了】", "【新規】"), ("【実施済】", "【新設】"), ("【済】", "【追加】")):
        text = RESUMED.format(done=done, new=new)
        assert found(text) == RESUMED_STEPS, (done, new)


def test_the_tags_read_alike_on_one_line():
    text = RESUMED.format(done="【終了】", new="【新規】").split("◆企画提案書")[0]
    assert found(one_line(text)) == RESUMED_STEPS[:2]


def test_a_new_tag_after_a_name_in_a_call_heads_the_date_below():
    text = (
        "日程\n・現地見学会の申込期限　【新設】\n　令和9年3月3日（水）正午\n・提案書の提出期限\n　令和9年3月24日（水）午後5時\n"
    )
    assert found(text) == [
        ("other", "2027-03-03", "12:00", "datetime"),
        ("submission", "2027-03-24", "17:00", "datetime"),
    ]


# --- a 質問回答書 that moves some dates and says the others stand ----------------------------------------------

ANSWERS = (
    "業務委託公募型プロポーザルに係る質問回答書\n"
    "令和9年2月3日\n"
    "令和9年1月27日（水）午後5時までに受け付けた質問に対し、次のとおり回答します。\n"
    "No.\t項目\t質問内容\t回答\n"
    "1\tスケジュール\t提出期限を延ばせますか。\t"
    "企画提案書の提出期限を令和9年2月19日（金）午後5時から令和9年2月26日（金）午後5時に変更します。"
    "また、審査結果の通知を令和9年3月上旬から令和9年3月中旬に変更します。"
    "{unchanged}\n"
    "{asked}"
)
# 「各者の時間は、参加資格確認結果の通知（…予定）で通知します。」: another answer names a step in passing, its day in brackets
ASKED = "2\t審査\tヒアリングの時間は。\t各者の時間は、参加資格確認結果の通知（令和9年2月10日（水）予定）で{tell}。\n{numbered}\n"


def test_a_month_part_the_answer_says_stands_is_not_the_one_it_moves():
    for unchanged in (
        "契約締結予定時期（令和9年3月下旬）に変更はありません。",
        "参加資格確認結果の通知日及び契約締結予定時期（令和9年3月下旬）に変更はありません。",
    ):
        text = ANSWERS.format(unchanged=unchanged, asked="")
        assert found(text) == [
            ("submission", "2027-02-26", "17:00", "datetime"),
            ("result", "2027-03-01", None, "mid_month"),
        ], unchanged


def test_a_step_named_in_passing_stands_where_the_numbered_items_are_said_to():
    for numbered in ("※(1)から(4)まで及び(7)の日程に変更はありません。", "※上記(2)及び(3)の日程は変更しません。"):
        for tell in ("お知らせします", "通知します"):
            text = ANSWERS.format(unchanged="", asked=ASKED.format(tell=tell, numbered=numbered))
            assert found(text) == [
                ("submission", "2027-02-26", "17:00", "datetime"),
                ("result", "2027-03-01", None, "mid_month"),
            ], numbered


# --- a gazette's correction that quotes the words it replaces ------------------------------------------------

CORRECTION = (
    "入札公告の一部訂正\n"
    "　令和九年四月五日付けで公告した入札公告（分析装置　一式）について、次のとおり訂正する。\n"
    "　⑴　３⑵　入札説明書の交付期間中「令和九年五月十日」を「令和九年五月二十四日」に{verb}する。\n"
    "　⑵　３⑶　競争参加資格確認資料の提出期限中「令和九年四月二十六日午後五時」を「令和九年五月十日午後五時」に{verb}する。\n"
    "　⑶　３⑷　入札書の受領期限中「令和九年五月十日午後五時」を「令和九年五月二十四日午後五時」に{verb}する。\n"
)


def test_a_papers_window_whose_end_a_correction_moves_is_no_publication():
    for verb in ("訂正", "変更"):
        text = CORRECTION.format(verb=verb)
        assert found(text) == [
            ("application", "2027-05-10", "17:00", "datetime"),
            ("submission", "2027-05-24", "17:00", "datetime"),
        ], verb
        assert found(one_line(text)) == found(text), verb
