"""A meeting's transcript saved as WebVTT read as a chat (its sentences cut across cues joined), a chat member's
"let's" as the team's own plan, a calendar export pasted under a note, and a note for reference on another fiscal
year's round."""

import datetime as dt

from tests.extractor_found import steps

# a Teams transcript (.vtt) pasted under a line of the team's: each cue its id, its timing and the speaker's words;
# a date cut across two cues of the same speaker
TRANSCRIPT = (
    "案件会議の文字起こしを貼ります。\n"
    "\n"
    "WEBVTT\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/10-0\n"
    "00:00:03.120 --> 00:00:08.400\n"
    "<v 岡本 真司>では、港北区の清掃業務の件、要領を読み上げます。</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/13-0\n"
    "00:00:09.010 --> 00:00:12.330\n"
    "<v 岡本 真司>公告日は、令和11年3月2日の金曜日です。</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/16-0\n"
    "00:00:13.500 --> 00:00:15.020\n"
    "<v 岡本 真司>入札参加申請の締切が3月</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/19-0\n"
    "00:00:15.600 --> 00:00:19.880\n"
    "<v 岡本 真司>14日の水曜日、午後4時までです。</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/22-0\n"
    "00:00:21.100 --> 00:00:24.500\n"
    "<v 川口 由美>了解です。</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/25-0\n"
    "00:00:25.700 --> 00:00:31.900\n"
    "<v 岡本 真司>開札は3月28日の水曜日、午前10時です。</v>\n"
    "\n"
    "a1b2c3d4-0000-4000-8000-000000000001/28-0\n"
    "00:00:33.000 --> 00:00:38.250\n"
    "<v 川口 由美>申請書は私が3月12日に郵送します。</v>\n"
)


def test_a_vtt_transcript_is_read_as_a_chat_its_cut_sentence_joined():
    expected = [
        ("published", dt.date(2029, 3, 2), None, "date"),
        ("application", dt.date(2029, 3, 14), dt.time(16, 0), "datetime"),
        ("other", dt.date(2029, 3, 28), dt.time(10, 0), "datetime"),
    ]  # (the cues' timings are no times of day; the day the team posts its papers is its own)
    assert steps(TRANSCRIPT) == expected
    assert steps(TRANSCRIPT.replace("\n", " ")) == expected


# a team's chat log: a member's "let's" (しよう, しましょう) puts the team's own meeting and its own day to send its
# questions, the issuer's steps around them kept
LETS_CHAT = (
    "2027/04/05(月)\n"
    "10:02\t木村 亮\t港南市の案内業務の入札公告です。質問は令和9年4月16日(金)午後5時まで、入札書は令和9年4月23日(金)正午までです\n"
    "10:05\t石田 恵\t承知しました\n"
    "10:20\t木村 亮\t4/9(金)の午後3時から会議室で打合せしよう\n"
    "10:31\t石田 恵\t質問は4/14(水)中にまとめて一度に出しましょう\n"
    "10:40\t木村 亮\tよろしく\n"
)


def test_a_chat_members_lets_is_the_teams_own_plan():
    expected = [
        ("question", dt.date(2027, 4, 16), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 4, 23), dt.time(12, 0), "datetime"),
    ]
    assert steps(LETS_CHAT) == expected


# a calendar exported as ICS, pasted under the team member's note: each event a row, its summary's kind
NOTED_ICS = (
    "カレンダーの予定を書き出したものです。\n"
    "\n"
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Example//Calendar//JA\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20280612\n"
    "DTEND;VALUE=DATE:20280613\n"
    "DTSTAMP:20280601T010000Z\n"
    "SUMMARY:参加資格審査結果の通知\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART:20280620T030000Z\n"
    "DTSTAMP:20280601T010000Z\n"
    "SUMMARY:企画提案書の提出期限\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20280705\n"
    "DTEND;VALUE=DATE:20280706\n"
    "DTSTAMP:20280601T010000Z\n"
    "SUMMARY:ヒアリング審査\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_an_ics_export_under_a_note_is_read_by_its_events():
    assert steps(NOTED_ICS) == [
        ("result", dt.date(2028, 6, 12), None, "date"),
        ("submission", dt.date(2028, 6, 20), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2028, 7, 5), None, "date"),
    ]  # (the stamps are the calendar's; the UTC time read in Japan's)
