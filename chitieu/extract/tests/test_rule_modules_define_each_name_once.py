"""Each rule module binds each of its top-level names once: a pattern or a function defined again further down would
silently replace the first, and the rule that used it would read the other (it happened twice in December 2026)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

RULE_MODULES = sorted(Path(__file__).resolve().parent.parent.glob("*.py"))


def _top_level_names(source):
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.extend(target.id for target in targets if isinstance(target, ast.Name))
    return names


@pytest.mark.parametrize("module", RULE_MODULES, ids=lambda path: path.name)
def test_a_rule_module_binds_each_top_level_name_once(module):
    counts = Counter(_top_level_names(module.read_text(encoding="utf-8")))
    assert [name for name, count in counts.items() if count > 1 and name != "__all__"] == []
