from tenders.models.milestones import Milestone, MilestoneChange
from tenders.models.notices import Notice, NoticeDocument
from tenders.models.staff import Membership, Profile, Team, staff_name

__all__ = ["Membership", "Milestone", "MilestoneChange", "Notice", "NoticeDocument", "Profile", "Team", "staff_name"]
