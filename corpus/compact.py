"""The reader's in-memory corpus: msgspec structs made from the pydantic models.

A pydantic instance costs ~480 bytes before its fields (its `__dict__`, its
`__pydantic_fields_set__` set); a frozen msgspec struct costs 16 bytes plus 8 per field.
At 100k entries the pydantic corpus takes ~860 MB, the same corpus as structs ~290 MB.

Nothing is written twice: each struct class is generated from its pydantic model
(`struct_types`), with the same fields, defaults and constraints (the patterns of
`corpus.model`), the same mixins (`corpus.behaviour`) and the model's own validator
functions run on the struct. A validator the generator does not know makes it refuse
(`Unknown`), never skip. Structs are only made from a file that needs no cleaning
(`corpus.text.needs_no_cleaning`): otherwise, or when anything does not decode,
`corpus.compactload.load_compact` answers None and the caller validates with pydantic,
which also words every problem (`check` and `schema` use pydantic only).
"""

from __future__ import annotations

import sys
import types
from datetime import datetime
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
from annotated_types import MinLen
from pydantic import AfterValidator, BaseModel, BeforeValidator
from pydantic_core import PydanticUndefined

from corpus import model
from corpus.behaviour import lookup_tables

__all__ = ["Unknown", "struct_types"]


class Unknown(Exception):
    """The pydantic model holds a validator or a type the generator cannot carry over."""


_PATTERNS = {
    model._not_blank: model.NOT_BLANK.pattern,
    model._slug: model.SLUG.pattern,
    model._http_url: model.URL.pattern,
}
"""Each after-validator of a field, as the pattern (`re.search`) it checks."""

_CLEANERS = {model._clean}
"""Before-validators that change nothing in a file that needs no cleaning."""

_AFTER = {"_original_present", "_hedged_has_caveat", "_check_ids_and_references"}
"""Model after-validators: functions of the instance, run as they are on the struct."""

_PLAIN_STRING = "_from_plain_string"
"""The before-validator that lets a bare string stand for a `LocalizedText`."""

_SCALARS = (str, int, bool, datetime, type(None))


class _Family:
    """The struct classes made from one set of models (`skeleton`: topics' entries are
    markers, see `corpus.compactload`, or their undecoded JSON when `raw`, see
    `corpus.search.prefilter`; `interned`, `bare_strings`, `checked`: see `struct_types`)."""

    def __init__(
        self, skeleton: bool, interned: bool = True, raw: bool = False, bare_strings: bool = True, checked: bool = True
    ) -> None:
        self.skeleton, self.interned, self.raw, self.bare_strings = skeleton, interned, raw, bare_strings
        self.checked = checked
        self.structs: dict[type[BaseModel], type[msgspec.Struct]] = {}

    def struct(self, cls: type[BaseModel]) -> type[msgspec.Struct]:
        """The struct class of a pydantic model (made once)."""
        if cls not in self.structs:
            self.structs[cls] = self._make(cls)
        return self.structs[cls]

    def _make(self, cls: type[BaseModel]) -> type[msgspec.Struct]:
        decorators = cls.__pydantic_decorators__
        if decorators.field_validators or decorators.root_validators or decorators.validators:
            raise Unknown(f"{cls.__name__} has field validators")
        checks = []
        for name, found in decorators.model_validators.items():
            if name in _AFTER and found.info.mode == "after":
                if self.checked and not (self.skeleton and name == "_check_ids_and_references"):
                    checks.append(found.func)
            elif name != _PLAIN_STRING or found.info.mode != "before":
                raise Unknown(f"{cls.__name__} has the validator {name}")
        annotations: dict[str, Any] = {}
        namespace: dict[str, Any] = {"__annotations__": annotations}
        plain_fields, references = [], []
        for name, info in cls.model_fields.items():
            hint = info.annotation
            if self.skeleton and cls is model.Topic and name == "entries":
                hint = list[msgspec.Raw] if self.raw else list[int]
            annotations[name] = self._type(hint, info.metadata, f"{cls.__name__}.{name}")
            if _accepts_plain_string(hint) and self.bare_strings:
                plain_fields.append(name)
            if self.interned and name != "id" and _is_reference(info.metadata, hint):
                references.append(name)
            if info.default_factory is list:
                namespace[name] = ()  # (a list is a tuple here: see `_plain_type`)
            elif info.default_factory is not None:
                namespace[name] = msgspec.field(default_factory=info.default_factory)
            elif info.default is not PydanticUndefined:
                namespace[name] = info.default
        post_init = _post_init(
            self, tuple(plain_fields), tuple(references), tuple(checks), cls is model.Corpus and not self.skeleton
        )
        if post_init is not None:
            namespace["__post_init__"] = post_init
        bases = tuple(base for base in cls.__mro__[1:] if base.__module__ == "corpus.behaviour")
        options = {"frozen": True, "forbid_unknown_fields": True, "kw_only": True, "gc": False}
        if cls is model.Corpus:
            options.update(dict=True, gc=True)  # the lookup tables (`lookup_tables`)
        made: type[msgspec.Struct] = types.new_class(
            cls.__name__, (*bases, msgspec.Struct), options, lambda ns: ns.update(namespace)
        )
        made.__module__ = __name__
        made.__doc__ = cls.__doc__
        return made

    def _type(self, hint: Any, metadata: list[Any], where: str) -> Any:
        """The msgspec type of a pydantic annotation and its field metadata."""
        meta: dict[str, Any] = {}
        for item in metadata:
            if isinstance(item, MinLen):
                meta["min_length"] = item.min_length
            elif isinstance(item, AfterValidator) and item.func in _PATTERNS and "pattern" not in meta:
                meta["pattern"] = _PATTERNS[item.func]
            elif not (isinstance(item, BeforeValidator) and item.func in _CLEANERS):
                raise Unknown(f"{where}: {item!r}")
        base = self._plain_type(hint, where)
        return Annotated[base, msgspec.Meta(**meta)] if meta and self.checked else base

    def _plain_type(self, hint: Any, where: str) -> Any:
        origin = get_origin(hint)
        if origin is Annotated:
            inner, *metadata = get_args(hint)
            return self._type(inner, metadata, where)
        if origin in (Union, types.UnionType):
            return Union[tuple(self._plain_type(arg, where) for arg in get_args(hint))]  # noqa: UP007
        if origin is list:
            # a tuple: no list object for an empty one (the shared `()`: 400k at 100k
            # entries), and one the collector stops tracking once it has seen it holds
            # no container (strings, structs): it has fewer objects to walk
            return tuple[self._plain_type(get_args(hint)[0], where), ...]  # type: ignore[misc]
        if origin is Literal or hint in _SCALARS or hint is msgspec.Raw:
            return hint
        if isinstance(hint, type) and issubclass(hint, BaseModel):
            struct = self.struct(hint)
            bare = self.bare_strings and _PLAIN_STRING in hint.__pydantic_decorators__.model_validators
            return Union[str, struct] if bare else struct  # noqa: UP007
        raise Unknown(f"{where}: the type {hint!r}")


def _accepts_plain_string(hint: Any) -> bool:
    """Whether a field holds a model that may be written as a bare string (directly or
    as an optional value); a list of them is not carried over."""
    if get_origin(hint) in (Union, types.UnionType):
        return any(_accepts_plain_string(arg) for arg in get_args(hint))
    if get_origin(hint) is list and _accepts_plain_string(get_args(hint)[0]):
        raise Unknown(f"a list of {get_args(hint)[0]!r}")
    return isinstance(hint, type) and issubclass(hint, BaseModel) and _PLAIN_STRING in hint.__pydantic_decorators__.model_validators


def _is_reference(metadata: list[Any], hint: Any) -> bool:
    """Whether a field holds slugs naming other items (a speaker, a source ...): one,
    optional, or a list of them."""
    if any(isinstance(item, AfterValidator) and item.func is model._slug for item in metadata):
        return True
    if get_origin(hint) is Annotated:
        return _is_reference(list(get_args(hint)[1:]), get_args(hint)[0])
    return any(_is_reference([], arg) for arg in get_args(hint)) if get_origin(hint) in (Union, types.UnionType, list) else False


def _post_init(
    family: _Family, plain_fields: tuple[str, ...], references: tuple[str, ...], checks: tuple[Any, ...], tables: bool
) -> Any | None:
    """A struct's `__post_init__`: references to other items interned (the same few
    speaker and source ids recur in every entry: one string each, not one per use: ~50
    MB at 100k entries), bare strings made texts (as the model's before-validator does),
    then the model's own after-validators, then a corpus's lookup tables. None when
    there is nothing to do; the one check itself when that is all (a text's: 330k of
    them at 100k entries, where the general loop cost ~1 µs each)."""
    setattr_ = msgspec.structs.force_setattr
    intern = sys.intern
    if not (plain_fields or references or tables):
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]

    def __post_init__(self: Any) -> None:
        for name in references:
            value = getattr(self, name)
            if type(value) is str:
                setattr_(self, name, intern(value))
            elif type(value) is tuple:
                setattr_(self, name, tuple(map(intern, value)))
        for name in plain_fields:
            value = getattr(self, name)
            if type(value) is str:
                text = model.LocalizedText._from_plain_string(value)
                setattr_(self, name, msgspec.convert(text, family.struct(model.LocalizedText)))
        for check in checks:
            check(self)
        if tables:
            self.__dict__.update(lookup_tables(self))

    return __post_init__


_FAMILIES: dict[tuple[bool, bool, bool, bool, bool], _Family] = {}


def struct_types(
    skeleton: bool = False, interned: bool = True, raw: bool = False, bare_strings: bool = True, checked: bool = True
) -> dict[str, type[msgspec.Struct]]:
    """The struct class of every corpus model, by the model's name (Unknown when the
    models hold something the generator cannot carry over). `interned`: references to
    other items are interned as they are decoded (~50 MB less at 100k entries, for a
    reader that keeps the corpus); a command that exits once it has searched skips it
    (0.35 s of a 1.85 s decode at 100k entries). `skeleton`: a topic's entries are
    markers, or (`raw`) each entry's JSON, undecoded (0.1 s for the whole file at 100k
    entries, against 1.2 s decoded). `bare_strings=False`: a text written as a bare
    string (which the models accept) is refused, not made a text, so entries and answers
    need no `__post_init__` (0.1 s of a 1.1 s decode at 100k entries): for a decoder
    that tries these first and the others only when they refuse. `checked=False`: the
    values are decoded as they are, without the constraints (patterns, lengths) and the
    models' after-validators that only check them (1.17 s -> 0.59 s of CPU at 100k entries):
    for a decoder whose caller validates the same file anyway (the reader's search child,
    `corpus.search.scan_server`)."""
    key = (skeleton, interned, raw, bare_strings, checked)
    if key not in _FAMILIES:
        family = _Family(skeleton, interned, raw, bare_strings, checked)
        family.struct(model.Corpus)
        _FAMILIES[key] = family
    return {cls.__name__: struct for cls, struct in _FAMILIES[key].structs.items()}
