"""A team's 案件管理表 in and out: notices and milestones written to .xlsx / .csv (``export``), a sheet
read (``reading``), its columns mapped to fields (``mapping``) and its rows turned into proposals
with their problems (``rows``), saved through ``tenders.services.notice_create``."""
