"""The Containerfile cannot be built here (no container engine): it is parsed and checked instead — known
instructions, a base image first, files copied that exist, a user that is not root, the data folder as a
volume, the port exposed being the one served, and a command in exec form that is the production server."""

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def instructions(path):
    """[(INSTRUCTION, arguments)] with continuation lines joined and comments dropped."""
    logical, current = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        current += " " + stripped.rstrip("\\").strip() if current else stripped.rstrip("\\").strip()
        if not stripped.endswith("\\"):
            logical.append(current)
            current = ""
    assert not current, "the file ends inside a continued line"
    parsed = []
    for line in logical:
        word, _space, arguments = line.partition(" ")
        parsed.append((word, arguments.strip()))
    return parsed


def test_the_containerfile_is_well_formed_and_serves_in_production():
    parsed = instructions(REPO / "Containerfile")
    words = [word for word, _arguments in parsed]
    assert set(words) <= INSTRUCTIONS, set(words) - INSTRUCTIONS
    assert all(word == word.upper() for word in words)
    assert words[0] in ("FROM", "ARG") and "FROM" in words
    assert re.fullmatch(r"python:3\.1[1-9][\w.-]*", dict(parsed)["FROM"])

    for word, arguments in parsed:
        if word == "COPY":
            *sources, _target = arguments.split()
            for source in sources:
                assert (REPO / source).exists(), f"COPY {source}: no such file in the repository"
    users = [arguments for word, arguments in parsed if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert '"/data"' in dict(parsed)["VOLUME"] and "CHITIEU_DATA_DIR=/data" in dict(parsed)["ENV"]

    command = json.loads(dict(parsed)["CMD"])  # exec form: signals reach the server, no shell in between
    assert command[:2] == ["chitieu", "serve"] and "--dev" not in command
    port = command[2].rsplit(":", 1)[1]
    assert command[2].startswith("0.0.0.0:") and dict(parsed)["EXPOSE"] == port
    assert "HEALTHCHECK" in words


def test_the_build_context_leaves_out_the_local_environment_and_data():
    ignored = (REPO / ".containerignore").read_text(encoding="utf-8").split()
    assert {".venv", "data", ".git"} <= set(ignored)


def test_the_systemd_unit_runs_the_production_server_as_its_own_user():
    unit = (REPO / "deploy" / "chitieu.service").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", unit, flags=re.M)
    assert sections == ["Unit", "Service", "Install"]
    assert re.search(r"^ExecStart=\S+/chitieu serve 127\.0\.0\.1:\d+", unit, flags=re.M)
    assert re.search(r"^User=chitieu$", unit, flags=re.M) and "EnvironmentFile=" in unit
