"""The secret key of an installation that was given none: made once, kept in the data folder.

Read at settings time (no Django import here). Every process of a server (its web workers, the jobs worker)
reads the same file, so sessions and signed links stay valid across them and across restarts."""

import os
import secrets
import string
from pathlib import Path

KEY_FILE_NAME = "secret_key"
_ALPHABET = string.ascii_letters + string.digits + "!#%&()*+,-./:;<=>?@[]^_{|}~"


def new_secret_key(length=64):
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def secret_key_from(data_dir) -> str:
    """The key kept in `data_dir/secret_key`, written there (readable by its owner only) on first use.
    Two processes starting together both end up with the key of whichever wrote first."""
    path = Path(data_dir) / KEY_FILE_NAME
    try:
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    except FileNotFoundError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise RuntimeError(
            f"no SECRET_KEY given and none can be kept in {path}: {error.strerror or error}. "
            "Set SECRET_KEY or CHITIEU_DATA_DIR to a writable folder."
        ) from error
    key = new_secret_key()
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key
