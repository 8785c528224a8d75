"""The exchange format: one network as versioned JSON, and its strict reader.

Written with model keys (never labels), UTC timestamps `YYYY-MM-DDTHH:MM:SSZ`, dates
`YYYY-MM-DD`, a fixed key order and lists in the store's own order, so export → import → export
gives the same bytes. The reader checks the whole document before anything is written; every
problem is one line naming the field (`network.lines[2].steps[1].segment: …`).
The JSON Schema in resources/exchange.schema.json describes the same format.

`export` writes a network out, `reader` checks a document, `writer` turns a checked one into
rows; `document` holds what they share (format name, version, size limit, time stamps).
"""

from db.exchange.document import FORMAT, MAX_BYTES, VERSION
from db.exchange.export import dumps, export_data
from db.exchange.reader import parse, read_file
from db.exchange.writer import write

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "VERSION",
    "dumps",
    "export_data",
    "parse",
    "read_file",
    "write",
]
