"""The extractor's own modules compiled to C by mypyc, used only when built from exactly these sources.

mypyc (part of mypy, from PyPI) compiles the same Python files: there is no second implementation to keep in step,
and pure Python is the fallback wherever the build is missing, failed, is for another Python, or is older than the
sources. `scripts/install` builds it (`chitieu compile-extractor`, about half a minute with gcc); the
compiled modules and a stamp of the sources they came from go to `_native/` beside this file. `activate()` puts
that folder first on the package's path only when the stamp matches the sources, so an edited rule is never
shadowed by a stale build. `CHITIEU_EXTRACT_PURE=1` forces pure Python.
"""

import hashlib
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE_DIR / "_native"
# The modules compiled: every rule module but the pipeline. Left out: this file, the package's __init__ (it decides),
# the command line, the model (dataclasses the apps subclass and pickle) and pipeline.py, whose _read_one mypyc's
# analysis needed 12 to 23 GB and five minutes to build, for about a tenth of the per-call speed (docs/DEVELOPING.md).
COMPILED_MODULES = ("bare_counts", "cellcolumns", "checks", "confidence", "document", "figure_periods", "figure_places",
                    "figure_readings", "periods", "places", "quantities", "reading", "relations", "sentences",
                    "subjects", "tablerows", "tables", "workcopy")
_SHARED_LIBRARY = "chitieu_extract__mypyc"  # mypyc's one library of the group, imported by each module's stub
# Type checks mypyc would refuse that are harmless at run time (a match known not to be None; an empty dict).
_MYPY_FLAGS = ("--ignore-missing-imports", "--disable-error-code", "union-attr", "--disable-error-code",
               "var-annotated", "--disable-error-code", "attr-defined")


def source_stamp() -> str:
    """What a build must have been made from: the compiled sources and the running Python's ABI."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in COMPILED_MODULES:
        digest.update((PACKAGE_DIR / f"{name}.py").read_bytes())
    return digest.hexdigest()


def built_stamp() -> str | None:
    try:
        return (NATIVE_DIR / "STAMP").read_text(encoding="ascii").strip()
    except OSError:
        return None


def activate(package_path: list) -> bool:
    """Put the compiled modules first on the package's path when they match the sources; True if they do."""
    if os.environ.get("CHITIEU_EXTRACT_PURE"):
        return False
    stamp = built_stamp()
    if stamp is None or stamp != source_stamp():
        return False
    library = next(NATIVE_DIR.glob(f"{_SHARED_LIBRARY}.*"), None)
    if library is None:
        return False
    try:  # loaded by path, so the stubs find it in sys.modules without the folder on sys.path
        spec = importlib.util.spec_from_file_location(_SHARED_LIBRARY, library)
        if spec is None or spec.loader is None:
            return False
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except (ImportError, OSError):
        return False
    sys.modules[_SHARED_LIBRARY] = module
    package_path.insert(0, str(NATIVE_DIR))
    return True


def build() -> None:
    """Compile the modules into `_native/` (replaced only once the new build is whole). Raises on failure."""
    from mypyc.build import mypycify  # the build's own dependencies: the `native` extra
    from setuptools import Distribution

    stamp = source_stamp()
    root = PACKAGE_DIR.parent.parent  # the folder that holds the `chitieu` package: mypyc names modules from it
    sources = [str(Path("chitieu", "extract", f"{name}.py")) for name in COMPILED_MODULES]
    with tempfile.TemporaryDirectory(prefix="chitieu-native-") as temporary:
        work = Path(temporary)
        previous = Path.cwd()
        os.chdir(root)
        try:
            # One C file per module, compiled in parallel at -O2: the build takes about two thirds of the time (and
            # the install of a fresh checkout with it) that one file at -O3 did, for the same speed of extraction.
            # (CI, which only checks that the build reads as pure Python does, builds at -O0 in 1 min 40 s instead
            # of 2 min 40 s: CHITIEU_NATIVE_OPT_LEVEL, .ci/run)
            extensions = mypycify([*_MYPY_FLAGS, "--cache-dir", str(work / "mypy-cache"), *sources],
                                  opt_level=os.environ.get("CHITIEU_NATIVE_OPT_LEVEL", "2"), multi_file=True,
                                  target_dir=str(work / "c"),
                                  group_name="chitieu_extract")
            distribution = Distribution({"name": "chitieu-extract-native", "ext_modules": extensions})
            command = distribution.get_command_obj("build_ext")
            command.build_lib, command.build_temp = str(work / "lib"), str(work / "temp")
            command.parallel = os.cpu_count() or 1
            command.ensure_finalized()
            command.run()
        finally:
            os.chdir(previous)
        new = NATIVE_DIR.with_name("_native.new")
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir()
        for built in (work / "lib").rglob("*.so"):
            shutil.copy2(built, new / built.name)
        (new / "STAMP").write_text(stamp + "\n", encoding="ascii")
        shutil.rmtree(NATIVE_DIR, ignore_errors=True)
        new.rename(NATIVE_DIR)
