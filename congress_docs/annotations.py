"""See through model annotations: Optional and Annotated wrappers, models, lists."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

__all__ = ["list_item_model", "model_of", "unwrap"]


def unwrap(annotation: Any) -> Any:
    """Strip Optional[...] and Annotated[...] so the type underneath is reachable."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def model_of(annotation: Any) -> type[BaseModel] | None:
    """Return the model class an annotation names, or None for anything else."""
    annotation = unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def list_item_model(annotation: Any) -> type[BaseModel] | None:
    """Return the model class of a list's items, or None when it is not a list of models."""
    annotation = unwrap(annotation)
    if typing.get_origin(annotation) is not list:
        return None
    return model_of(typing.get_args(annotation)[0])
