"""A name that asks a question in Japanese running text (a chat post, a thread's reply) names no step: the date under it
or in it is a post's time or a day asked for (each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_reply_asking_a_question_names_no_step_for_the_time_stamp_under_it():
    text = (
        "企画提案書の提出期限 令和9年10月8日(金)正午\n"
        "\n"
        "    返信\n"
        "    地域づくりの会 @chiiki_no_kai\n"
        "    一般の市民も説明会を見学できますか?\n"
        "    午後3:20 · 2027年9月14日\n"
    )
    assert found(text) == [("submission", "2027-10-08", "12:00", "datetime")]


def test_a_day_asked_for_in_a_chat_question_is_no_step():
    text = (
        "企画提案書の提出期限 令和9年10月8日(金)正午\n"
        "\n"
        "山本 さくら  14:05\n"
        "高橋さん、9/21(火)の午前で資料閲覧の予約お願いできますか?\n"
    )
    assert found(text) == [("submission", "2027-10-08", "12:00", "datetime")]
