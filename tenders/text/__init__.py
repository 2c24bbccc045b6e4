"""Text on its way in, plain Python: cleaned of characters that break things further on (``cleaning``),
and read out of uploaded documents (``documents``), in a child process with limits (``isolated``).

Separate from the extractor, which reads text: the child that reads an upload imports only this package.
"""
