"""Senders (``from``) and destinations (``to``)."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from ._facts import _ALNUM, _DIGITS, _LETTERS


@functools.cache
def _sizes(lo: int, hi: int) -> st.SearchStrategy[int]:
    """A size from ``lo`` to ``hi``, with both ends drawn often."""
    return st.one_of(st.sampled_from((lo, hi)), st.integers(lo, hi))


@functools.cache
def _sender_inner() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_ALNUM), st.sampled_from(_ALNUM), st.just(" "))


@st.composite
def _numeric_senders(draw: st.DrawFn) -> str:
    size = draw(_sizes(3, 14))
    return draw(st.text(_DIGITS, min_size=size, max_size=size))


@st.composite
def _alphanumeric_senders(draw: st.DrawFn) -> str:
    size = draw(_sizes(3, 11))
    inner = _sender_inner()
    chars = [draw(st.sampled_from(_ALNUM))]
    chars += draw(st.lists(inner, min_size=size - 2, max_size=size - 2))
    chars.append(draw(st.sampled_from(_ALNUM)))
    if not any(c in _LETTERS for c in chars):
        at = draw(st.integers(0, size - 1))
        chars[at] = draw(st.sampled_from(_LETTERS))
    return "".join(chars)


def senders(*, optional: bool = True) -> st.SearchStrategy[str | None]:
    """``from``: absent (None, unless ``optional=False``), 3 to 14 digits, or 3 to 11 letters,
    digits and inner spaces with at least one letter; both length ends are drawn often."""
    return _senders(optional)


@functools.cache
def _senders(optional: bool) -> st.SearchStrategy[str | None]:
    numeric = _numeric_senders()
    present: st.SearchStrategy[str | None] = st.one_of(numeric, _alphanumeric_senders())
    return st.one_of(st.none(), present) if optional else present


def destination_numbers() -> st.SearchStrategy[str]:
    """One destination in international format: 7 to 15 digits, no leading 0, sometimes
    after a ``+`` (which the API accepts and echoes)."""
    return _destination_numbers()


@functools.cache
@st.composite
def _destination_numbers(draw: st.DrawFn) -> str:
    size = draw(_sizes(7, 15))
    plus = draw(st.sampled_from(("", "", "", "+")))
    return plus + str(draw(st.integers(10 ** (size - 1), 10**size - 1)))


def destinations(*, max_size: int = 5) -> st.SearchStrategy[tuple[str, ...]]:
    """A request's ``to``: one to ``max_size`` destinations (one is written as a JSON string,
    several as an array)."""
    return st.lists(destination_numbers(), min_size=1, max_size=max_size).map(tuple)
