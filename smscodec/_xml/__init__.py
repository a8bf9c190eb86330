"""The XML codec: hardened parsing, the careful reader into the neutral tree, issue lines,
canonical writing (see `codec`), and the leaf readers the generated XML readers share (`values`).

Nothing here is imported by ``import smscodec``: the package loads it, and lxml, on the first XML
call."""
