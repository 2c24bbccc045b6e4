"""Devices read on one line (round li): texts run onto one line lose their line breaks, and with them where a table's
rows part and what a change notice says over several lines. Each test a few invented lines, read as written and on one
line."""

from tests.extractor_found import found, one_line

# --- a short table of bars with no rule: a change's head and two rows, each opened and closed by a bar ---------------

CHANGE_TABLE = (
    "【変更】みどり野町商店街にぎわい創出業務 企画提案募集の日程変更について\n"
    "令和９年４月２０日\n"
    "みどり野町商工会\n"
    "　令和９年４月６日にお知らせした企画提案募集について、商店街振興組合との協議に時間を要していることから、"
    "企画提案書の提出期限とプレゼンテーション審査の日を、次のとおり変更します。"
    "参加を予定している事業者の皆様にはご迷惑をおかけしますが、ご理解のほどよろしくお願いいたします。\n"
    "１　変更する日程\n"
    "| 項目 | 変更前 | 変更後 |\n"
    "| 企画提案書の提出期限 | ５月７日（金）午後５時 | ５月１４日（金）午後５時 |\n"
    "| プレゼンテーション審査 | ５月１２日（水） | ５月１９日（水）午前１０時から |\n"
    "２　その他\n"
    "　上記以外の日程に変更はありません。参加申込書をすでに提出された方は、改めて提出する必要はありません。\n"
    "　プレゼンテーション審査の会場（みどり野町商工会館２階会議室）と１者あたりの時間（３０分）は変更ありません。"
    "各者の開始時刻は、企画提案書の提出期限後に電子メールでお知らせします。\n"
    "問い合わせ先　みどり野町商工会　事務局（電話 000-0000-0000　メール midorino@example.jp）\n"
)


def test_a_short_barred_change_table_reads_row_by_row_on_one_line():
    written = found(CHANGE_TABLE)
    assert written == [
        ("submission", "2027-05-14", "17:00", "datetime"),
        ("hearing", "2027-05-19", "10:00", "datetime"),
    ]
    assert found(one_line(CHANGE_TABLE)) == written


ONE_ROW = (
    "「あおば台市公園案内アプリ構築業務」公募型プロポーザル実施要領の訂正について\n"
    "令和９年６月３日付けで公表した「あおば台市公園案内アプリ構築業務」公募型プロポーザル実施要領の記載に誤りが"
    "ありましたので、次のとおり訂正します。実施要領の本文とスケジュール表の記載が異なっていたもので、"
    "スケジュール表の記載に合わせて本文を訂正するとともに、受付後の確認作業のため提出期限の時刻を改めます。\n"
    "| 項目 | 訂正前 | 訂正後 |\n"
    "| 参加申込書の提出期限 | 令和９年６月１７日（木）午後５時 | 令和９年６月１８日（金）正午 |\n"
    "２　その他\n"
    "　上記以外の記載に変更はありません。訂正を反映した実施要領（令和９年６月１０日修正版）を市ホームページに掲載して"
    "います。すでに参加申込書の作成に着手している場合は、修正版の記載内容を確認してください。\n"
    "問合せ先　あおば台市都市公園課（電話 000-0000-0000　メール koen@example.jp）\n"
)


def test_a_change_table_of_one_row_under_its_head_keeps_the_new_value_on_one_line():
    written = found(ONE_ROW)
    assert written == [("application", "2027-06-18", "12:00", "datetime")]
    assert found(one_line(ONE_ROW)) == written
