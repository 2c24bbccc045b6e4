"""Round mv: change notices that read right as written and wrongly on one line (a PDF's text layer or a portal page
copied without its line breaks). Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

# (a notice's ordinary closing words: with them its one line is as long as a real notice's, which is read piece by piece)
CLOSING = (
    "※ 上記以外の内容に変更はありません。既に書類の作成に着手している方は、訂正後の内容をご確認ください。\n"
    "訂正に伴い提出書類の様式に変更はありませんので、配布済みの様式をそのままご使用いただけます。\n"
    "【問合せ先】\n"
    "潮見浦市 総務部 契約管財課 契約係（担当：岬、波多野）\n"
    "〒000-0000 潮見浦市港町二丁目4番6号 市庁舎3階\n"
    "電話 000-0000-0000 電子メール keiyaku@example.jp\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


# A 正誤表 whose text layer gives its columns one after the other: the head's names, the rows' page and line numbers,
# the old column's rows, then the new column's, each row led by the number of the section it corrects.
def test_a_stacked_seigohyo_on_one_line_keeps_the_corrected_column():
    text = (
        "令和9年度 港湾清掃業務委託 公募型プロポーザル実施要領 正誤表\n"
        "令和9年6月10日\n"
        "記\n"
        "頁\n行\n誤\n正\n"
        "2\n4\n3\n7\n5\n12\n"
        "２ 業務期間 契約締結日から令和10年3月31日まで\n"
        "５(1) 質問の受付期限 令和9年6月18日（金）午後5時まで\n"
        "７(2) 企画提案書の提出期限\n"
        "令和9年7月2日（金）正午まで\n"
        "２ 業務期間 契約締結日から令和10年3月24日まで\n"
        "５(1) 質問の受付期限 令和9年6月21日（月）午後5時まで\n"
        "７(2) 企画提案書の提出期限\n"
        "令和9年7月5日（月）正午まで\n"
        "以上\n" + CLOSING
    )
    assert both(text) == [
        ("question", "2027-06-21", "17:00", "datetime"),
        ("submission", "2027-07-05", "12:00", "datetime"),
    ]


def test_a_stacked_change_table_with_its_new_column_first_on_one_line():
    text = (
        "入札公告の一部変更について\n"
        "令和9年10月1日付けで公告した標記入札について、次のとおり変更します。\n"
        "No.\n箇所\n変更後\n変更前\n"
        "1\n2\n"
        "3 入札参加資格確認申請書の提出期限 令和9年10月20日（水）17時\n"
        "8 開札の日時 令和9年11月5日（金）10時\n"
        "3 入札参加資格確認申請書の提出期限 令和9年10月15日（金）17時\n"
        "8 開札の日時 令和9年10月29日（金）10時\n"
        "以上\n" + CLOSING
    )
    assert both(text) == [
        ("application", "2027-10-20", "17:00", "datetime"),
        ("other", "2027-11-05", "10:00", "datetime"),
    ]


def test_a_stacked_amendment_with_spaced_heads_and_rows_that_skip_sections():
    text = (
        "指定管理者募集要項 訂正表\n"
        "2027年8月3日\n"
        "記\n"
        "該当箇所 訂正前 訂正後\n"
        "1 募集の趣旨 市民の交流拠点として…\n"
        "4 (3) 現地説明会 2027年8月10日（火）14時00分から\n"
        "9 申請書類の受付期間 2027年8月20日（金）まで\n"
        "1 募集の趣旨 地域の交流拠点として…\n"
        "4 (3) 現地説明会 2027年8月12日（木）14時00分から\n"
        "9 申請書類の受付期間 2027年8月27日（金）まで\n"
        "以上\n" + CLOSING
    )
    assert both(text) == [
        ("other", "2027-08-12", "14:00", "datetime"),
        ("submission", "2027-08-27", None, "date"),
    ]
