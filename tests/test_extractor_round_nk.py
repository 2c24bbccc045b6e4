"""Round nk: a 正誤表 or 新旧対照表 of three columns or more drawn with bars or tabs (a number, a page, an item or a place,
then the old and the new version: 「番号|頁|項目|誤|正」, 「頁｜箇所｜変更前｜変更後」 under a rule 「－｜－｜－｜－」,
「項目<TAB>訂正前<TAB>訂正後」), run onto one line, has each row put back as many cells as its head, the line break the
space after the last date or hour of the cell where one row meets the next; a blank line's spaces end the table. Only the
new values count, and a row that keeps its day and changes its hour (「正午まで」 → 「午後5時まで」) gives the new hour.
Each test a short text written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

TAIL = (
    "\n"
    "（参考）訂正の理由\n"
    "  質問書の提出期限は、本文と様式の注記とで時刻が異なっていたため、様式の注記に合わせました。\n"
    "  提出期限は、祝日を考慮した作業期間を確保するため延長しました。\n"
    "訂正後の説明書は市ホームページに掲載しています。既に説明書を入手された方は、訂正後のものと差し替えてお使いください。"
    "ご迷惑をおかけしますが、よろしくお願いいたします。\n"
    "\n"
    "問合せ先\n"
    "  ○○市総務部契約管理課 契約係\n"
    "  電話:000-0000-0000 電子メール:keiyaku@example.jp\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


PIPES = (
    "令和9年5月10日\n"
    "○○町給食調理業務委託 公募型プロポーザル 正誤表\n"
    "次のとおり訂正します。\n"
    "\n"
    "番号|頁|項目|誤|正\n"
    "1|3|質問書の提出期限|令和9年5月20日(木)正午まで|令和9年5月20日(木)午後5時まで\n"
    "2|4|企画提案書の提出期限|令和9年6月3日(木)午後5時まで|令和9年6月10日(木)午後5時まで\n"
    "3|5|業務期間|令和9年8月1日から令和12年7月31日まで|令和9年8月1日から令和13年7月31日まで\n"
    "\n"
    "※ 上記以外に変更はありません。\n"
) + TAIL


def test_bar_correction_table_of_five_columns_run_onto_one_line():
    assert both(PIPES) == [
        ("question", "2027-05-20", "17:00", "datetime"),
        ("submission", "2027-06-10", "17:00", "datetime"),
    ]


FULL_WIDTH_BARS = (
    "令和9年10月4日\n"
    "○○市下水道台帳整備業務委託 入札説明書等 正誤表\n"
    "\n"
    "１　入札説明書\n"
    "\n"
    "頁｜箇所｜変更前｜変更後\n"
    "－｜－｜－｜－\n"
    "３｜４　日程　（２）質問の受付期限｜令和９年１０月１２日（火）正午まで｜令和９年１０月１５日（金）正午まで\n"
    "４｜４　日程　（５）開札日時｜令和９年１０月２６日（火）午前１０時｜令和９年１０月２６日（火）午後２時\n"
    "５｜６　業務概要　（１）履行期間｜令和１０年３月１９日まで｜令和１０年３月２６日まで\n"
    "\n"
    "※ 上記以外の記載に変更はありません。\n"
) + TAIL


def test_full_width_bar_change_table_with_rule_run_onto_one_line():
    assert both(FULL_WIDTH_BARS) == [
        ("question", "2027-10-15", "12:00", "datetime"),
        ("other", "2027-10-26", "14:00", "datetime"),
    ]
