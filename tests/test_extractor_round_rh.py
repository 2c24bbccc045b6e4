"""A recorded briefing's caption file (WebVTT or SRT, no voice tags) read as running text, a sentence and a date a cue
cut joined again; a step's name said alone as the topic of the sentences after it (「まず、質問の受付期限です。」)."""

import datetime as dt

from tests.extractor_found import steps

# a briefing's captions: each cue its number, its timing and a piece of what staff read out; the year of a date on one
# cue, its month and day on the next
CAPTIONS = (
    "WEBVTT\n"
    "\n"
    "1\n"
    "00:00:02.100 --> 00:00:06.300\n"
    "ただいまから、北浜町観光案内業務の説明会を始めます。\n"
    "\n"
    "2\n"
    "00:00:06.500 --> 00:00:09.800\n"
    "日程を順に申し上げます。\n"
    "\n"
    "3\n"
    "00:00:10.000 --> 00:00:12.400\n"
    "まず、質問の受付期限です。\n"
    "\n"
    "4\n"
    "00:00:12.600 --> 00:00:14.000\n"
    "令和9年\n"
    "\n"
    "5\n"
    "00:00:14.200 --> 00:00:18.900\n"
    "5月11日火曜日の午後5時までといたします。\n"
    "\n"
    "6\n"
    "00:00:19.100 --> 00:00:22.000\n"
    "次に、企画提案書の提出期限です。\n"
    "\n"
    "7\n"
    "00:00:22.300 --> 00:00:25.100\n"
    "令和9年5月28日金曜日の\n"
    "\n"
    "8\n"
    "00:00:25.300 --> 00:00:27.700\n"
    "正午までといたします。\n"
)


def test_a_caption_files_cues_are_one_running_text():
    expected = [
        ("question", dt.date(2027, 5, 11), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
    ]  # (the cues' numbers and timings are no dates or times)
    assert steps(CAPTIONS) == expected
    assert steps(CAPTIONS.replace("\n", " ")) == expected


def test_an_srt_caption_file_is_read_as_a_webvtt_one():
    srt = CAPTIONS.removeprefix("WEBVTT\n\n").replace(".", ",")  # (no head; its timings 「00:00:02,100 --> …」)
    assert steps(srt) == [
        ("question", dt.date(2027, 5, 11), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
    ]


def test_a_steps_name_said_alone_heads_the_sentence_after_it():
    text = (
        "南浦市 公募型プロポーザル 説明会の記録\n"
        "\n"
        "次に、参加申込書の提出期限です。\n"
        "令和9年6月4日金曜日の午後5時までにお送りください。\n"
    )
    assert steps(text) == [("application", dt.date(2027, 6, 4), dt.time(17, 0), "datetime")]
