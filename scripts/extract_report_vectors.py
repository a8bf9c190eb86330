"""Writes the description's examples of the report, log, inbound and tracking bodies into
tests/vectors/reports/, each as its own file, with a README table saying where each is from.

    python scripts/extract_report_vectors.py ../shared/spec/infobip-sms-openapi.json

JSON examples are the parsed value written with two-space indentation; XML examples are the
example string exactly. A file's name is ``KIND--OPERATION--EXAMPLE.(json|xml)``, KIND being
the `smscodec kinds` name it decodes as.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "tests" / "vectors" / "reports"

#: (where: "paths" or "webhooks", the path or webhook name, its method, the body's kind)
OPERATIONS = (
    ("paths", "/sms/1/reports", "get", "delivery-reports"),
    ("webhooks", "receive-outbound-sms-message-reports", "post", "delivery-reports"),
    ("paths", "/sms/3/reports", "get", "v3-delivery-reports"),
    ("webhooks", "receive-outbound-sms-message-reports-v3", "post", "v3-delivery-reports"),
    ("paths", "/sms/1/logs", "get", "message-logs"),
    ("paths", "/sms/3/logs", "get", "v3-message-logs"),
    ("paths", "/sms/1/inbox/reports", "get", "inbound-messages"),
    ("webhooks", "receive-inbound-sms-messages", "post", "inbound-messages"),
    ("webhooks", "receive-sms-tracking-notification", "post", "tracking-notification"),
)
#: The kind of an error answer the operation writes inline (the shared 401/403/429/500
#: answers are vectors of tests/vectors/interop already).
ERROR_KIND = "request-error"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _places(op: dict[str, Any], kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, where in the operation, media types) of each body with examples."""
    out = []
    if "requestBody" in op:
        out.append((kind, "requestBody", op["requestBody"]["content"]))
    for code, answer in op.get("responses", {}).items():
        if "content" in answer:
            out.append((kind if code == "200" else ERROR_KIND, f"responses['{code}']",
                        answer["content"]))
    return out


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for section, name, method, kind in OPERATIONS:
        op = spec[section][name][method]
        for body_kind, where, content in _places(op, kind):
            for media, media_content in content.items():
                suffix = "xml" if media.endswith("xml") else "json"
                for example, value in media_content.get("examples", {}).items():
                    file = f"{body_kind}--{_slug(method + ' ' + name)}--{_slug(example)}.{suffix}"
                    data = value["value"]
                    text = data if isinstance(data, str) else json.dumps(data, indent=2) + "\n"
                    (OUT / file).write_text(text)
                    rows.append(f"| `{file}` | `{section}['{name}'].{method}.{where}"
                                f".content['{media}'].examples['{example}'].value` |")
    table = "| file | where in the description |\n| --- | --- |\n" + "\n".join(rows) + "\n"
    (OUT / "README.md").write_text(_HEAD + table + _NOTES)


_HEAD = """# Report, log, inbound and tracking vectors

Each file is an example of `../shared/spec/infobip-sms-openapi.json` (version 3.210.0),
written by `scripts/extract_report_vectors.py` (JSON examples are the parsed value written
with two-space indentation; XML examples are the example string as it is). The name's first
part is the kind it decodes as (`smscodec kinds`). `tests/test_reports.py` decodes each,
re-encodes it canonically in both formats and decodes that back equal; every timestamp is
written back byte for byte.

"""
_NOTES = """
Every example decodes as given, tolerantly and with `strict=True`. The description's own
schema and its examples disagree in two places, and smscodec reads both: the v1 examples
write the error group `"Ok"` where the v3 ones (and the v3 schema's enum) write `"OK"`; the
schema says `format: date-time` where every example writes `+0000` (no colon), which is no
RFC 3339 date-time.
"""

if __name__ == "__main__":
    main(sys.argv[1])
