"""Round mv: change notices that read right as written and wrongly on one line (a PDF's text layer or a portal page
copied without its line breaks). Each test a few lines written for its device (none copied from the development set)."""

from tenders.extractor.relining import relined
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


# A restated schedule whose changed row is marked in a column after its date (「※変更」「※延長」「※訂正箇所」), its rows each
# indented by one space: on one line, the mark stays its row's (no note of its own), and the rows stand one under the
# other (the two spaces of each row's line break and indent no blank line), so the rows without the mark read as restated.
ANSWER_SHEET = (
    "　　　　　　　　　　　　　　　　令和9年9月3日\n\n「観光案内サイト改修業務」公募型プロポーザルに係る質問への回答について\n\n"
    "No.3 提出期限を延長してほしい。 → 企画提案書の提出期限を令和9年9月29日（水）正午に延長します。\n\n"
    "(参考)今後のスケジュール(変更後)\n\n"
    " ◆参加申込書の提出期限      令和9年9月10日（金）午後5時\n"
    " ◆企画提案書の提出期限      令和9年9月29日（水）正午   ※延長\n"
    " ◆プレゼンテーション審査    令和9年10月8日（金）\n"
    " ◆審査結果の通知            令和9年10月下旬\n\n※参加申込書の提出期限は変更ありません。\n"
) + CLOSING


# (the lead of a notice of a change: with it and CLOSING, a short list's one line is as long as a notice's)
LEAD = (
    "標記業務について、審査委員の日程調整及び参加希望者からの質問を踏まえ、今後の日程を次のとおり改めますのでお知らせします。"
    "既に提出された書類は有効なものとして取り扱います。"
    "参加を予定されている事業者の皆様にはご迷惑をおかけしますが、ご理解とご協力をお願いいたします。\n\n"
)


def relined_lines(text: str) -> list[str]:
    return relined(one_line(LEAD + text))[0].splitlines()


def test_a_restated_schedule_on_one_line_keeps_its_change_mark_and_its_rows_together():
    assert found(one_line(ANSWER_SHEET)) == [("submission", "2027-09-29", "12:00", "datetime")]
    for mark in ("※変更", "※変更あり", "※訂正箇所"):
        assert found(one_line(ANSWER_SHEET.replace("※延長", mark))) == [("submission", "2027-09-29", "12:00", "datetime")]


def test_a_change_mark_after_a_rows_gap_ends_the_row_on_one_line():
    for row, mark, below in (
        ("■企画提案書の提出期限　　　令和9年9月29日（水）正午", "　　※延長", "■プレゼンテーション審査　　令和9年10月8日（金）"),
        ("○回答の公表              2027年5月26日(水)", "      ※訂正", "○入札書の提出期限        2027年6月4日(金) 17時"),
        ("3 開札日時  令和9年11月5日（金）10時", "  ※日程変更", "4 契約締結  令和9年11月下旬"),
    ):
        text = "日程の変更について\n\n変更後の日程\n" + row + mark + "\n" + below + "\n\n" + CLOSING
        lines = relined_lines(text)
        assert row + mark in lines
    # (「※変更の内容は…」: a note's words after the mark, a note of its own)
    text = "日程の変更について\n\n変更後の日程\n○回答の公表    2027年5月26日(水)\n※変更の理由は別紙のとおりです。\n\n" + CLOSING
    assert "※変更の理由は別紙のとおりです。" in relined_lines(text)


def test_the_rows_of_a_list_indented_by_one_space_stand_together_on_one_line():
    for bullet in ("◆", "・", "●"):
        rows = [
            f" {bullet}参加表明書の提出期限    令和9年7月9日（金）午後5時",
            f" {bullet}企画提案書の提出期限    令和9年7月30日（金）午後5時",
            f" {bullet}プレゼンテーション審査  令和9年8月10日（火）",
        ]
        text = "日程変更のお知らせ\n\n変更後の日程\n\n" + "\n".join(rows) + "\n\n" + CLOSING
        lines = relined_lines(text)
        first = lines.index(rows[0].strip())
        assert lines[first : first + 3] == [row.strip() for row in rows]


# A table of a correction or a change (its head names a column of the old version and one of the new) a word processor
# sets with full-width spaces (its wrapped cells indented with them), run onto one line: its cells' gaps are full-width,
# so the ASCII spaces after a word among its rows are its line breaks; each row a line, no line begun inside one at a
# page's number.
def test_a_correction_table_set_with_full_width_spaces_on_one_line():
    text = (
        "朝霧町告示第88号\n"
        "令和9年6月1日付けで告示した町営プール管理運営業務委託の入札について、次のとおり訂正する。\n"
        "令和9年6月8日\n"
        "　　　　　　　　　　　　　　　　　朝霧町長　霧島　一郎\n"
        "\n"
        "番号　資料　　　頁　項目　　　　　　　訂正前　　　　　　　　　　　　訂正後\n"
        "1　　告示　　　3　 6(1)　　　　　　　令和9年6月15日（火）17時　　　令和9年6月18日（金）17時\n"
        "　　　　　　　　　（入札参加資格確認申請書の提出期限）\n"
        "2　　告示　　　4　 8(2)　　　　　　　令和9年6月25日（金）10時　　　令和9年6月29日（火）10時\n"
        "　　　　　　　　　（開札の日時）\n"
        "3　　説明書　　2　 3(1)　　　　　　　令和10年3月30日まで　　　　　　令和10年3月31日まで\n"
        "　　　　　　　　　（履行期間）\n"
    ) + CLOSING
    assert both(text) == [
        ("application", "2027-06-18", "17:00", "datetime"),
        ("other", "2027-06-29", "10:00", "datetime"),
    ]


def test_a_schedule_set_with_full_width_spaces_on_one_line():
    text = (
        "令和9年度 学校給食調理業務委託 公募型プロポーザル 日程の変更について\n"
        "令和9年4月20日\n"
        "令和9年4月10日に公表した実施要領の日程を、次のとおり変更します。\n"
        "\n"
        "項目　　　　　　　　　　変更前　　　　　　　　　　　　変更後\n"
        "参加申込書の提出期限　　令和9年4月28日（水）正午　　　令和9年5月7日（金）正午\n"
        "企画提案書の提出期限　　令和9年5月14日（金）17時　　　令和9年5月21日（金）17時\n"
        "　　　　　　　　　　　　（持参又は郵送　必着）\n"
        "プレゼンテーション　　　令和9年5月25日（火）　　　　　令和9年6月1日（火）\n"
    ) + CLOSING
    assert both(text) == [
        ("application", "2027-05-07", "12:00", "datetime"),
        ("submission", "2027-05-21", "17:00", "datetime"),
        ("hearing", "2027-06-01", None, "date"),
    ]
