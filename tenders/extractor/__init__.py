"""Read a Japanese procurement notice and propose its title, issuer and milestones.

Plain Python: text in, ``tenders.proposal.NoticeProposal`` out, no Django. See ``extract``.
"""

from tenders.extractor.extract import Extraction, extract

__all__ = ["Extraction", "extract"]
