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


# --- a tab table of a change, 「変更後」 before 「変更前」, its schedule's rows under a cell that spans them (their first
# cell empty), a date and its hour in words in one cell -----------------------------------------------------------

SWAPPED = (
    "鷺沼市立図書館システム更新業務　募集要項の一部変更について\n"
    "令和9年6月10日に公表した募集要項の一部を、下記の新旧対照表のとおり変更しました。応募を予定されている方は、"
    "変更後の募集要項をご確認ください。既に提出された書類は、そのまま有効です。\n"
    "新旧対照表\n"
    "頁\t項目\t{after}\t{before}\n"
    "3\t2(1) 業務期間\t契約締結日から令和10年3月31日まで\t契約締結日から令和10年3月31日まで\n"
    "8\t7 日程\n"
    "\t(1) 募集要項の配布\t令和9年6月10日(木)～令和9年7月16日(金)\t令和9年6月10日(木)～令和9年7月9日(金)\n"
    "\t(2) 質問の受付期限\t令和9年6月25日(金) {hour}\t令和9年6月25日(金) 正午\n"
    "\t(3) 質問への回答\t令和9年7月2日(金)までに掲載\t令和9年6月30日(水)までに掲載\n"
    "\t(4) 提案書の提出期限\t令和9年7月16日(金) 午後5時\t令和9年7月9日(金) 午後5時\n"
    "\t(5) 審査結果の通知\t令和9年8月上旬\t令和9年7月下旬\n"
    "\t(6) 契約締結\t令和9年8月中旬\t令和9年8月中旬\n"
    "問い合わせ先　鷺沼市教育委員会　生涯学習課　電話 000-0000-0000　電子メール tosho@example.jp\n"
)
SWAPPED_STEPS = [
    ("question", "2027-06-25", "{time}", "datetime"),
    ("answer", "2027-07-02", None, "date"),
    ("submission", "2027-07-16", "17:00", "datetime"),
    ("result", "2027-08-01", None, "early_month"),
]


def test_a_tab_table_of_a_change_reads_its_new_column_as_written_and_on_one_line():
    for after, before in (("変更後", "変更前"), ("新", "旧"), ("改正後", "改正前")):
        for hour, time in (("午後5時", "17:00"), ("午後3時", "15:00")):
            text = SWAPPED.format(after=after, before=before, hour=hour)
            steps = [(k, d, time if t == "{time}" else t, p) for k, d, t, p in SWAPPED_STEPS]
            assert found(text) == steps, (after, hour)
            assert found(one_line(text)) == steps, (after, hour)
