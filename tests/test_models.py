"""Models: frozen, slotted, equal by value, hashable, picklable, and valid once they exist."""

from __future__ import annotations

import dataclasses
import os
import pickle
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import smscodec as sc

MESSAGE = sc.TextMessage(sender="WineShop", to=("41793026727",), text="Hi")
CONTENT = sc.BinaryContent(hex=b"\x00A", data_coding=8)


def test_equal_hashable_picklable_frozen() -> None:
    same = sc.TextMessage(to=("41793026727",), text="Hi", sender="WineShop")
    assert same == MESSAGE and hash(same) == hash(MESSAGE)
    request = sc.TextMultiRequest(messages=(MESSAGE, same))
    assert pickle.loads(pickle.dumps(request)) == request
    with pytest.raises(dataclasses.FrozenInstanceError):
        MESSAGE.text = "x"  # type: ignore[misc]
    assert not hasattr(MESSAGE, "__dict__")


def test_keyword_only() -> None:
    with pytest.raises(TypeError):
        sc.TextMessage(("41793026727",), "Hi")  # type: ignore[call-arg]


def test_lists_become_tuples() -> None:
    message = sc.TextMessage(to=["41793026727"], text="Hi")  # type: ignore[arg-type]
    assert message.to == ("41793026727",)
    request = sc.TextMultiRequest(messages=[message])  # type: ignore[arg-type]
    assert request.messages == (message,)
    assert sc.BinaryContent(hex=bytearray(b"A")).hex == b"A"  # type: ignore[arg-type]


def test_defaults() -> None:
    assert CONTENT.esm_class == 0
    assert sc.BinaryContent(hex=b"A").data_coding == 0
    assert MESSAGE.sender == "WineShop"
    assert sc.SmsResponse(messages=()).bulk_id is None


# The constructors are called with wrong types on purpose, which mypy would refuse: the rows
# are typed Any through _wrong so the checks happen at run time.
def _wrong(make: Any) -> Any:
    return make


CONSTRUCTION_FAULTS: list[tuple[str, Any, str, str]] = [
    ("bad destination", lambda: sc.TextMessage(to=("++41793026727",), text="x"),
     "/to/0", "destination.format"),
    ("empty text", lambda: sc.TextSingleRequest(to=("41793026727",), text=""), "/text",
     "text.empty"),
    ("hex as str", lambda: _wrong(sc.BinaryContent)(hex="41"), "/hex", "type.python"),
    ("coding out of range", lambda: sc.BinaryContent(hex=b"A", data_coding=300),
     "/dataCoding", "integer.range"),
    ("coding bool", lambda: sc.BinaryContent(hex=b"A", data_coding=True), "/dataCoding",
     "type.integer"),
    ("septet payload", lambda: sc.BinaryContent(hex=b"\x80"), "/hex", "binary.septet_range"),
    ("message of wrong type", lambda: _wrong(sc.TextMultiRequest)(messages=(CONTENT,)),
     "/messages/0", "type.python"),
    ("no messages", lambda: sc.BinaryMultiRequest(messages=()), "/messages", "messages.empty"),
    ("to as int", lambda: _wrong(sc.TextMessage)(to=41793026727, text="x"), "/to",
     "type.python"),
    ("sender bad", lambda: sc.BinaryMessage(to=("41793026727",), binary=CONTENT, sender="a_b"),
     "/from", "sender.character"),
    ("status id str", lambda: _wrong(sc.Status)(group_id="1", group_name="P", id=1, name="n",
                                                description="d"), "/groupId", "type.integer"),
]


@pytest.mark.parametrize(("make", "path", "code"),
                         [pytest.param(*row[1:], id=row[0]) for row in CONSTRUCTION_FAULTS])
def test_construction_validates(make: Any, path: str, code: str) -> None:
    with pytest.raises(sc.ValidationError) as info:
        make()
    assert [(i.path, i.code) for i in info.value] == [(path, code)]


def test_errors_pickle_and_iterate() -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode('{"messages":[{"to":"1","text":""}]}', sc.TextMultiRequest)
    error = info.value
    again = pickle.loads(pickle.dumps(error))
    assert again.issues == error.issues and isinstance(again, sc.ValidationError)
    assert list(error) == list(error.issues)
    assert isinstance(error, ValueError)
    assert str(error.issues[0]).startswith("/messages/0/to: ")


# --- nested models: trusted and kept ----------------------------------------------------------


def _messages() -> list[sc.TextMessage]:
    return [sc.TextMessage(to=("41793026727",), text=f"Hi {i}") for i in range(3)]


def test_nested_models_are_kept() -> None:
    messages = _messages()
    request = sc.TextMultiRequest(messages=messages)  # type: ignore[arg-type]
    assert type(request.messages) is tuple
    assert all(got is given for got, given in zip(request.messages, messages, strict=True))
    message = sc.BinaryMessage(to=("41793026727",), binary=CONTENT)
    assert message.binary is CONTENT
    status = sc.Status(group_id=1, group_name="PENDING", id=7, name="P", description="d")
    sent = sc.SentMessage(to="41793026727", status=status, sms_count=1, message_id="m")
    assert sc.SmsResponse(messages=(sent,)).messages[0].status is status


def _calls(make: Any) -> Counter[tuple[str, str]]:
    """The package's functions that run while ``make()`` runs, as (file, function) counts, the
    file relative to the package (``_validate/walk.py``)."""
    calls: Counter[tuple[str, str]] = Counter()
    package = str(Path(sc.__file__).parent) + os.sep

    def profile(frame: FrameType, event: str, arg: object) -> None:
        code = frame.f_code
        if event == "call" and code.co_filename.startswith(package):
            calls[code.co_filename.removeprefix(package).replace(os.sep, "/"), code.co_name] += 1

    sys.setprofile(profile)
    try:
        make()
    finally:
        sys.setprofile(None)
    return calls


def test_nested_models_are_not_checked_again() -> None:
    messages = _messages()
    calls = _calls(lambda: sc.TextMultiRequest(messages=messages))  # type: ignore[arg-type]
    # The request itself is walked once; no field rule of a message runs again.
    assert calls["_validate/walk.py", "walk_object"] == 1
    assert not [c for c in calls if c[0].startswith("_spec/rules/")], calls
    # The profiler sees the rules when they do run: a message built from its fields.
    one = _calls(lambda: sc.TextMessage(to=("41793026727",), text="Hi"))
    assert one["_spec/rules/text.py", "text"] == 1
    assert one["_spec/rules/addresses.py", "destination"] == 1


def test_a_subclass_instance_is_checked_as_its_model() -> None:
    # A subclass may change what its constructor checks, so its instance is not trusted: it is
    # walked, and stored as the model it extends.
    class Loud(sc.TextMessage):
        __slots__ = ()

    loud = Loud(to=("41793026727",), text="HI")
    request = sc.TextMultiRequest(messages=(loud,))
    assert type(request.messages[0]) is sc.TextMessage
    assert request.messages[0].text == "HI"


def test_wrong_nested_values_are_still_issues() -> None:
    with pytest.raises(sc.ValidationError) as info:
        _wrong(sc.TextMultiRequest)(messages=(_messages()[0], {"to": "41793026727"}))
    assert [(i.path, i.code) for i in info.value] == [("/messages/1", "type.python")]
    with pytest.raises(sc.ValidationError) as info:
        _wrong(sc.BinaryMessage)(to=("41793026727",), binary=MESSAGE)
    assert [(i.path, i.code) for i in info.value] == [("/binary", "type.python")]


def test_every_model_names_its_description() -> None:
    # The constructor's check finds the description on the class (see smscodec._validate.construct).
    from smscodec._spec import models

    for name in models.__all__:
        model = getattr(models, name)
        assert model.__sms_body__.model is model, name
