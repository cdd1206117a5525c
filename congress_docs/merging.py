"""The merge rule: shared facts once in district.yaml, each commune adds or overrides."""

from __future__ import annotations

from typing import Any

from congress_docs.yamlsource import Key, Located, Location

__all__ = ["DISTRICT_KEYS", "merge"]

# Only facts that are the same for every commune of a district may live in the district file.
DISTRICT_KEYS = (
    "schema_version",
    "rules_profile",
    "province",
    "district",
    "upper_congress",
    "legal_basis",
    "programs",
    "personnel",
    "documents",
    "layout",
)


def merge(base: Located, override: Located) -> Located:
    """Merge a commune file over its district file.

    Mappings merge key by key; lists of records that all carry an `id` merge by id (a commune
    record replaces the district record with the same id, new ids are appended); any other value
    in the commune file replaces the district's.
    """
    locations: dict[Key, Location] = {}
    data = _merge_value(base, (), override, (), (), locations)
    return Located(data, locations)


def _merge_value(
    base: Located, bkey: Key, over: Located, okey: Key, out: Key, locs: dict[Key, Location]
) -> Any:
    bval, oval = _get(base.data, bkey), _get(over.data, okey)
    if isinstance(bval, dict) and isinstance(oval, dict):
        _copy(over, okey, out, locs, shallow=True)
        merged: dict[str, Any] = {}
        for name in [*bval, *(k for k in oval if k not in bval)]:
            if name in oval and name in bval:
                merged[name] = _merge_value(
                    base, (*bkey, name), over, (*okey, name), (*out, name), locs
                )
            elif name in oval:
                merged[name] = oval[name]
                _copy(over, (*okey, name), (*out, name), locs)
            else:
                merged[name] = bval[name]
                _copy(base, (*bkey, name), (*out, name), locs)
        return merged
    if _records(bval) and _records(oval):
        return _merge_records(base, bkey, over, okey, out, locs)
    _copy(over, okey, out, locs)
    return oval


def _merge_records(
    base: Located, bkey: Key, over: Located, okey: Key, out: Key, locs: dict[Key, Location]
) -> list[Any]:
    bval, oval = _get(base.data, bkey), _get(over.data, okey)
    _copy(over, okey, out, locs, shallow=True)
    replaced = {item["id"]: index for index, item in enumerate(oval)}
    result: list[Any] = []
    for index, item in enumerate(bval):
        if item["id"] in replaced:
            source, key = over, (*okey, replaced.pop(item["id"]))
        else:
            source, key = base, (*bkey, index)
        _copy(source, key, (*out, len(result)), locs)
        result.append(_get(source.data, key))
    for index, item in enumerate(oval):
        if item["id"] in replaced:
            _copy(over, (*okey, index), (*out, len(result)), locs)
            result.append(item)
    return result


def _records(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "id" in item for item in value)
    )


def _get(data: Any, key: Key) -> Any:
    for part in key:
        data = data[part]
    return data


def _copy(
    source: Located, src: Key, dst: Key, locs: dict[Key, Location], *, shallow: bool = False
) -> None:
    """Copy the location of the value at `src` (and of everything under it unless `shallow`)."""
    where = source.locations.get(src)
    if where is not None:
        locs[dst] = where
    if shallow:
        return
    # Walking the value visits exactly the keys the reader located, and only those under `src`.
    value = _get(source.data, src)
    if isinstance(value, (dict, list)):
        if src == dst:
            _copy_under(source.locations, value, src, locs)
        else:
            _move_under(source.locations, value, src, dst, locs)


def _copy_under(
    located: dict[Key, Location], value: dict[str, Any] | list[Any], key: Key,
    locs: dict[Key, Location]
) -> None:
    """Copy the locations of everything under `key` to the same keys (most of a commune)."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for part, child in items:
        child_key = (*key, part)
        where = located.get(child_key)
        if where is not None:
            locs[child_key] = where
        if isinstance(child, (dict, list)):
            _copy_under(located, child, child_key, locs)


def _move_under(
    located: dict[Key, Location], value: dict[str, Any] | list[Any], src: Key, dst: Key,
    locs: dict[Key, Location]
) -> None:
    """Copy the locations of everything under `src` to the same places under `dst`."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for part, child in items:
        src_key, dst_key = (*src, part), (*dst, part)
        where = located.get(src_key)
        if where is not None:
            locs[dst_key] = where
        if isinstance(child, (dict, list)):
            _move_under(located, child, src_key, dst_key, locs)
