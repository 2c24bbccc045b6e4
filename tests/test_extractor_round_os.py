"""Change notices run onto one line, read as a bid team reads them (round os): each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a restated schedule whose changed rows carry 「※訂正」 after one full-width space, its rows numbered ①② ----------

RESTATED = (
    "令和９年９月２日\n"
    "桐ヶ谷町観光案内サイト改修業務委託　公募型プロポーザル実施要領の訂正について\n"
    "桐ヶ谷町　産業振興課\n"
    "令和９年８月２６日に公表した実施要領の記載に誤りがありましたので、次のとおり訂正します。\n"
    "本文の提出期限とスケジュール表の記載とが一致していなかったことによるものです。御迷惑をおかけしましたことをお詫び申し上げます。\n"
    "既に質問書を提出された方は、再度提出する必要はありません。訂正後の実施要領は町ホームページに掲載しています。\n"
    "訂正後のスケジュール（参考）\n"
    "訂正のあった項目には「{mark}」と付しています。それ以外の項目に変更はありません。\n"
    "項目\n"
    "日程\n"
    "①実施要領の公表\n"
    "令和９年８月２６日（木）\n"
    "②質問の受付期限\n"
    "令和９年９月８日（水）正午　{mark}\n"
    "③質問への回答\n"
    "令和９年９月１４日（火）まで\n"
    "④企画提案書の提出期限\n"
    "令和９年９月２９日（水）午後５時　{mark}\n"
    "⑤審査結果の通知\n"
    "令和９年１０月中旬\n"
    "問い合わせ先　桐ヶ谷町役場　産業振興課　商工観光係　電話　０００－００００－００００　電子メール　kanko@example.jp\n"
)
RESTATED_STEPS = [
    ("question", "2027-09-08", "12:00", "datetime"),
    ("submission", "2027-09-29", "17:00", "datetime"),
]


def test_a_restated_schedule_reads_its_marked_rows_only():
    for mark in ("※訂正", "※変更", "※修正"):
        assert found(RESTATED.format(mark=mark)) == RESTATED_STEPS, mark


def test_the_marked_rows_read_alike_on_one_line():
    for mark in ("※訂正", "※変更", "※修正"):
        text = one_line(RESTATED.format(mark=mark))
        assert found(text) == RESTATED_STEPS, mark
        assert found(one_line(RESTATED.format(mark=mark).replace("\n", "\n\n", 1))) == RESTATED_STEPS, mark
