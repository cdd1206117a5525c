"""Follow a parsed Jinja template to the nested data paths it reads, through loops and sets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jinja2 import nodes

__all__ = ["variable_paths"]


def variable_paths(tree: nodes.Template, ignored: set[str]) -> list[tuple[str, int]]:
    """Return each variable a template reads as a nested path (`a.b[].c`) with its line."""
    found: list[tuple[str, int]] = []
    _walk(tree.body, {name: None for name in ignored}, found)
    return found


def _walk(body: Sequence[nodes.Node], scope: dict[str, str | None], found: list[tuple[str, int]]
          ) -> None:
    scope = dict(scope)
    for node in body:
        _visit(node, scope, found)


def _visit(node: nodes.Node, scope: dict[str, str | None], found: list[tuple[str, int]]) -> None:
    if isinstance(node, nodes.For):
        _visit_for(node, scope, found)
    elif isinstance(node, nodes.Assign):
        _visit(node.node, scope, found)
        single = isinstance(node.target, nodes.Name)
        for name in _target_names(node.target):
            scope[name] = _path(node.node, scope) if single else None
    elif isinstance(node, nodes.Call) and isinstance(node.node, nodes.Getattr):
        # `x.items()`, `name.upper()`: the data read is `x`; the method name is not a variable.
        _visit(node.node.node, scope, found)
        arguments: list[nodes.Node | None] = [*node.args, *node.kwargs, node.dyn_args,
                                               node.dyn_kwargs]
        for argument in arguments:
            if argument is not None:
                _visit(argument, scope, found)
    elif isinstance(node, (nodes.Macro, nodes.CallBlock, nodes.With, nodes.AssignBlock)):
        if isinstance(node, nodes.Macro):
            scope[node.name] = None
        _visit_scoped(node, scope, found)
    elif _is_path(node):
        path = _path(node, scope)
        if path:
            found.append((path, node.lineno))
        _visit_subscripts(node, scope, found)
    else:
        for child in node.iter_child_nodes():
            _visit(child, scope, found)


def _visit_for(node: nodes.For, scope: dict[str, str | None], found: list[tuple[str, int]]
               ) -> None:
    """Visit a loop, binding its variable to the path of the elements it walks."""
    _visit(node.iter, scope, found)
    inner = dict(scope)
    element = _path(node.iter, scope)
    single = isinstance(node.target, nodes.Name)
    for name in _target_names(node.target):
        inner[name] = f"{element}[]" if element and single else None
    inner["loop"] = None
    if node.test is not None:
        _visit(node.test, inner, found)
    _walk(node.body, inner, found)
    _walk(node.else_, scope, found)


def _visit_scoped(node: nodes.Node, scope: dict[str, str | None],
                  found: list[tuple[str, int]]) -> None:
    inner = dict(scope)
    for name in node.find_all(nodes.Name):
        if name.ctx in ("store", "param"):
            inner[name.name] = None
    inner["caller"] = None
    for child in node.iter_child_nodes():
        _visit(child, inner, found)


def _target_names(target: nodes.Node) -> list[str]:
    return [name.name for name in target.find_all(nodes.Name)] if not isinstance(
        target, nodes.Name) else [target.name]


def _is_path(node: nodes.Node) -> bool:
    return isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem))


def _path(node: nodes.Node, scope: Mapping[str, str | None]) -> str | None:
    """Return the nested path an expression reads, or None when it is not data from the context."""
    if isinstance(node, nodes.Name):
        return scope.get(node.name, node.name)
    if isinstance(node, nodes.Getattr):
        base = _path(node.node, scope)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, nodes.Getitem):
        base = _path(node.node, scope)
        if not base:
            return None
        key = node.arg
        if isinstance(key, nodes.Const) and isinstance(key.value, str):
            return f"{base}.{key.value}"
        return f"{base}[]"
    if isinstance(node, nodes.Filter) and node.node is not None:
        return _path(node.node, scope)
    return None


def _visit_subscripts(node: nodes.Node, scope: dict[str, str | None],
                      found: list[tuple[str, int]]) -> None:
    """Visit what a path expression contains besides the path: subscripts, a called method."""
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getitem):
            _visit(node.arg, scope, found)
        node = node.node
