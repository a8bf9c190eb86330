"""Encoded bodies opened for editing: a JSON or XML document changed at a path of the
validator's tree (names and indexes), then written back, repeated members included."""

from __future__ import annotations

import copy
import json
from typing import Any, Final, TypeAlias

from lxml import etree

_Step: TypeAlias = str | int
_Path: TypeAlias = tuple[_Step, ...]


def _pointer(path: _Path) -> str:
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in path)


class _Twice:
    """A JSON member written twice (a repeated key), which `json` itself cannot write."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def _dump_json(value: object) -> str:
    if isinstance(value, dict):
        members: list[str] = []
        for key, item in value.items():
            name = json.dumps(key, ensure_ascii=False)
            if isinstance(item, _Twice):
                members += [name + ":" + _dump_json(item.value)] * 2
            else:
                members.append(name + ":" + _dump_json(item))
        return "{" + ",".join(members) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


class _JsonDoc:
    """A JSON body as `json.loads` gives it, edited at paths of the validator's tree."""

    def __init__(self, data: bytes, wrapper: str | None) -> None:
        self.tree: Any = json.loads(data)
        self.wrapper = wrapper

    def _at(self, path: _Path) -> Any:
        node = self.tree[self.wrapper] if self.wrapper else self.tree
        for step in path:
            node = node[step]
        return node

    def has(self, path: _Path) -> bool:
        try:
            self._at(path)
        except (KeyError, IndexError):
            return False
        return True

    def is_list(self, path: _Path) -> bool:
        return isinstance(self._at(path), list)

    def length(self, path: _Path) -> int:
        return len(self._at(path))

    def text(self, path: _Path) -> str:
        value = self._at(path)
        if type(value) is int:  # a number, as XML would hold it
            return str(value)
        assert isinstance(value, str)
        return value

    def set(self, path: _Path, value: object) -> None:
        self._at(path[:-1])[path[-1]] = value

    def delete(self, path: _Path) -> None:
        del self._at(path[:-1])[path[-1]]

    def duplicate(self, path: _Path) -> None:
        parent = self._at(path[:-1])
        parent[path[-1]] = _Twice(parent[path[-1]])

    def keys(self, path: _Path) -> list[str]:
        return list(self._at(path))

    def clear(self, path: _Path) -> None:
        self.set(path, [])

    def add(self, path: _Path, key: str, value: object) -> None:
        self._at(path)[key] = value

    def dump(self) -> bytes:
        return _dump_json(self.tree).encode("utf-8")


_XML_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, strip_cdata=True
)


class _XmlDoc:
    """An XML body as lxml reads it, edited at paths of the validator's tree: a name step is
    the first child element of that name, an index step the n-th child element of a list."""

    def __init__(self, data: bytes) -> None:
        self.root = etree.fromstring(data, _XML_PARSER)
        self.declaration = data.lstrip().startswith(b"<?xml")

    @staticmethod
    def _children(element: etree._Element) -> list[etree._Element]:
        return [c for c in element if isinstance(c.tag, str)]

    def _at(self, path: _Path) -> etree._Element:
        node = self.root
        for step in path:
            if isinstance(step, int):
                node = self._children(node)[step]
            else:
                found = next((c for c in self._children(node) if c.tag == step), None)
                if found is None:
                    raise KeyError(step)
                node = found
        return node

    def has(self, path: _Path) -> bool:
        try:
            self._at(path)
        except (KeyError, IndexError):
            return False
        return True

    def is_list(self, path: _Path) -> bool:
        return bool(self._children(self._at(path)))

    def length(self, path: _Path) -> int:
        return len(self._children(self._at(path)))

    def text(self, path: _Path) -> str:
        return "".join(str(t) for t in self._at(path).itertext())

    def set(self, path: _Path, value: object) -> None:
        assert isinstance(value, str)
        if self.has(path):
            element = self._at(path)
            for child in list(element):
                element.remove(child)
        else:
            element = etree.SubElement(self._at(path[:-1]), str(path[-1]))
        element.text = value

    def delete(self, path: _Path) -> None:
        element = self._at(path)
        parent = element.getparent()
        assert parent is not None
        parent.remove(element)

    def duplicate(self, path: _Path) -> None:
        element = self._at(path)
        element.addnext(copy.deepcopy(element))

    def clear(self, path: _Path) -> None:
        element = self._at(path)
        for child in list(element):
            element.remove(child)
        element.text = None

    def add(self, path: _Path, key: str, value: object) -> None:
        assert isinstance(value, str)
        etree.SubElement(self._at(path), key).text = value

    def dump(self) -> bytes:
        return etree.tostring(self.root, encoding="utf-8", xml_declaration=self.declaration)


_Doc: TypeAlias = _JsonDoc | _XmlDoc
