"""Request bodies and their messages, text and binary, multi and single."""

from __future__ import annotations

from hypothesis import strategies as st

from .._spec.models import (
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)
from ._addresses import destinations, senders
from ._binary import binary_contents
from ._text import texts


def text_messages(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextMessage]:
    """One message of a text multi request (``longest``: see `texts`)."""
    return st.builds(
        TextMessage,
        to=destinations(max_size=max_destinations),
        text=texts(longest=longest),
        sender=senders(),
    )


def binary_messages(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinaryMessage]:
    """One message of a binary multi request (``longest``: see `binary_contents`)."""
    return st.builds(
        BinaryMessage,
        to=destinations(max_size=max_destinations),
        binary=binary_contents(longest=longest),
        sender=senders(),
    )


def text_multi_requests(
    *, max_messages: int = 3, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextMultiRequest]:
    """``POST /sms/1/text/multi`` bodies: one to ``max_messages`` text messages.

    ``longest=False`` leaves out the 255-part texts, for tests that must be quick."""
    one = text_messages(max_destinations=max_destinations, longest=longest)
    messages = st.lists(one, min_size=1, max_size=max_messages)
    return messages.map(lambda ms: TextMultiRequest(messages=tuple(ms)))


def binary_multi_requests(
    *, max_messages: int = 3, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinaryMultiRequest]:
    """``POST /sms/1/binary/multi`` bodies: one to ``max_messages`` binary messages.

    ``longest=False`` leaves out the 255-part payloads, for tests that must be quick."""
    one = binary_messages(max_destinations=max_destinations, longest=longest)
    messages = st.lists(one, min_size=1, max_size=max_messages)
    return messages.map(lambda ms: BinaryMultiRequest(messages=tuple(ms)))


def text_single_requests(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextSingleRequest]:
    """``POST /sms/1/text/single`` bodies (``longest``: see `texts`)."""
    return st.builds(
        TextSingleRequest,
        to=destinations(max_size=max_destinations),
        text=texts(longest=longest),
        sender=senders(),
    )


def binary_single_requests(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinarySingleRequest]:
    """``POST /sms/1/binary/single`` bodies (``longest``: see `binary_contents`)."""
    return st.builds(
        BinarySingleRequest,
        to=destinations(max_size=max_destinations),
        binary=binary_contents(longest=longest),
        sender=senders(),
    )
