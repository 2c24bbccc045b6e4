from tenders.models.heartbeat import Heartbeat
from tenders.models.milestones import Milestone, MilestoneChange
from tenders.models.notices import Notice, NoticeChange, NoticeDocument, NoticeStatusChange
from tenders.models.staff import Membership, Profile, Team, staff_name
from tenders.models.validity import TeamValidity, renew_validity, validity_of

__all__ = [
    "Heartbeat",
    "Membership",
    "Milestone",
    "MilestoneChange",
    "Notice",
    "NoticeChange",
    "NoticeDocument",
    "NoticeStatusChange",
    "Profile",
    "Team",
    "TeamValidity",
    "renew_validity",
    "staff_name",
    "validity_of",
]
