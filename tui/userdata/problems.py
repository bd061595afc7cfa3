"""What is wrong with a state file, in words the reader says in its reading language.

A problem is one line of English (a `str`: the command line prints it as it is) made of
parts, each a key of `tui.ui_text.WORDS` with its fields; the reader says the same parts in
the reading language (`said`), not the English matched back into Chinese. A field is either
text from a file, a path or the system (escaped with `visible` when the part is made: shown
literally, every control or bidi character as an escape) or another part (words the reader
translates too: which file, what it does next).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from corpus.text import visible
from tui.ui_text import ui_lang, words

Field = Union[str, "Part"]


@dataclass(frozen=True)
class Part:
    """One clause of a problem: its `tui.ui_text` key and fields."""

    key: str
    fields: tuple[tuple[str, Field], ...] = ()

    def words(self, lang: str) -> str:
        """The clause in `lang` (`en` or `zh`), its parts among the fields worded too."""
        filled = {name: value.words(lang) if isinstance(value, Part) else value for name, value in self.fields}
        return words(lang, self.key, **filled)


def part(key: str, **fields: object) -> Part:
    """A clause of a problem; a field that is not a part is escaped (`visible`)."""
    return Part(key, tuple((name, value if isinstance(value, Part) else visible(value)) for name, value in fields.items()))


SEPARATORS = {"en": "; ", "zh": "；"}
"""How the clauses of a problem are joined, by language."""


class Problem(str):
    """A state file's problem: its English words (the `str`), and the parts they are made
    of (`parts`), which `said` words in the reading language."""

    parts: tuple[Part, ...]

    def __new__(cls, *items: Part | str | None) -> Problem:
        parts: list[Part] = []
        for item in items:
            if isinstance(item, Problem):
                parts.extend(item.parts)
            elif isinstance(item, Part):
                parts.append(item)
            elif item:  # English from elsewhere: said as it is
                parts.append(part("as_is", text=item))
        made = super().__new__(cls, SEPARATORS["en"].join(p.words("en") for p in parts))
        made.parts = tuple(parts)
        return made


def joined(*items: Part | str | None) -> Problem | None:
    """The problems and parts given as one problem (None: there is none)."""
    problem = Problem(*items)
    return problem if problem.parts else None


def said(lang: str, problem: str) -> str:
    """A problem in the reading language `lang`: English under `en`, Chinese under `zh`,
    Chinese then English under `both` (中英); text that is no `Problem` as it is."""
    if not isinstance(problem, Problem):
        return problem
    if lang == "both":
        return f"{said('zh', problem)}\n{said('en', problem)}"
    ui = ui_lang(lang)
    return SEPARATORS[ui].join(p.words(ui) for p in problem.parts)
