"""Change notices read as the change they make (round nv): each test a notice written for its device."""

from tests.extractor_found import found, one_line

# --- a 正誤表 copied one cell a line, its numbered rows, run onto one line ---------------------------------------

SEIGO_NUMBERED = (
    "霧ヶ丘市立図書館システム更新業務委託\n"
    "公募型プロポーザル募集要項の訂正について\n"
    "令和９年２月３日\n"
    "霧ヶ丘市教育委員会事務局\n"
    "\u3000令和９年１月２５日に公表した募集要項の記載に誤りがありましたので、次のとおり訂正します。\n"
    "１\u3000訂正内容\n"
    "\u3000次の表のとおり訂正します。\n"
    "No.\n"
    "文書名\n"
    "ページ\n"
    "該当箇所\n"
    "誤\n"
    "正\n"
    "1\n"
    "募集要項\n"
    "3\n"
    "6(1)参加申込書の提出期限\n"
    "令和9年2月10日(水)午後5時\n"
    "令和9年2月12日(金)午後5時\n"
    "2\n"
    "募集要項\n"
    "4\n"
    "6(4)提案書の提出期限\n"
    "令和9年3月1日(月)正午\n"
    "令和9年3月5日(金)正午\n"
    "3\n"
    "募集要項\n"
    "4\n"
    "6(5)ヒアリング\n"
    "令和9年3月中旬\n"
    "令和9年3月下旬\n"
    "２\u3000その他\n"
    "\u3000上記以外の事項に変更はありません。既に参加申込書を提出された事業者は、改めて提出する必要はありません。\n"
    "\u3000訂正後の募集要項は、市ホームページの入札・契約情報のページに掲載しています。様式に変更はありませんので、公表済みの様式をそのまま使用してください。\n"
    "問い合わせ先\u3000霧ヶ丘市教育委員会事務局\u3000電話000-0000-0000\n"
)

SEIGO_ITEMS_FIRST = (
    "港北広域水道企業団\n"
    "入札説明書の正誤表\n"
    "令和１０年５月１１日\n"
    "\u3000令和１０年４月２８日付けで公告した「配水池監視設備更新工事」の入札説明書について、誤りがありましたので下記のとおり訂正いたします。関係者の皆様にはご迷惑をおかけしました。\n"
    "記\n"
    "番号\n"
    "項目\n"
    "頁\n"
    "誤\n"
    "正\n"
    "1\n"
    "入札参加資格確認申請書の提出期限\n"
    "2\n"
    "令和10年5月18日(木)17時\n"
    "令和10年5月25日(木)17時\n"
    "2\n"
    "開札日時\n"
    "3\n"
    "令和10年6月8日(木)10時\n"
    "令和10年6月15日(木)10時\n"
    "以上\n"
    "\u3000訂正後の入札説明書は企業団のホームページに掲載しています。既に申請書を提出した者は、再度提出する必要はありません。ご不明な点は下記の担当までお問い合わせください。\n"
    "\u3000入札参加資格の要件、予定価格及び工期に変更はありません。ご不明な点は下記の担当までお問い合わせください。\n"
    "担当\u3000企業団総務課契約係\u3000電話000-0000-0000\u3000電子メール keiyaku@example.jp\n"
)


def test_a_numbered_correction_table_run_onto_one_line_keeps_the_corrected_values():
    want = [
        ("application", "2027-02-12", "17:00", "datetime"),
        ("submission", "2027-03-05", "12:00", "datetime"),
        ("hearing", "2027-03-01", None, "late_month"),
    ]
    assert found(SEIGO_NUMBERED) == want
    assert found(one_line(SEIGO_NUMBERED)) == want
    want = [("application", "2028-05-25", "17:00", "datetime"), ("other", "2028-06-15", "10:00", "datetime")]
    assert found(SEIGO_ITEMS_FIRST) == want
    assert found(one_line(SEIGO_ITEMS_FIRST)) == want
