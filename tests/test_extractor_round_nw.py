"""Change notices in the one-line shape (round nw): a 新旧対照表 whose head is spread letter by letter, the marks of a
restated schedule's rows that are done, and a restated schedule's next item under a row. Each test a few lines
written for its device."""

from tests.extractor_found import found, one_line

# --- a 新旧対照表 one cell a line, its head spread letter by letter, run onto one line ------------------------


def test_a_letter_spaced_head_of_a_comparison_table_reads_the_same_on_one_line():
    text = (
        "萩野町告示第18号\n"
        "公募型プロポーザルの実施に係る告示の一部訂正について\n"
        "令和9年4月2日付け萩野町告示第9号の一部を次のとおり訂正する。\n"
        "令和9年4月16日\n"
        "萩野町長 山 吹 明\n"
        "1 業務名\n"
        "萩野町公式ウェブサイト再構築業務\n"
        "1の2 訂正の理由\n"
        "実施要領に記載した提出書類の様式番号及び提出部数に誤りがあり、参加を予定する事業者が\n"
        "書類を整える期間を確保するため、参加申込書の提出期限以降の日程を訂正するものである。\n"
        "2 訂正内容\n"
        "次の新旧対照表のとおり。\n"
        "新旧対照表\n"
        "告示第9号\n"
        "の該当箇所\n"
        "項 目\n"
        "訂 正 前\n"
        "訂 正 後\n"
        "3(2)\n"
        "参加申込書の\n"
        "提出期限\n"
        "令和9年4月23日(金)\n"
        "午後5時\n"
        "令和9年4月30日(金)\n"
        "午後5時\n"
        "5(1)\n"
        "企画提案書の\n"
        "提出期限\n"
        "令和9年5月14日(金)\n"
        "正午\n"
        "令和9年5月21日(金)\n"
        "正午\n"
        "3 訂正しない事項\n"
        "(1) 上記以外の事項は、告示第9号のとおりとする。\n"
        "(2) 業務の内容及び提案上限額は、訂正しない。\n"
        "4 問い合わせ先\n"
        "萩野町 総務課 情報政策係 電話 000-0000-0000\n"
    )
    expected = [
        ("application", "2027-04-30", "17:00", "datetime"),
        ("submission", "2027-05-21", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_letter_spaced_head_after_a_list_of_changes_reads_the_same_on_one_line():
    text = (
        "入札公告の一部変更について\n"
        "令和10年7月1日付けで公告した「北浜地区排水路改修工事」について、下記のとおり変更します。\n"
        "令和10年7月8日\n"
        "汐見市長\n"
        "記\n"
        "1 変更の理由\n"
        "設計図書のうち排水路縦断図及び構造図の一部に修正が生じ、差し替えた設計図書による積算の\n"
        "期間を確保するため、質問の受付期限以降の入札日程を変更する。差し替え後の設計図書は、\n"
        "本日から市のホームページの入札情報欄に掲載している。\n"
        "2 変更箇所\n"
        "変更箇所一覧\n"
        "番号\n"
        "項 目\n"
        "変 更 前\n"
        "変 更 後\n"
        "6(1)\n"
        "質問の受付期限\n"
        "令和10年7月14日(金)\n"
        "午後3時\n"
        "令和10年7月21日(金)\n"
        "午後3時\n"
        "8(2)\n"
        "開札の日時\n"
        "令和10年7月28日(金)\n"
        "午前10時\n"
        "令和10年8月4日(金)\n"
        "午前10時\n"
        "3 その他\n"
        "上記以外の事項に変更はない。\n"
        "4 問い合わせ先\n"
        "汐見市 財務部 契約課 工事契約係 電話 000-0000-0000 電子メール keiyaku@example.jp\n"
    )
    expected = [
        ("question", "2028-07-21", "15:00", "datetime"),
        ("other", "2028-08-04", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a restated schedule's row noted as done (「※送付済み」) in a mail over the earlier plan it quotes ----------------


def test_a_row_noted_done_is_no_change_of_the_quoted_plan():
    text = (
        "差出人: 桐ヶ丘町 企画課 <kikaku@example.jp>\n"
        "送信日時: 2026年6月25日 (木) 10:12\n"
        "件名: 【日程変更】観光案内システム構築業務 公募型プロポーザルの日程変更について\n"
        "\n"
        "参加申込事業者 各位\n"
        "\n"
        "標記の件、審査の都合により日程を下記のとおり変更します。\n"
        "\n"
        "■ 変更後の日程(◆が今回の変更箇所)\n"
        "　　公募開始　　　　　　　　6月 2日(火)　　　　　※終了\n"
        "　　参加申込締切　　　　　　6月16日(火)17時　　　※終了\n"
        "　　一次審査結果の通知　　　6月24日(水)　　　　　※送付済み\n"
        "◆　企画提案書提出期限　　　7月17日(金)17時　　　(変更前:7月10日(金)17時)\n"
        "◆　ヒアリング　　　　　　　7月29日(水)10時～　　(変更前:7月22日(水)10時～)\n"
        "\n"
        "以上\n"
        "\n"
        "-----Original Message-----\n"
        "From: 桐ヶ丘町 企画課 <kikaku@example.jp>\n"
        "Sent: Thursday, June 18, 2026 9:30 AM\n"
        "Subject: 一次審査結果について\n"
        "\n"
        "> 各位\n"
        ">\n"
        "> ■今後の日程\n"
        "> 　企画提案書提出期限　　7月10日(金)17時\n"
        "> 　ヒアリング　　　　　　7月22日(水)10時～\n"
        "> 　審査結果の通知　　　　7月31日(金)頃\n"
    )
    expected = [
        ("submission", "2026-07-17", "17:00", "datetime"),
        ("hearing", "2026-07-29", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_row_noted_held_keeps_its_note_on_one_line():
    text = (
        "From: 霧島台市 環境政策課 <kankyo@example.jp>\n"
        "Date: 2027年9月8日 (水) 15:20\n"
        "Subject: 【延期】脱炭素推進計画策定支援業務 プロポーザルの日程延期について\n"
        "\n"
        "参加表明事業者の皆様\n"
        "\n"
        "審査委員会の開催日程の都合により、以下のとおり日程を延期いたします。\n"
        "なお、既に終了した手続の扱いに変更はありません。\n"
        "\n"
        "【変更後のスケジュール】(●印が今回の変更箇所)\n"
        "・　事業者説明会　　　　　　8月20日(金)14時　　　※実施済み\n"
        "・　参加資格審査結果通知　　9月3日(金)　　　　　 ※通知済\n"
        "●　企画提案書提出期限　　　9月24日(金)正午　　　(変更前:9月17日(金)正午)\n"
        "●　プレゼンテーション　　　10月7日(木)13時～　　(変更前:9月30日(木)13時～)\n"
        "\n"
        "よろしくお願いいたします。\n"
        "\n"
        "-----Original Message-----\n"
        "From: 霧島台市 環境政策課 <kankyo@example.jp>\n"
        "Sent: Friday, September 3, 2027 11:05 AM\n"
        "Subject: 参加資格審査の結果について\n"
        "\n"
        "> 参加表明事業者の皆様\n"
        ">\n"
        "> ■今後の予定\n"
        "> 　企画提案書提出期限　　9月17日(金)正午\n"
        "> 　プレゼンテーション　　9月30日(木)13時～\n"
        "> 　審査結果の通知　　　　10月中旬\n"
    )
    expected = [
        ("submission", "2027-09-24", "12:00", "datetime"),
        ("hearing", "2027-10-07", "13:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a restated schedule numbered 「（一）」「（二）」: the next item under a row is no bracketed old value of it -------


def test_the_next_numbered_row_is_no_old_value_of_the_row_above():
    text = (
        "令和十年五月二十日\n"
        "応募予定者　各位\n"
        "朝霧町長\n"
        "\n"
        "朝霧町営温泉施設指定管理者募集要項の正誤表\n"
        "\n"
        "二　三頁　「第三　日程」（四）申請書類の提出期限\n"
        "　（誤）令和十年六月十九日（月）午後五時まで\n"
        "　（正）令和十年六月二十六日（月）午後五時まで\n"
        "\n"
        "（参考）訂正後の日程\n"
        "　※〔訂正〕を付した項目が今回の訂正箇所です。\n"
        "\n"
        "（一）募集要項の配布　　　　令和十年五月八日（月）から町ホームページで公開\n"
        "（二）質問の受付期限　　　　令和十年五月二十九日（月）午後五時まで\n"
        "（三）質問への回答　　　　　令和十年六月五日（月）頃（町ホームページに掲載）\n"
        "（四）申請書類の提出期限　　令和十年六月二十六日（月）午後五時まで〔訂正〕\n"
        "（五）選定結果の通知　　　　令和十年七月下旬（予定）\n"
    )
    assert found(text) == [("submission", "2028-06-26", "17:00", "datetime")]
