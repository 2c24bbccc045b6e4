"""Review rv29 of stop 43's rounds ku–lf: an English form's key 「Sample:」 read as a sample entry only where it opens its
bracket or line (「Submission of Sample: 15 June 2027」 is a step); a sentence run into a table's cell opened right after
the row's date or a sentence's end, not at a name inside the cell's words (「… at the Main Office and 11 June 2027」);
a chat's post header under a rule whose 「speaker」 is an English step key (「Bid Deadline 2027/06/10 17:00」) is a row;
the down arrow's new value's opening read once."""

from tenders.extractor.normalize import down_arrows_joined
from tests.extractor_found import found, one_line

SAMPLE = "Invitation for Bids: Supply of School Uniforms\n" "Submission of Sample: 15 June 2027\n" "Bid Opening: 30 June 2027\n"


def test_a_sample_handed_in_is_a_step_its_key_after_words():
    assert [day for _, day, *_ in found(SAMPLE)] == ["2027-06-15", "2027-06-30"]


FORM_SAMPLE = (
    "Call for Proposals: Archive Digitisation\n"
    "Deadline for proposals: 30 June 2027\n"
    "Form 2 (cover letter)\n"
    "Date sent: (Example: 14 April 2028)\n"
    "Sample: 20 April 2028\n"
)


def test_a_forms_sample_key_opening_its_bracket_or_line_is_still_no_step():
    assert [day for _, day, *_ in found(FORM_SAMPLE)] == ["2027-06-30"]


VISIT = (
    "Request for Proposals: Harbour Survey\n"
    "| Step | Date |\n"
    "|---|---|\n"
    "| Site visit | 10 June 2027 at the Main Office and 11 June 2027 at the Branch |\n"
    "| Deadline for proposals | 30 June 2027 |\n"
)


def test_a_name_inside_a_cells_words_opens_no_sentence():
    assert [day for _, day, *_ in found(VISIT)] == ["2027-06-10", "2027-06-11", "2027-06-30"]


VALID = (
    "Request for Proposals\n"
    "| Step | Date |\n"
    "|---|---|\n"
    "| Deadline | 30 June 2027 |\n"
    "| Contract signing | early July 2027 Proposals shall remain valid until 30 September 2027. |\n"
)


def test_a_sentence_opened_right_after_a_cells_date_still_names_its_own_day():
    assert "2027-09-30" not in [day for _, day, *_ in found(VALID)]


RULED = (
    "Invitation to Tender: Office Supplies\n"
    "----------------------------------------\n"
    "Bid Deadline 2027/06/10 17:00\n"
    "Bid Opening 2027/06/11 10:00\n"
)


def test_an_english_step_key_under_a_rule_is_no_chat_speaker():
    assert [(day, time) for _, day, time, _ in found(RULED)] == [("2027-06-10", "17:00"), ("2027-06-11", "10:00")]
    assert [day for _, day, *_ in found(one_line(RULED))] == ["2027-06-10", "2027-06-11"]


CHAT = "案件メモ\n" "────────────────\n" "Sato Hanako 2027/06/01 10:20\n" "参加申込書の提出期限は2027年6月10日17時です。\n"


def test_a_romanised_name_under_a_rule_is_still_a_speaker():
    assert [day for _, day, *_ in found(CHAT)] == ["2027-06-10"]


def test_a_down_arrows_new_value_read_after_its_opening():
    lines = [
        "提出期限 6月15日(月)午後5時",
        "↓",
        "（変更後）6月19日(金)午後5時",
        "9/1(水)　公募開始",
        "↓",
        "9/8(水)　質問締切　17:00",
    ]
    joined = down_arrows_joined(lines)
    assert joined[:3] == ["提出期限 6月15日(月)午後5時 → （変更後）6月19日(金)午後5時", "", ""]
    assert joined[3:] == lines[3:]
