"""A call as a system's API hands it over (round qz): keys in camelCase, a step's date in the words a portal shows,
records written one on a line, a month with its part in the remark, files and other calls listed beside the call."""

from tests.extractor_found import found

CAMEL = """{
  "apiVersion": "1.4",
  "updatedAt": "2028-05-02T10:11:12+09:00",
  "data": {
    "title": "観光案内サイト改修業務",
    "announcementDate": "2028-04-20",
    "contractPeriod": {"from": null, "fromText": "契約締結日", "to": "2029-03-31"},
    "steps": [
      {
        "name": "質問書の受付",
        "startDate": "2028-04-20",
        "endDate": "2028-04-28",
        "displayText": "2028年4月20日(木)～4月28日(金)午後5時"
      },
      {
        "name": "企画提案書の提出",
        "startDate": null,
        "endDate": "2028-05-19",
        "displayText": "2028年5月19日(金)正午まで"
      },
      {
        "name": "契約締結",
        "startDate": null,
        "endDate": null,
        "displayText": "2028年6月下旬(予定)"
      }
    ],
    "files": [
      {"name": "審査結果様式.pdf", "size": 10240, "postedAt": "2028-04-21T09:00:00+09:00"}
    ]
  }
}
"""


def test_camel_case_keys_and_the_text_a_portal_shows():
    milestones = found(CAMEL)
    assert ("question", "2028-04-28", "17:00", "datetime") in milestones
    assert ("submission", "2028-05-19", "12:00", "datetime") in milestones
    assert ("contract", "2028-06-01", None, "late_month") in milestones
    assert not any(day in ("2028-04-21", "2029-03-31", "2028-05-02") for _, day, _, _ in milestones)


def test_camel_case_keys_run_onto_one_line():
    milestones = found(CAMEL.replace("\n", " "))
    assert ("question", "2028-04-28", "17:00", "datetime") in milestones
    assert ("contract", "2028-06-01", None, "late_month") in milestones


ONE_LINE_RECORDS = """{
  "procurement": {
    "title": "気象観測装置保守業務",
    "schedule": [
      {"seq": 1, "event": "質問書の提出期限", "date": null, "deadline": "2030-05-10T17:00:00+09:00", "note": null},
      {"seq": 2, "event": "提案書の提出期限", "date": null, "deadline": "2030-05-24T12:00:00+09:00", "note": "持参に限る"},
      {"seq": 3, "event": "契約締結", "date": "2030-07", "deadline": null, "note": "中旬（予定）"}
    ],
    "related": [
      {
        "title": "気象観測装置保守業務（前年度）",
        "published_date": "2029-04-10",
        "bid_opening": "2029-05-30T10:30:00+09:00"
      }
    ]
  }
}
"""


def test_records_one_on_a_line_and_a_month_with_its_part_in_the_remark():
    milestones = found(ONE_LINE_RECORDS)
    assert ("question", "2030-05-10", "17:00", "datetime") in milestones
    assert ("submission", "2030-05-24", "12:00", "datetime") in milestones
    assert ("contract", "2030-07-01", None, "mid_month") in milestones


def test_other_calls_listed_beside_the_record_are_no_steps():
    for text in (ONE_LINE_RECORDS, ONE_LINE_RECORDS.replace("\n", " ")):
        assert not any(day.startswith("2029") for _, day, _, _ in found(text))
