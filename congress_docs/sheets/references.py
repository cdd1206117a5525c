"""Member organisations and residential areas by name in the sheet, by id in the commune file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from congress_docs.models import CongressFile
from congress_docs.vietnamese import nfc

__all__ = ["References"]


class _Names:
    """Ids and their display names; a name shared by two records shows as the id instead."""

    def __init__(self, records: Iterable[tuple[str, str]]) -> None:
        pairs = list(records)
        repeated = {name for name, count in Counter(name for _id, name in pairs).items()
                    if count > 1}
        self.labels = {key: key if name in repeated else name for key, name in pairs}
        self._ids = {_fold(label): key for key, label in self.labels.items()}
        self._ids.update({_fold(key): key for key in self.labels})

    def label(self, key: str | None) -> str:
        return "" if key is None else self.labels.get(key, key)

    def find(self, written: str) -> str | None:
        return self._ids.get(_fold(written))


def _fold(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


class References:
    """How one commune's organisations and areas are written in the sheet and read back."""

    def __init__(self, model: CongressFile) -> None:
        self._organisations = _Names((o.id, o.name) for o in model.member_organisations)
        self._areas = _Names((a.id, a.name) for a in model.locality.residential_areas)

    def organisation_label(self, key: str | None) -> str:
        """The organisation as the sheet shows it."""
        return self._organisations.label(key)

    def area_label(self, key: str | None) -> str:
        """The residential area as the sheet shows it."""
        return self._areas.label(key)

    def organisation_id(self, written: str) -> str | None:
        """The id of the organisation written (by name or id), or None if there is none."""
        return self._organisations.find(written)

    def area_id(self, written: str) -> str | None:
        """The id of the area written (by name or id), or None if there is none."""
        return self._areas.find(written)

    def choices(self) -> dict[str, list[str]]:
        """The drop-down lists of the two columns."""
        return {"organisation": list(self._organisations.labels.values()),
                "area": list(self._areas.labels.values())}
