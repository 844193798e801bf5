"""Every error a user can see has its own code and a fix, and all of them live in errors.py."""

from __future__ import annotations

import re
from pathlib import Path

from multipolar import errors

SRC = Path(errors.__file__).parent


def _error_classes() -> list[type[errors.MultipolarError]]:
    return [c for c in vars(errors).values()
            if isinstance(c, type) and issubclass(c, errors.MultipolarError) and c is not errors.MultipolarError]


def test_error_codes_are_unique_and_each_has_a_fix():
    classes = _error_classes()
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes)), codes
    assert all(re.fullmatch(r"E\d{3}", c) for c in codes)
    assert all(c.fix for c in classes), [c.__name__ for c in classes if not c.fix]


def test_no_error_class_is_defined_outside_errors_py():
    elsewhere = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "errors.py" and re.search(r'^\s+code = "E\d+"', p.read_text(), re.M)]
    assert elsewhere == []


def test_an_error_is_one_line_with_its_code_and_fix():
    e = errors.StoreError("cannot open\nthe store:\n  (details)")
    assert "\n" not in str(e) and str(e).startswith("[E003] cannot open the store: (details)")
    assert str(e).endswith(errors.StoreError.fix)
