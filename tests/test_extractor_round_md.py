"""Devices the one-line reading (a notice's line breaks run together) was taught in round md."""

from tests.extractor_found import found, one_line

# a leaflet of a town's call whose schedule opens each step with a pictograph (no 「・」 nor number): run onto one line,
# each pictograph opens the step's line again, so a step's date is not read as the step before it's
EMOJI_SCHEDULE = (
    "【募集のお知らせ】湖畔町観光案内所の運営事業者を募集します\n"
    "\n"
    "湖畔町では、町の玄関口である観光案内所を一緒に盛り上げてくださる事業者を募集しています。"
    "地域の魅力を発信し、訪れる方々をあたたかく迎えるアイデアをお待ちしています。"
    "応募の前に、町ホームページに掲載する募集要項と仕様書を必ずお読みください。"
    "ご不明な点は産業振興課までお気軽にお問い合わせください。\n"
    "※応募は町内に事業所を有する法人又は団体に限ります。\n"
    "\n"
    "■スケジュール（令和9年）\n"
    "📢 募集開始 ………… 5/10(月)\n"
    "❓ 質問の受付 ……… 〜5/21(金) 17:00\n"
    "💬 質問への回答 …… 5/27(木)ごろ 町HPで公開\n"
    "📮 応募書類の提出 … 6/1(火)〜6/4(金) 17:00〆切（持参のみ）\n"
    "🎤 プレゼン審査 …… 6月中旬\n"
    "✅ 結果のお知らせ … 6月下旬\n"
    "\n"
    "問合せ：湖畔町 産業振興課 観光係 ☎000-0000-0000 ✉kankou@example.jp\n"
)

EMOJI_STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-21", "17:00", "datetime"),
    ("answer", "2027-05-27", None, "date"),
    ("submission", "2027-06-04", "17:00", "datetime"),
    ("hearing", "2027-06-01", None, "mid_month"),
    ("result", "2027-06-01", None, "late_month"),
]


def test_pictographs_that_open_the_steps_of_a_schedule_open_their_lines_in_one_line():
    assert len(one_line(EMOJI_SCHEDULE)) > 400  # (a line that long is put back into lines)
    assert found(EMOJI_SCHEDULE) == EMOJI_STEPS
    assert found(one_line(EMOJI_SCHEDULE)) == EMOJI_STEPS


# a post that opens a call on the day it writes beside 本日 (no signature's day: the day is in the sentence)
TODAY_DATED = (
    "潮見町役場 @shiomi_town\n"
    "2026年10月5日\n"
    "【お知らせ】潮見町観光パンフレット制作業務の公募型プロポーザルを本日10/5(月)から実施します。\n"
    "・参加申込書 10/16(金)17時まで\n"
)


def test_a_call_opened_today_on_the_day_written_beside_it_is_its_publication():
    steps = [("published", "2026-10-05", None, "date"), ("application", "2026-10-16", "17:00", "datetime")]
    assert found(TODAY_DATED) == steps
    assert found(one_line(TODAY_DATED)) == steps
