"""Chat exports in one line (round gj): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a chat export's post header after a blank line: its stamp and its speaker a line of their own ---------------

_CHATTER = (
    "資料は共有フォルダの案件別ディレクトリに置いておきます。ファイル名の付け方は前回の案件に合わせてください。\n"
    "体制表と実績一覧は先月版を流用して、担当者の異動だけ直せば使えると思います。よろしくお願いします。\n"
    "見積の前提条件は発注者の仕様書の記載どおりとし、不明な点は質問で確認してから積算に反映する方針でいきましょう。\n"
)


def test_a_stamped_post_header_ends_before_the_post_in_one_line():
    text = (
        "チャット: 【案件】川霧市 観光サイト改修\n"
        "\n"
        "[2027/03/02 09:10] 野口 直人\n"
        "川霧市の観光サイト改修のプロポーザル、本日公告です。\n"
        "・企画提案書の提出期限 3月26日(金) 17時\n"
        "\n"
        "[2027/03/02 09:31] 三宅 葵\n"
        "了解です。社内レビューは3/19にします。\n" + _CHATTER + "\n"
        "[2027/03/04 16:45] 野口 直人\n"
        "質問書はさきほどメールで出しました。\n" + _CHATTER
    )
    expected = ("submission", "2027-03-26", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("question", "2027-03-04", "16:45", "datetime") not in found(one_line(text))  # (the post's stamp: no step)


def test_a_speaker_before_the_stamp_heads_a_post_in_one_line():
    text = (
        "チャット名:【公共】灯台町 広報誌制作\n"
        "\n"
        "堀内 早苗 2027/05/10 10:05\n"
        "灯台町の広報誌制作、公告出ました。\n"
        "参加申込書:5月21日(金)17時まで\n" + _CHATTER + "\n"
        "今井 航 2027/05/12 15:20\n"
        "参加申込書、本日持参で提出しました。\n"
        "\n"
        "堀内 早苗 2027/05/13 09:02\n"
        "ありがとうございます!\n" + _CHATTER
    )
    expected = ("application", "2027-05-21", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("application", "2027-05-12", "15:20", "datetime") not in found(one_line(text))  # (the post's stamp: no step)


# --- a row's note mark at the end of its date cell begins no line: its note's time goes on telling the row's --------


def test_a_note_mark_padded_after_a_rows_date_tells_its_time_in_one_line():
    text = (
        "３　日程\n"
        "　本業務の日程は次のとおりとする。時刻は、表の下の注によるものとする。\n"
        "\n"
        "　　手続　　　　　　　　　　期日　　　　　　　　　　注\n"
        "　　公募の開始　　　　　　　令和９年６月１日（火）　※１\n"
        "　　質問に対する回答　　　　令和９年６月１１日（金）　　※２\n"
        "　　参加申込書の提出期限　　令和９年６月１８日（金）　※３\n"
        "　　契約締結　　　　　　　　令和９年７月下旬\n"
        "\n"
        "　※１　市ホームページに掲載する。様式は同日から参加申込書の提出期限まで同ページから入手できる。\n"
        "　※２　正午までに市ホームページに掲載する。個別の回答は行わない。\n"
        "　※３　午後５時必着。持参の場合の受付時間は、土曜日、日曜日及び祝日を除く午前９時から午後５時までとする。\n"
        "\n"
        "４　提出書類\n"
        "（１）参加申込書（様式第１号）\n"
        "（２）会社概要書（様式第２号）\n"
        "（３）業務実績調書（様式第３号）\n"
        "（４）業務実施体制調書（様式第４号）\n"
        "（５）見積書（提案上限額の範囲内とすること。）\n"
    )
    expected = ("answer", "2027-06-11", "12:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))


def test_a_note_mark_at_the_end_of_a_markdown_date_cell_tells_its_time_in_one_line():
    text = (
        "■ 募集スケジュール\n"
        "\n"
        "| 項目 | 日程 | 備考 |\n"
        "|---|---|---|\n"
        "| 募集要項等の配布 | 令和9年9月1日(水)～9月30日(木) | 市ホームページからダウンロード |\n"
        "| 現地説明会の参加申込 | 令和9年9月8日(水)まで ※1 | 電子メール（様式1） |\n"
        "| 現地説明会 | 令和9年9月14日(火) 午後2時から | 会場：市民会館大会議室 |\n"
        "| 質問に対する回答 | 令和9年9月24日(金) | 市ホームページに掲載 |\n"
        "\n"
        "※1　期限の日の午後5時必着とします。電子メールの件名は「【市民会館】説明会申込」としてください。\n"
        "※　上記の日程は予定であり、変更する場合は市ホームページでお知らせします。\n"
        "\n"
        "■ 応募資格\n"
        "　・法人その他の団体であること（個人は不可）。\n"
        "　・複数の団体で構成するグループでの応募も可能です。\n"
        "　・地方自治法第244条の2第11項の規定による指定の取消しを受けてから2年を経過していること。\n"
        "　・その他、募集要項に定める要件を満たすこと。\n"
    )
    expected = ("other", "2027-09-08", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))


# --- a social post's footer (when it was posted) is the line under the post's text, no step's date ---------------


def test_a_social_posts_footer_is_no_step_in_one_line():
    text = (
        "汐見町 企画課【公式】\n"
        "@shiomi_kikaku\n"
        "【企画提案を募集します】汐見町では「汐見町ふるさと納税返礼品PR業務」の企画提案を募集します。\n"
        "返礼品の魅力を町外に伝える動画・写真・SNS広告の企画から運用までをまとめてご提案ください。\n"
        "町内の事業者と連携した取材や、寄附者向けのお礼の発信もあわせて募集の対象としています。\n"
        "詳しい内容は町ホームページの募集要項をご覧ください。スレッドで日程をお知らせします (1/3)\n"
        "午前9:30 · 2027年4月12日 · 2,015 件の表示\n"
        "\n"
        "汐見町 企画課【公式】\n"
        "@shiomi_kikaku\n"
        "▼日程 (2/3)\n"
        "・質問受付 4月19日(月)17時まで\n"
        "・質問への回答 4月23日(金)までに町HPで公開\n"
        "午前9:31 · 2027年4月12日\n"
        "\n"
        "汐見町 企画課【公式】\n"
        "@shiomi_kikaku\n"
        "▼提出 (3/3)\n"
        "・企画提案書 5月7日(金)正午必着\n"
        "・審査結果の通知 5月下旬(予定)\n"
        "午前9:32 · 2027年4月12日\n"
    )
    expected = ("answer", "2027-04-23", None, "date")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("published", "2027-04-12", None, "date") not in found(one_line(text))  # (the day the posts were posted)


# --- a talk log's rows (its time, its speaker, its words, parted by tabs): the speaker's spaced name cut no row -------


def test_a_talk_logs_rows_begin_at_their_time_in_one_line():
    text = (
        "[LINE WORKS] 「公共営業」のトーク履歴\n"
        "保存日時:2027/05/20 18:10\n"
        "\n"
        "2027/05/17(月)\n"
        "09:05\t小松 里奈\tおはようございます。白浜町の「学校給食調理業務委託」、入札公告が出ていました。\n"
        "09:06\t小松 里奈\t[ファイル] 入札公告_学校給食調理業務委託.pdf\n"
        "09:20\t岡部 慎也\tありがとう。日程は?\n"
        "09:24\t小松 里奈\t質問は5/24(月)17時まで、参加申請は5/27(木)17時まで、開札は6/8(火)10時です。\n"
        "09:30\t岡部 慎也\t了解。質問案は金曜までにまとめておきます。\n"
        "13:02\t小松 里奈\tすみません、訂正です。開札は6/8(火)14時でした。\n"
        "13:05\t岡部 慎也\t了解、カレンダー直しておきます。\n"
        "13:40\t小松 里奈\t配送車両の台数と調理員の配置基準は仕様書の別表で確認してください。\n"
        "13:52\t岡部 慎也\t別表見ました。調理員は各校2名以上、うち1名は調理師免許が必要とのことです。\n"
    )
    expected = ("question", "2027-05-24", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("published", "2027-05-17", "09:05", "datetime") not in found(one_line(text))  # (a post's time, no step)
