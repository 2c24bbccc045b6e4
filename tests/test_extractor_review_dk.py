"""Review dk of the line-reshaping passes merged in rounds d–di: ordinary texts they mishandled, and long lines."""

from tenders.extractor.normalize import close_of_business_defined


def test_close_of_business_defined_many_times_on_one_line_is_read_in_one_pass():
    # (a notice run onto one line with its definition repeated on every page: no recursion per definition)
    line = "Close of business means 5 p.m. Japan time. Bids are due by close of business on May 20, 2027. " * 3000
    (read,) = close_of_business_defined(line, [line])
    assert read.count("Close of business means 5 p.m.") == 3000
    assert read.count("due by 17:00 on May 20") == 3000
