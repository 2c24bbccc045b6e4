from tenders.models.milestones import Milestone, MilestoneChange
from tenders.models.notices import Notice, NoticeDocument
from tenders.models.staff import Membership, Profile, Team

__all__ = ["Membership", "Milestone", "MilestoneChange", "Notice", "NoticeDocument", "Profile", "Team"]
