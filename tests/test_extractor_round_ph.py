"""English and bilingual notices (round ph): a machine translation's 「Reiwa 9th year」, an English window whose end leaves
out its year, a bilingual timeline whose names came out as a run of lines before its dates, two date-first steps parted
by a slash, a stage's hand-in and its jury's meeting, a selection named with its announcement, an English step's name
wrapped over two lines, a footnote's mark glued to a date's year. Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a machine translation's era year, the ordinal and 「year」 written --------------------------------------------


def test_an_era_year_written_as_an_ordinal_year_opens_its_window():
    text = (
        "5 Schedule\n"
        "(1) Public notice\n"
        "Reiwa 9th year April 12th (Monday)\n"
        "(2) Submission of proposal document\n"
        "Reiwa 9th year May 10th (Monday) to May 21st (Friday)\n"
        "(3) Contract conclusion\n"
        "Early July of Reiwa 9th year (schedule)\n"
    )
    expected = [
        ("published", "2027-04-12", None, "date"),
        ("submission", "2027-05-21", None, "date"),
        ("contract", "2027-07-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_english_window_whose_end_leaves_out_the_year_is_one_window():
    text = (
        "Schedule\n"
        "Deadline for questions\n"
        "May 14, 2027 (Friday) 5:00 pm\n"
        "Submission of proposals\n"
        "June 7, 2027 (Monday) to June 18 (Friday)\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-18", None, "date"),
    ]


# --- a bilingual timeline: each step's name on two lines, then the dates in the same order --------------------------


def test_a_bilingual_step_column_pairs_each_two_lines_with_one_date():
    text = (
        "令和9年度 観光情報発信業務委託\n"
        "\n"
        "スケジュール Schedule\n"
        "公募開始\n"
        "Call opens\n"
        "質問締切\n"
        "Q deadline\n"
        "企画提案書提出\n"
        "Proposal\n"
        "審査結果通知\n"
        "Result\n"
        "契約締結\n"
        "Contract\n"
        "2027.5.10 (Mon)\n"
        "5/19 (Wed)\n"
        "6/4 (Fri)\n"
        "7月上旬 early July\n"
        "7月中旬 mid-July\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-19", None, "date"),
        ("submission", "2027-06-04", None, "date"),
        ("result", "2027-07-01", None, "early_month"),
        ("contract", "2027-07-01", None, "mid_month"),
    ]


# --- two steps written date first on one line, parted by a slash ----------------------------------------------------


def test_two_date_first_steps_parted_by_a_slash_each_take_the_words_after_their_date():
    text = (
        "令和9年度 広報誌編集業務委託\n"
        "■ 企画提案書\n"
        "2027年6月4日(金) 17:00 必着\n"
        "■ 結果通知・契約\n"
        "7月上旬 結果通知（予定）/ 7月中旬 契約締結（予定）\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "17:00", "datetime"),
        ("result", "2027-07-01", None, "early_month"),
        ("contract", "2027-07-01", None, "mid_month"),
    ]


# --- a competition's stages: each stage's hand-in, the first stage's jury meeting -------------------------------------


def test_a_stages_deadline_is_a_submission_and_its_first_jury_meeting_is_held_from_its_first_day():
    text = (
        "設計競技 日程\n"
        "第1次審査 提出期限\n"
        "2027年9月10日(金) 正午\n"
        "第1次審査会（非公開）\n"
        "2027年9月27日(月)～28日(火)\n"
        "第2次審査 提出期限\n"
        "2027年11月12日(金) 正午\n"
        "第2次審査（公開ヒアリング）\n"
        "2027年12月4日(土)\n"
    )
    assert found(text) == [
        ("submission", "2027-09-10", "12:00", "datetime"),
        ("other", "2027-09-27", None, "date"),
        ("submission", "2027-11-12", "12:00", "datetime"),
        ("hearing", "2027-12-04", None, "date"),
    ]


# --- English steps' names: a selection and its announcement, a name wrapped over two lines ---------------------------


def test_a_selection_named_with_its_announcement_and_wrapped_over_two_lines_is_the_result():
    text = (
        "Table 3 Schedule\n"
        "Submission of Proposals\n"
        "September 3, 2027 (Fri.) 4:00 p.m.\n"
        "Selection and Announcement of the Preferred\n"
        "Negotiation Right Holder\n"
        "Late October 2027\n"
    )
    assert found(text) == [
        ("submission", "2027-09-03", "16:00", "datetime"),
        ("result", "2027-10-01", None, "late_month"),
    ]


# --- a footnote's mark glued to a date's year or to a step's name ---------------------------------------------------


def test_a_footnote_mark_glued_to_a_wrapped_year_gives_the_windows_daily_closing_hour():
    text = (
        "Table 1 Schedule\n"
        "Submission of Proposals\n"
        "May 10 (Mon.) to May 14 (Fri.),\n"
        "2027*1\n"
        "Notification of Qualification Results\n"
        "May 28, 2027 (Fri.)\n"
        "*1 Documents are accepted between 9:30 a.m. and 4:30 p.m. each day.\n"
    )
    assert found(text) == [
        ("submission", "2027-05-14", "16:30", "datetime"),
        ("result", "2027-05-28", None, "date"),
    ]


def test_a_council_vote_named_over_a_cut_word_and_a_footnote_mark_stays_after_the_contract():
    text = (
        "Table 2 Schedule\n"
        "Submission of Proposals\n"
        "July 16, 2027 (Fri.) 4:00 p.m.\n"
        "Conclusion of the Provisional Project Agreement\n"
        "October 2027\n"
        "City Council Resolution on the Project Agree-\n"
        "ment*2\n"
        "December 2027\n"
        "*2 The provisional agreement becomes the agreement upon the resolution.\n"
    )
    expected = [
        ("submission", "2027-07-16", "16:00", "datetime"),
        ("contract", "2027-10-01", None, "month"),
        ("other", "2027-12-01", None, "month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected  # (no 「2 December 2027」 read from the mark and the month)
