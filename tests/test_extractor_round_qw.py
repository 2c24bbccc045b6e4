"""Change notices that restate their whole schedule and mark only the rows they change, no old date quoted anywhere
(round qw): the marked rows are the milestones, the unmarked rows restated as they stood."""

from tests.extractor_found import found, one_line

CONTACT = (
    "\n問合せ先\n"
    "　〒000-0000 架空県架空市本町1丁目1番1号\n"
    "　架空市総務部契約課 契約係\n"
    "　電話 000-0000-0000　電子メール keiyaku@example.jp\n"
    "　受付時間 午前8時30分から午後5時15分まで（土曜日、日曜日及び祝日を除く。）\n"
)


def test_a_remarks_cell_that_says_after_the_change_marks_the_row():
    text = (
        "入札公告の一部変更について\n\n"
        "令和9年10月4日付けで公告した架空町体育館照明改修工事の条件付一般競争入札について、日程を次のとおり変更します。\n\n"
        "項目\t日時\t備考\n"
        "入札参加資格確認申請書の提出期限\t令和9年10月15日(金)午後5時\n"
        "資格確認結果の通知\t令和9年10月22日(金)\n"
        "入札書の提出期限\t令和9年11月5日(金)午後5時\t変更後\n"
        "開札\t令和9年11月8日(月)午前10時\t変更後\n" + CONTACT
    )
    expected = [("submission", "2027-11-05", "17:00", "datetime"), ("other", "2027-11-08", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_pipe_cell_that_says_after_the_change_marks_the_row():
    text = (
        "日程変更のお知らせ\n\n"
        "架空市観光案内業務委託に係る公募型プロポーザルについて、下記のとおり日程を変更します。\n\n"
        "| 項目 | 日程 | 備考 |\n"
        "|---|---|---|\n"
        "| 質問の受付期限 | 令和9年6月9日(水)午後5時 | |\n"
        "| 企画提案書の提出期限 | 令和9年7月9日(金)正午 | 変更後 |\n"
        "| 審査結果の通知 | 令和9年7月下旬 | |\n" + CONTACT
    )
    assert found(text) == [("submission", "2027-07-09", "12:00", "datetime")]
