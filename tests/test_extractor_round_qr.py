"""Spoken and recorded schedules read closer (round qr): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a video page's transcript: its playback positions are no clock times ----------------------------------------

CAPTIONS = (
    "〇〇業務委託 公募型プロポーザル 説明動画\n"
    "チャプター\n"
    "0:00 はじめに\n"
    "1:05 参加資格\n"
    "2:40 スケジュール\n"
    "5:10 提出書類\n"
    "7:30 審査\n"
    "9:02 お問い合わせ\n"
    "文字起こし\n"
    "0:00\n"
    "こんにちは町の企画課です\n"
    "0:05\n"
    "本日は業務の概要をご説明します\n"
    "2:40\n"
    "続いてスケジュールです\n"
    "2:44\n"
    "質問は5月12日\n"
    "2:48\n"
    "火曜日の午後5時までに電子メールでお送りください\n"
    "2:55\n"
    "回答は5月19日火曜日\n"
    "3:01\n"
    "までに町のホームページに掲載します\n"
    "3:06\n"
    "企画提案書の提出期限は6月2日\n"
    "3:11\n"
    "火曜日の正午必着です\n"
    "3:17\n"
    "以上です\n"
)


def test_a_transcripts_positions_are_no_hours_of_the_days_said_before_them():
    steps = [
        ("question", "2026-05-12", "17:00", "datetime"),
        ("answer", "2026-05-19", None, "date"),
        ("submission", "2026-06-02", "12:00", "datetime"),
    ]
    assert found("令和8年度\n" + CAPTIONS) == steps
    assert found(one_line("令和8年度\n" + CAPTIONS)) == steps


def test_a_days_clock_times_in_a_row_are_no_transcript():
    text = (
        "説明会の次第\n"
        "説明会 令和8年5月20日(水)\n"
        "13:30 開会\n"
        "13:35 業務の概要\n"
        "14:00 質疑応答\n"
        "14:20 閉会\n"
        "14:30 現地見学\n"
        "15:00 解散\n"
        "企画提案書の提出期限 令和8年6月2日(火)17:00\n"
    )
    assert ("submission", "2026-06-02", "17:00", "datetime") in found(text)


# --- a speaker putting a day right at once, the caption cut at the slip ----------------------------------------


def test_a_slip_and_its_hour_put_right_on_the_next_caption_is_no_step():
    text = (
        "〇〇業務 公募型プロポーザルの概要(録画)\n"
        "参加申込書の提出期限ですが、令和8年6月13日の午後5時……\n"
        "失礼いたしました。6月12日金曜日の午後5時、必着です。\n"
    )
    assert found(text) == [("application", "2026-06-12", "17:00", "datetime")]
    assert found(one_line(text)) == [("application", "2026-06-12", "17:00", "datetime")]


# --- 「…からの開催です」: the subject's own holding, no modifier of other words ---------------------------------


def test_a_briefing_said_to_be_held_from_an_hour_is_a_step():
    text = (
        "〇〇業務 公募型プロポーザル\n"
        "本日の説明会は、令和8年5月27日水曜日、午後2時からの開催となっております。\n"
        "質問は、令和8年6月3日水曜日の午後5時までに電子メールでお送りください。\n"
    )
    assert found(text) == [
        ("other", "2026-05-27", "14:00", "datetime"),
        ("question", "2026-06-03", "17:00", "datetime"),
    ]


def test_a_day_from_which_the_works_start_is_still_no_step():
    text = (
        "〇〇業務 公募型プロポーザル\n"
        "令和9年4月1日からの業務に備え、引継ぎを行います。\n"
        "質問は、令和8年6月3日(水)午後5時までに電子メールでお送りください。\n"
    )
    assert found(text) == [("question", "2026-06-03", "17:00", "datetime")]


# --- a memo's own correction: 「× 開札 … 10:00」 over 「○ 開札 … 10:30」 ----------------------------------------

MEMO = (
    "電話連絡票\n"
    "件名：〇〇橋梁点検業務委託 入札日程の延期について\n"
    " ・入札書の郵送提出  10/12(火)必着 → 10/26(火)必着 に変更。\n"
    " ・開札            10/13(水)10:00 → 10/27(水)10:00 に変更。\n"
    "【追記】FAXを受信し確認した。電話での聞き取りと1点相違あり。\n"
    "   × 開札 10/27(水) 10:00  (聞き違い)\n"
    "   ○ 開札 10/27(水) 10:30  (FAX記載。こちらが正)\n"
    "令和9年10月5日\n"
)


def test_the_time_a_memo_crosses_out_gives_way_to_the_circled_one_also_on_the_moves_line():
    opening = [f for f in found(MEMO) if f[0] == "other"]
    assert opening == [("other", "2027-10-27", "10:30", "datetime")]


def test_the_cross_may_end_a_line_run_on_from_the_memos_lines_above():
    text = MEMO.replace("相違あり。\n   × 開札", "相違あり。    × 開札")
    opening = [f for f in found(text) if f[0] == "other"]
    assert opening == [("other", "2027-10-27", "10:30", "datetime")]


def test_a_cross_over_a_bullet_of_another_step_corrects_nothing():
    text = (
        "入札日程\n"
        "   × 開札 10/27(水) 10:00  (聞き違い)\n"
        "   ○ 入札書の提出 10/26(火) 17:00\n"
        " ・開札 10/27(水)10:00\n"
        "令和9年10月5日\n"
    )
    assert ("submission", "2027-10-26", "17:00", "datetime") in found(text)


def test_a_clock_time_long_after_a_short_videos_last_position_is_still_a_time():
    text = "令和8年度\n" + CAPTIONS + "ヒアリング 令和8年6月9日(火) 13:30 から\n"
    assert ("hearing", "2026-06-09", "13:30", "datetime") in found(one_line(text))


# --- a news page's ranking box, headed with the day it was counted --------------------------------------------


def test_a_ranking_headed_with_its_tally_day_lists_other_articles():
    text = (
        "〇〇市／浄水場設備更新の開札、3月3日に延期\n"
        "質問の受付期限 2月12日(金)午後5時、開札 3月3日(水)午前10時。\n"
        "令和9年1月20日付けで公告した工事の日程を変更する。\n"
        "\n"
        "■北部版 アクセスランキング(2月3日集計)\n"
        "・〇〇町／新庁舎建設、基本設計をプロポで 参加表明は2月26日まで\n"
        "・〇〇市／浄水場設備更新の開札、3月3日に延期\n"
    )
    for shape in (text, one_line(text)):
        assert [f for f in found(shape) if f[1] == "2027-02-26"] == []
