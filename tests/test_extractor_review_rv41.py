"""Review rv41 of the devices added since b297f114 (rounds ou, ot, ow, ov). An alert service's digest forwarded with
its call (round ou's) counted each issuer's name through every item of the text again: a digest of thousands of
distinct issuers took time growing with the square of its size (10.9 s at 380 KB). Its names are now counted once in the
items' words joined, and a list of more issuers than a digest names is left as it is. The outputs stay as they were."""

from tenders.extractor.normalize import DIGEST_ISSUERS_MAX, other_calls_in_digest_blanked

HEAD = ["件名: FW: 新着案件のお知らせ", "以下、楓台市のページです。楓台市 窓口案内システム"]


def _item(issuer: str) -> list[str]:
    return ["━━━━━━━━━━", f"■ {issuer} 案件", f"　発注機関：{issuer}（総務課）", "　入札締切：2026/06/12"]


def test_a_digests_other_calls_are_blanked():
    lines = HEAD + _item("楓台市") + _item("北浜町") + _item("南浜町")
    blanked = other_calls_in_digest_blanked(lines)
    assert blanked[:6] == lines[:6]  # (the call the text is about)
    assert all(not line.strip() for line in blanked[7:10] + blanked[11:])  # (the others, their rules standing)


def test_a_list_of_more_issuers_than_a_digest_names_is_left_as_it_is():
    issuers = ["楓台市", *(f"町{n:04d}" for n in range(DIGEST_ISSUERS_MAX))]
    lines = HEAD + [line for issuer in issuers for line in _item(issuer)]
    assert other_calls_in_digest_blanked(lines) == lines
    assert other_calls_in_digest_blanked(lines[: -4 * 2]) != lines[: -4 * 2]  # (fewer: a digest, read as one)
