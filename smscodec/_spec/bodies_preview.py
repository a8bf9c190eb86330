"""The bodies of ``POST /sms/1/preview``, described once (see `bodies`), in the order of the
description's examples, with its XML names (``PreviewRequest``, ``PreviewResponse``, and each
preview as a ``<previews>`` inside ``<previews>``).

The request's text follows the rules of any message text; its languageCode is the
description's pattern (TR, ES, PT, AUTODETECT: no NONE), its transliteration the enum every
message has (`bodies_v3.TRANSLITERATIONS`). The response is open, as every response.
"""

from __future__ import annotations

from typing import Any, Final

from .._validate.combinators import array_rule, object_rule
from . import models_preview as m
from . import rules
from .bodies_v3 import LANGUAGE_CODES, TRANSLITERATIONS
from .rules import v3
from .rules.scalars import enum
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["PREVIEW_BODIES", "PREVIEW_LANGUAGE_CODES", "PREVIEW_PARTS", "PREVIEW_REQUEST",
           "PREVIEW_RESPONSE"]

_ENDPOINTS: Final = ("POST /sms/1/preview",)
#: The request's languageCode values (its pattern in the description: no NONE).
PREVIEW_LANGUAGE_CODES: Final = tuple(code for code in LANGUAGE_CODES if code != "NONE")
_OPTIONAL: Final[dict[str, Any]] = {"required": False}
#: A field a tolerant decode may miss (see `bodies`).
_LENIENT: Final[dict[str, Any]] = {"required": False, "strict_required": True}


def _f(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


PREVIEW_REQUEST = Body(
    model=m.PreviewRequest,
    doc="A text to preview, with the language and the transliteration to preview it with.",
    closed=True,
    name="preview-request",
    direction="request",
    endpoints=_ENDPOINTS,
    xml_root="PreviewRequest",
    fields=(
        _f("text", "text", Kind.TEXT, rules.TEXT, "the message text; at most 255 SMS parts"),
        _f("languageCode", "language_code", Kind.ENUM, enum(PREVIEW_LANGUAGE_CODES, closed=True),
           "the language whose national tables to preview with (AUTODETECT: TR, ES or PT's)",
           **_OPTIONAL),
        _f("transliteration", "transliteration", Kind.ENUM, enum(TRANSLITERATIONS, closed=True),
           "the transliteration to preview the text with", **_OPTIONAL),
    ),
)

PREVIEW_LANGUAGE = Body(model=m.PreviewLanguage, doc="The language of a configuration.",
                        closed=False, fields=(
    _f("languageCode", "language_code", Kind.ENUM, enum(LANGUAGE_CODES, closed=False),
       "the language whose national tables were used", **_OPTIONAL),
))
PREVIEW_CONFIGURATION = Body(
    model=m.PreviewConfiguration, doc="What a preview applied to the text.", closed=False,
    fields=(
        _f("language", "language", Kind.OBJECT, object_rule(PREVIEW_LANGUAGE),
           "the language applied", body=PREVIEW_LANGUAGE, **_OPTIONAL),
        _f("transliteration", "transliteration", Kind.ENUM, enum(TRANSLITERATIONS, closed=False),
           "the transliteration applied", **_OPTIONAL),
    ),
)
PREVIEW = Body(model=m.Preview, doc="The text in one configuration, and what it costs.",
               closed=False, fields=(
    _f("textPreview", "text_preview", Kind.TEXT, rules.STRING,
       "the text as it would be sent", **_LENIENT),
    _f("messageCount", "message_count", Kind.INTEGER, v3.INT32,
       "the SMS parts it needs", **_LENIENT),
    _f("charactersRemaining", "characters_remaining", Kind.INTEGER, v3.INT32,
       "the characters left in the last part", **_LENIENT),
    _f("configuration", "configuration", Kind.OBJECT, object_rule(PREVIEW_CONFIGURATION),
       "what was applied: nothing ({}), a language, a transliteration",
       body=PREVIEW_CONFIGURATION, **_OPTIONAL),
))
PREVIEW_RESPONSE = Body(
    model=m.PreviewResponse,
    doc="The text as sent and as previewed in each configuration.",
    closed=False,
    name="preview-response",
    direction="response",
    endpoints=_ENDPOINTS,
    xml_root="PreviewResponse",
    fields=(
        _f("originalText", "original_text", Kind.TEXT, rules.STRING,
           "the text of the request", **_LENIENT),
        _f("previews", "previews", Kind.ARRAY,
           array_rule(object_rule(PREVIEW), limit="max_messages", empty=None, what="previews"),
           "one preview per configuration, the text as it is first", body=PREVIEW,
           item="previews", **_LENIENT),
    ),
)

#: The top-level bodies, in the order the command line lists them.
PREVIEW_BODIES: Final = (PREVIEW_REQUEST, PREVIEW_RESPONSE)
#: Every part that is not a top-level body, for `bodies.BODY_OF`.
PREVIEW_PARTS: Final = (PREVIEW_LANGUAGE, PREVIEW_CONFIGURATION, PREVIEW)
