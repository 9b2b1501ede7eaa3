"""Your data is yours: exports, imports and the reports people keep.

- ``export_json`` / ``import_json``: every table, re-importable to an identical store;
- ``export_csv`` / ``csv_import``: applications, in columns spreadsheets and other
  trackers understand, and back in from theirs (headers matched fuzzily);
- ``report``: a Markdown journal of a chosen period;
- ``progress``: how long runs report how far they are, in a terminal or the app.

Only the standard library is needed to read the store here (exports and the JSON
import never load the ORM); the CSV import writes through SQLModel in one
transaction, like every other action.
"""
