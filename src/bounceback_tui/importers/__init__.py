"""Reading job postings from the web: one page, or a company's whole job board.

Nothing in this package fetches anything on import, and only ``http``, ``fetch``
and the three job-board clients import httpx. The rest (the posting model, the
HTML and JSON-LD readers, recognising board links) is plain standard library, so
the UI and the services can use it without paying for httpx:

- ``posting``   the Posting model and the normalising of dates, pay and job types
- ``providers`` recognising Greenhouse, Lever and Ashby links (``board_from_url``)
- ``page``      a posting from a page: JSON-LD ``JobPosting`` first, then OpenGraph and the title
- ``html_text`` HTML to readable plain text
- ``dedupe``    "is this opening one we already know?"
- ``http``      the careful httpx client (schemes, timeout, redirects, size, no cookies)
- ``fetch``     the entry points: ``fetch_url`` and ``fetch_board``
"""
