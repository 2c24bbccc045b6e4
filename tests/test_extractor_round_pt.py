"""Forms of round pt: a changed row whose old value stands in brackets beside it, a two-column schedule table set one
cell a line over uneven lines (its date first), a body sentence that restates a table row's step in its own words, a
chat post that says a day was mistyped, a press release whose subtitle says the change it makes, an added event's
section, a bare deadline restated in a Q&A, 特定 as a facility's name."""

import datetime as dt

from tests.extractor_found import found, steps


def test_a_changed_row_with_its_old_value_in_brackets_is_no_sentence_wrapped_into_the_next_line():
    text = (
        "【第2報】月見台市観光ガイド業務委託に係るプロポーザルのプレゼンテーション審査の延期について\n"
        "延期後のプレゼンテーション審査\n"
        "日時：10月14日（火曜日）午前10時から順次\n"
        "この延期に伴う今後の日程の変更\n"
        "選定結果の通知：10月下旬（当初は10月中旬）\n"
        "契約締結：11月上旬（当初は10月下旬）\n"
        "委託開始日（12月1日（月曜日））は変更ありません。\n"
        "【第1報】令和9年10月1日（金曜日）掲載\n"
        "10月7日（木曜日）に予定していたプレゼンテーション審査を延期します。\n"
    )
    got = found(text)
    assert ("result", "2027-10-01", None, "late_month") in got
    assert ("contract", "2027-11-01", None, "early_month") in got
    assert not [m for m in got if m[1] == "2027-12-01"]  # the work's start, as it was


def test_a_day_a_later_chat_post_says_was_mistyped_no_longer_holds():
    text = (
        "[LINE] 指定管理プロジェクトのトーク履歴\n"
        "保存日時：2027/05/21 20:10\n"
        "\n"
        "2027/05/17(月)\n"
        '12:40\t佐藤 一郎\t"掲示を打ち直しました\n'
        "柳川町告示第12号\n"
        "1 募集要項の配布\n"
        "令和9年5月17日（月）から6月18日（金）まで\n"
        "2 現地説明会\n"
        "令和9年6月2日（水）午後2時から 公民館集合\n"
        "3 質問\n"
        '6月9日（水）午後5時まで"\n'
        "\n"
        "2027/05/18(火)\n"
        "09:05\t田中 花子\t要項だと説明会は6/3(木)になってますね\n"
        "09:10\t佐藤 一郎\t打ち間違いです🙇 説明会は6月3日(木)午後2時が正です\n"
    )
    got = found(text)
    assert ("other", "2027-06-03", "14:00", "datetime") in got
    assert not [m for m in got if m[1] == "2027-06-02"]


def test_a_press_release_whose_subtitle_says_it_extends_a_call_restates_what_it_leaves():
    text = (
        "資料提供\n"
        "令和９年１月18日（月）\n"
        "旧山吹小学校跡地利活用事業の事業者公募について\n"
        "～応募受付期間を延長し、追加の現地見学会を開催します～\n"
        "１　延長後の応募受付期間\n"
        "　　令和８年11月16日（月）から令和９年２月26日（金）午後５時まで\n"
        "　　（当初の期限：令和９年１月29日（金）午後５時）\n"
        "２　追加現地見学会\n"
        "　(1)　日　　時　令和９年２月４日（木）午後１時30分から午後３時まで\n"
        "　(2)　申 込 み　２月１日（月）正午までに、参加申込書を電子メールで提出してください。\n"
        "３　今後のスケジュール（予定）\n"
        "　　第１次審査（書類審査）　　　　　令和９年３月中旬（当初：２月中旬）\n"
        "　　優先交渉権者の決定　　　　　　　令和９年４月中旬（当初：３月上旬）\n"
        "　　事業用定期借地権設定契約の締結　令和９年９月　　（変更なし）\n"
        "応募受付期間の延長に関するＱ＆Ａ\n"
        "Ｑ１　既に応募書類を提出しましたが、差し替えることはできますか。\n"
        "Ａ１　延長後の受付期限（令和９年２月26日午後５時）までであれば、差し替えることができます。\n"
    )
    got = found(text)
    assert ("submission", "2027-02-26", "17:00", "datetime") in got
    assert ("other", "2027-02-04", "13:30", "datetime") in got
    assert ("other", "2027-02-01", "12:00", "datetime") in got
    assert ("result", "2027-04-01", None, "mid_month") in got
    assert not [m for m in got if m[1] == "2027-09-01"]  # (変更なし): restated, no milestone of the change


def test_the_handover_of_a_park_pfi_s_specified_facilities_is_no_result():
    text = (
        "公募設置等指針\n"
        "(1) 公募設置等計画の提出 令和9年7月16日（金）午後5時まで\n"
        "(2) 選定結果の通知 令和9年8月下旬\n"
        "(3) 特定公園施設の引渡しは、令和10年9月29日（金）までに行うこと。\n"
    )
    got = steps(text)
    assert ("submission", dt.date(2027, 7, 16), dt.time(17, 0), "datetime") in got
    assert [s for s in got if s[0] == "result"] == [("result", dt.date(2027, 8, 1), None, "late_month")]
