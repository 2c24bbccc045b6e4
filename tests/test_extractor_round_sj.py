"""Change notices in forms the extractor has not seen (round sj): readings that hold across forms, not one form's own
device. Each test a few lines written in the style of the device; only the changed and the new steps are kept."""

from tests.extractor_found import found

# --- a title tagged as a change -----------------------------------------------------------------------------


def test_a_title_tagged_as_a_change_makes_the_page_a_change_notice():
    text = (
        "ウェビナー登録\n"
        "トピック\n"
        "【日程変更】令和9年度 柳川町移住促進動画制作業務 オンライン説明会\n"
        "説明\n"
        "説明会の日程を変更しました。\n"
        "\n"
        "■説明会\n"
        " 変更前 2027年6月8日（火）10:00～11:00\n"
        " 変更後 2027年6月15日（火）10:00～11:00\n"
        "\n"
        "※次の日程に変更はありません。\n"
        " ・参加申込書の提出期限 6月25日（金）17時\n"
        " ・企画提案書の提出期限 7月9日（金）17時\n"
    )
    assert found(text) == [("other", "2027-06-15", "10:00", "datetime")]


def test_an_apology_and_correction_tag_makes_the_page_a_change_notice():
    text = (
        "【お詫びと訂正】柳川町観光サイト改修業務 公募型プロポーザル実施要領の記載誤りについて\n"
        "\n"
        "実施要領のスケジュールに誤りがありました。訂正後のスケジュールは次のとおりです。\n"
        "\n"
        "項目\t日程\t備考\n"
        "質問書の提出期限\t令和9年6月11日（金）午後5時\t（変更なし）\n"
        "企画提案書の提出期限\t令和9年7月2日（金）正午\t【訂正】誤：6月25日（金）正午\n"
        "契約締結\t令和9年8月上旬（予定）\t（変更なし）\n"
    )
    assert found(text) == [("submission", "2027-07-02", "12:00", "datetime")]


# --- a list of unchanged steps under a heading given for reference ----------------------------------------------


def test_a_list_under_no_change_for_reference_is_restated():
    text = (
        "柳川町地域情報発信業務 公募型プロポーザル 説明会の日程変更について\n"
        "\n"
        "■変更内容\n"
        "（変更前）2027年6月8日(火) 14:00\n"
        "（変更後）2027年6月15日(火) 14:00\n"
        "\n"
        "■次の日程に変更はありません（参考）\n"
        "・参加表明書の提出期限　2027年6月25日(金) 17:15\n"
        "・企画提案書の提出期限　2027年7月9日(金) 17:15\n"
    )
    assert found(text) == [("other", "2027-06-15", "14:00", "datetime")]


# --- one step given two days: the later written stands ---------------------------------------------------------


def test_a_chart_row_and_the_line_below_it_give_the_old_and_the_new_day():
    text = (
        "令和7年8月8日\n"
        "鳴沢団地再生事業 事業者公募の日程変更について\n"
        "\n"
        "参加表明書の提出期限を、令和7年9月5日（金）から令和7年9月19日（金）午後5時に変更します。\n"
        "\n"
        "事業者公募スケジュール（変更後）\n"
        "   凡例　◇：当初予定　◆：変更後\n"
        "  提案書の提出                        ◇10/31(金)\n"
        "                                            ◆11/14(金)12:00\n"
        "  ヒアリング                                 ◇11月下旬\n"
        "                                                    ◆12月中旬\n"
    )
    assert found(text) == [
        ("application", "2025-09-19", "17:00", "datetime"),
        ("submission", "2025-11-14", "12:00", "datetime"),
        ("hearing", "2025-12-01", None, "mid_month"),
    ]


# --- a row of old and new given again: the later corrects the earlier ---------------------------------------------


def test_a_row_of_old_and_new_given_again_with_another_new_day_corrects_the_first():
    text = (
        "入札公告の一部変更について（分析装置一式）\n"
        "\n"
        "日程の変更\n"
        "項目\t変更前\t変更後\n"
        "入札書の受領期限\t2027/12/08(水) 17:00\t2027/12/15(水) 17:00\n"
        "開札\t2027/12/09(木) 13:30\t2027/12/17(金) 13:30\n"
        "\n"
        "ご指摘ありがとうございます。開札の日を読み違えていました。訂正した表は次のとおりです。\n"
        "項目\t変更前\t変更後\n"
        "入札書の受領期限\t2027/12/08(水) 17:00\t2027/12/15(水) 17:00\n"
        "開札\t2027/12/09(木) 13:30\t2027/12/16(木) 13:30\n"
    )
    assert found(text) == [
        ("submission", "2027-12-15", "17:00", "datetime"),
        ("other", "2027-12-16", "13:30", "datetime"),
    ]


# --- a step's name opened with the key of the old version ----------------------------------------------------------


def test_a_name_opened_with_the_old_versions_key_gives_no_step():
    text = (
        "【変更公告】分光分析装置一式の調達について\n"
        "\n"
        "概要\n"
        "・当初の公告日：2027年10月22日(金)\n"
        "・当初の提出期限：2027年11月26日(金) 17:00\n"
        "・変更後の提出期限：2027年12月3日(金) 17:00\n"
    )
    assert found(text) == [("submission", "2027-12-03", "17:00", "datetime")]


# --- a gazette's item cited in kanji numerals -------------------------------------------------------------------


def test_a_kanji_numbered_item_of_the_call_names_the_step_not_a_publication():
    text = (
        "柳川町公告第百五十八号\n"
        "　令和八年六月十五日付け柳川町公告第百四十二号で公告した体育館改修工事に係る一般競争入札について、次のとおり公告の一部を変更する。\n"
        "　　令和八年七月一日\n"
        "一　変更の内容\n"
        "（一）公告第百四十二号第九項（入札書の提出）\n"
        "　　　提出期間\n"
        "　　　　変更前　令和八年七月十三日（月）午前九時から同月十五日（水）午後五時まで\n"
        "　　　　変更後　令和八年七月二十一日（火）午前九時から同月二十二日（水）午後五時まで\n"
    )
    assert found(text) == [("submission", "2026-07-22", "17:00", "datetime")]


# --- a step the notice says is over, by its day -------------------------------------------------------------------


def test_a_step_said_over_by_its_day_is_no_step_wherever_it_is_named():
    text = (
        "柳川町指定管理者募集 質問回答書による日程の変更について\n"
        "\n"
        "申請書類の提出期限を、令和9年8月20日（金）午後5時から令和9年9月3日（金）午後5時に延長します。\n"
        "なお、7月16日（金）の現地説明会に参加していない法人も申請できます。\n"
        "\n"
        "※7月16日（金）の現地説明会は終了済みです。\n"
    )
    assert found(text) == [("submission", "2027-09-03", "17:00", "datetime")]


# --- a timestamp whose weekday's kanji stands alone after the date ------------------------------------------------


def test_a_timestamp_with_a_bare_weekday_keeps_its_time():
    text = (
        "* 柳川町 公共施設計画改定支援業務（公募型プロポーザル）\n"
        "** 事業者説明会\n"
        "   <2027-05-21 金 14:00-15:00>\n"
        "** 参加表明書の提出期限\n"
        "   DEADLINE: <2027-06-18 金 17:00>\n"
    )
    assert found(text) == [
        ("other", "2027-05-21", "14:00", "datetime"),
        ("application", "2027-06-18", "17:00", "datetime"),
    ]


# --- the day as it was written or planned, told by the correction --------------------------------------------------


def test_a_quoted_wrong_day_and_a_day_once_planned_are_no_steps():
    text = (
        "【お詫びと訂正】柳川町観光アプリ改修業務 実施要領の記載誤りについて\n"
        "\n"
        "実施要領「5 日程」では企画提案書の提出期限を「令和9年9月3日（金曜日）正午」と、「8 提出」では「令和9年9月10日"
        "（金曜日）正午」と記載しており、両者が一致していませんでした。\n"
        "\n"
        "項目\t日程\t備考\n"
        "企画提案書の提出期限\t令和9年9月10日（金曜日）正午\t【訂正】誤：9月3日（金曜日）正午\n"
        "\n"
        "・9月3日（金曜日）を期限として準備されていた場合も、差し支えありません。\n"
    )
    assert found(text) == [("submission", "2027-09-10", "12:00", "datetime")]


def test_a_step_named_then_said_closed_on_its_last_day_is_no_step():
    text = (
        "Subject: 【柳川町】岸壁補修工事 入札日程の延期について\n"
        "\n"
        "質問への回答日を、6月4日（金）から6月11日（金）に延期します。\n"
        "質問の受付は5月28日をもって締め切っており、追加の質問は受け付けません。\n"
        "\n"
        ">> 質問の受付　令和9年5月28日（金）17時まで（電子メールに限る）\n"
    )
    assert found(text) == [("answer", "2027-06-11", None, "date")]
