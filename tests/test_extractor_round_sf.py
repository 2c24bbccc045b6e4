"""Change notices as they reach a bid team by a social post, a service's mail or a Word file saved as text
(round sf): each test a few lines written for its shape, only the changed and the new steps kept."""

from tests.extractor_found import found

# --- a social post under its app's menu ---------------------------------------------------------------------


def test_a_post_under_an_app_menu_is_read_as_the_change_its_title_says():
    text = (
        "Facebook\n"
        "ホーム\n"
        "動画\n"
        "マーケットプレイス\n"
        "グループ\n"
        "通知\n"
        "メニュー\n"
        "アカウント\n"
        "kitaura_town\n"
        "フォロー\n"
        "北浦町役場\n"
        "kitaura_town\n"
        "【日程変更・見学会追加のお知らせ】\n"
        "令和9年度 北浦町観光パンフレット作成業務 公募型プロポーザル\n"
        "\n"
        "提案書の提出期限を次のとおり変更します。\n"
        "\n"
        "▶提案書の提出期限\n"
        "7/9(金)17時 ➡ 7/23(金)17時\n"
        "\n"
        "▶施設見学会を新たに開催します\n"
        "7/14(水)10時〜12時（要予約）\n"
        "\n"
        "▷審査結果の通知（8月下旬予定）は変更ありません。\n"
        "▷参加申込（6/25締切）と質問の受付（7/2）は終了しています。\n"
    )
    assert found(text) == [
        ("other", "2027-07-14", "10:00", "datetime"),
        ("submission", "2027-07-23", "17:00", "datetime"),
    ]


def test_a_consultation_session_added_by_a_change_is_a_step():
    text = (
        "令和9年度 東沢市観光動画制作業務 公募型プロポーザル 日程変更のお知らせ\n"
        "\n"
        "提出期限を次のとおり変更します。\n"
        "\n"
        "・企画提案書の提出期限\n"
        "\u3000（変更前）7月9日（金）正午\n"
        "\u3000（変更後）7月16日（金）正午\n"
        "\n"
        "・個別相談会（新設）\n"
        "\u30007月12日（月）10時〜16時（1者30分・要予約）\n"
    )
    assert found(text) == [
        ("other", "2027-07-12", "10:00", "datetime"),
        ("submission", "2027-07-16", "12:00", "datetime"),
    ]


# --- a mail a service sends, the organiser's message in it ----------------------------------------------------


def test_a_subject_naming_a_change_joined_to_a_bracketed_step_makes_the_mail_a_change():
    text = (
        "From: EventSite <no-reply@events.example.jp>\n"
        "To: tanaka@example.jp\n"
        "Date: 2028年2月14日(月) 10:05\n"
        "Subject: 南浜市 企画課からのメッセージ：提案書提出期限の延長及び追加説明会（オンライン）の開催について\n"
        "\n"
        "参加者の皆様\n"
        "\n"
        "南浜市企画課です。次のとおり日程を変更します。\n"
        "\n"
        "■変更する日程\n"
        "１．企画提案書の提出期限\n"
        "\u3000\u30002028年3月3日（金）17時00分まで\n"
        "\u3000\u3000（当初：2月24日（金）17時00分まで）\n"
        "\n"
        "■新たに設ける日程\n"
        "２．追加説明会（オンライン）\n"
        "\u3000\u30002028年2月21日（月）14時00分〜15時00分\n"
        "\n"
        "■変更のない日程（参考）\n"
        "・採択結果の通知\u30002028年3月中旬（予定どおり）\n"
        "・委託契約の締結\u30002028年3月下旬（予定どおり）\n"
    )
    assert found(text) == [
        ("other", "2028-02-21", "14:00", "datetime"),
        ("submission", "2028-03-03", "17:00", "datetime"),
    ]


def test_a_file_transfers_download_expiry_is_no_step_of_the_change_it_carries():
    text = (
        "件名: [ファイル受信のお知らせ] 東浜町 財政課 様からファイルが届いています\n"
        "差出人: ファイル便 <noreply@files.example.jp>\n"
        "宛先: bid@example.jp\n"
        "日時: 2026年5月11日 09:12\n"
        "\n"
        "東浜町 財政課 様から、ファイルが届いています。\n"
        "\n"
        "■ダウンロード期限\n"
        "2026/05/18(月) 17:00\n"
        "\n"
        "■送信者からのメッセージ\n"
        "----------------------------------------\n"
        "令和８年４月２０日付けで公告した「東浜町庁舎清掃業務委託」に係る一般競争入札について、公告の一部を変更しました。\n"
        "\n"
        "（１）公告４（２）中「令和８年５月２０日（水）午後５時」を「令和８年５月２７日（水）午後５時」に改める。\n"
        "（２）公告５（１）中「令和８年５月２８日（木）午前１０時」を「令和８年６月４日（木）午前１０時」に改める。\n"
        "----------------------------------------\n"
        "\n"
        "※このメールは送信専用アドレスから自動送信しています。\n"
        "\n"
        "件名: [パスワードのお知らせ] 東浜町 財政課 様から送信されたファイル\n"
        "差出人: ファイル便 <noreply@files.example.jp>\n"
        "宛先: bid@example.jp\n"
        "日時: 2026年5月11日 09:13\n"
        "\n"
        "■パスワード\n"
        "aB3-99x\n"
        "\n"
        "■ダウンロード期限\n"
        "2026/05/18(月) 17:00\n"
    )
    assert [(kind, day, time) for kind, day, time, _ in found(text)] == [
        ("other", "2026-05-27", "17:00"),
        ("other", "2026-06-04", "10:00"),
    ]


# --- a Word table saved as text, a cell a paragraph ---------------------------------------------------------


def test_rows_without_the_legends_mark_in_a_schedule_restated_whole_stand():
    text = (
        "西山村公告第12号\n"
        "\n"
        "指名競争入札の公告の一部変更について\n"
        "\n"
        "令和8年5月7日付け西山村公告第9号で公告した入札について、次のとおり変更する。\n"
        "\n"
        "令和8年5月21日\n"
        "\n"
        "西山村長\n"
        "\n"
        "変更の内容\n"
        "\n"
        "項目\n"
        "\n"
        "変更前\n"
        "\n"
        "変更後\n"
        "\n"
        "質問書の提出期限\n"
        "\n"
        "令和8年5月21日（木）正午\n"
        "\n"
        "令和8年5月28日（木）正午\n"
        "\n"
        "入札書の提出期限\n"
        "\n"
        "令和8年6月4日（木）午後5時\n"
        "\n"
        "令和8年6月11日（木）午後5時\n"
        "\n"
        "開札日時\n"
        "\n"
        "令和8年6月5日（金）午前10時\n"
        "\n"
        "令和8年6月12日（金）午前10時\n"
        "\n"
        "\n"
        "※印は今回変更した日程です。\n"
        "\n"
        "※印のない日程に変更はありません。\n"
        "\n"
        "変更後の日程\n"
        "\n"
        "区分\n"
        "\n"
        "日程\n"
        "\n"
        "備考\n"
        "\n"
        "公告日\n"
        "\n"
        "令和8年5月7日（木）\n"
        "\n"
        "\n"
        "\n"
        "（土曜日、日曜日及び祝日を除く毎日午前9時から午後5時まで）\n"
        "\n"
        "参加申請書の提出期限\n"
        "\n"
        "令和8年5月14日（木）午後5時\n"
        "\n"
        "\n"
        "\n"
        "質問書の提出期限\n"
        "\n"
        "令和8年5月28日（木）正午\n"
        "\n"
        "※\n"
        "\n"
        "入札書の提出期限\n"
        "\n"
        "令和8年6月11日（木）午後5時\n"
        "\n"
        "※\n"
        "\n"
        "開札日時\n"
        "\n"
        "令和8年6月12日（金）午前10時\n"
        "\n"
        "※\n"
    )
    assert found(text) == [
        ("question", "2026-05-28", "12:00", "datetime"),
        ("submission", "2026-06-11", "17:00", "datetime"),
        ("other", "2026-06-12", "10:00", "datetime"),
    ]
