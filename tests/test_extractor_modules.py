"""The extractor's modules name each rule once: a second module-level assignment or method of the same
name silently replaces the first (two rounds of work merged side by side did that once, and a rule
stopped working with no test of the merge failing)."""

import ast
import collections
from pathlib import Path

import tenders.extractor

FOLDER = Path(tenders.extractor.__file__).parent


def twice(body) -> list[str]:
    names = collections.Counter()
    for node in body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return [name for name, count in names.items() if count > 1]


def test_no_name_is_defined_twice_in_a_module_or_class():
    found = {}
    for path in sorted(FOLDER.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if names := twice(tree.body):
            found[path.name] = names
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and (names := twice(node.body)):
                found[f"{path.name}:{node.name}"] = names
    assert found == {}


def test_the_check_sees_a_second_definition():
    tree = ast.parse("ROUND = 1\nX = 2\nROUND = 3\ndef f(): pass\ndef f(): pass\n")
    assert sorted(twice(tree.body)) == ["ROUND", "f"]
