"""Frozen slotted values built fast: plain stores into a mutable class with the same slots,
then a class switch. The generated decoders build models this way, and segment counting its
results; nothing else in the package mutates a frozen value."""

from __future__ import annotations

__all__ = ["mutable_class"]


def mutable_class(cls: type) -> type:
    """A mutable class with exactly the slots of the frozen, slotted dataclass ``cls``.

    A frozen dataclass's ``__init__`` stores each field through ``object.__setattr__``, a call
    apiece: for a short text or a small message that costs more than all the checking. Plain
    stores into the mutable class's slots are cheap, and CPython then lets the object take
    ``cls`` as its ``__class__``: it allows the switch only between identical slot layouts and
    raises TypeError otherwise, so a change to ``cls`` cannot slip past. The object is an
    ordinary ``cls``, equal to one built by ``__init__`` (tested for models and segment
    results).
    """
    slots: tuple[str, ...] = cls.__dict__["__slots__"]
    return type(f"Mutable{cls.__name__}", (), {"__slots__": slots})
