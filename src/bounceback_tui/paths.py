"""Where bounceback-tui keeps its files.

Nothing here touches the disk at import time: directories are created on first
use, private to the person (folder 0700, files 0600).

Resolution order for the data folder: an explicit ``--data-dir``, then the
``BOUNCEBACK_DATA_DIR`` environment variable, then platformdirs'
``user_data_path("bounceback-tui")``. The settings file follows
``BOUNCEBACK_CONFIG_DIR`` or platformdirs' ``user_config_path``. The throw-away
demo store (first run) lives under platformdirs' ``user_cache_path``, one folder per app
running on it.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bounceback_tui import APP_NAME

if TYPE_CHECKING:
    from collections.abc import Callable

DATA_DIR_ENV = "BOUNCEBACK_DATA_DIR"
CONFIG_DIR_ENV = "BOUNCEBACK_CONFIG_DIR"
DB_FILENAME = "bounceback.sqlite3"
BACKUP_DIRNAME = "backups"
SETTINGS_FILENAME = "settings.toml"
DEMO_DIRNAME = "demo"
# The backups folder's files: the app's backups are named so; the daily backup's lock.
BACKUP_PREFIX = "bounceback-"
DAILY_LOCK = ".daily-backup.lock"
# A temporary demo folder's name starts so (when the cache folder holds the real store).
DEMO_TEMP_PREFIX = f"{APP_NAME}-demo-"

DIR_MODE = 0o700
FILE_MODE = 0o600


class DataPaths(NamedTuple):  # not a dataclass: made before every first paint
    """The locations of one store and the person's settings file."""

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILENAME

    def ensure_data_dir(self) -> Path:
        """Create the data folder (0700) if needed and return it."""
        return ensure_private_dir(self.data_dir)

    def ensure_backup_dir(self) -> Path:
        """Create the backups folder (0700) if needed and return it. An existing one is
        tightened as the data folder is: to 0700 when it holds nothing but backups, and the
        app's own backups in it to 0600 all the same (a folder left 0777 stayed so, backups
        and all, through every launch and `backup`: a stranger's walk)."""
        self.ensure_data_dir()
        folder = ensure_private_dir(self.backups, ours=_in_backups_folder)
        if folder.stat().st_mode & 0o200:  # a folder made read-only is left as it is
            for backup in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
                try:
                    make_private(backup)
                except PermissionError:
                    continue  # not the person's own file: the backup is still taken
        return folder


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Work out the locations without creating anything."""
    if data_dir is None:
        data_dir = os.environ.get(DATA_DIR_ENV) or None
    if data_dir is None:
        from platformdirs import user_data_path

        resolved_data = user_data_path(APP_NAME, appauthor=False)
    else:
        resolved_data = Path(data_dir).expanduser()
    config_env = os.environ.get(CONFIG_DIR_ENV)
    if config_env:
        resolved_config = Path(config_env).expanduser()
    else:
        from platformdirs import user_config_path

        resolved_config = user_config_path(APP_NAME, appauthor=False)
    return DataPaths(data_dir=resolved_data.absolute(), config_dir=resolved_config.absolute())


def state_dir() -> Path:
    """Where the app keeps what is about the app rather than your data (crash logs):
    platformdirs' ``user_state_path``, so ``$XDG_STATE_HOME/bounceback-tui`` on Linux."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, appauthor=False).absolute()


def demo_paths(paths: DataPaths) -> DataPaths:
    """Where the throw-away demo store goes: a folder of this app's own (named after its
    process) in the user cache folder, never ``paths``' own. Two windows on the demo each
    have theirs: one leaving the demo must not delete the store the other still shows.

    The settings file stays the person's own, so their keys work in the demo too."""
    from platformdirs import user_cache_path

    demos = (user_cache_path(APP_NAME, appauthor=False) / DEMO_DIRNAME).absolute()
    real = paths.data_dir.absolute()
    if demos == real or real in demos.parents or demos in real.parents:
        # Someone keeps their real store in the cache folder: use a fresh temporary one.
        import tempfile

        return DataPaths(
            data_dir=Path(tempfile.mkdtemp(prefix=DEMO_TEMP_PREFIX)),
            config_dir=paths.config_dir,
        )
    return DataPaths(data_dir=demos / str(os.getpid()), config_dir=paths.config_dir)


def ensure_private_dir(path: Path, ours: "Callable[[str], bool] | None" = None) -> Path:
    """Create ``path`` (and parents) with mode 0700; tighten it if it already exists and
    holds nothing but this app's own files.

    A folder the person made read-only (no write permission for its owner) is left
    exactly as it is: tightening it to 0700 would make it writable again. So is a folder
    that holds other things (``--data-dir ~/Documents``): tightening it would change, unasked,
    who may read the person's other files; the store's own files are 0600 all the same.
    ``ours``: which names are the app's own in it (those of a data folder if None)."""
    make_private_folders(path.parent)
    path.mkdir(mode=DIR_MODE, exist_ok=True)
    mode = path.stat().st_mode & 0o777
    if mode != DIR_MODE and mode & 0o200 and _holds_only_ours(path, ours or _in_data_folder):
        path.chmod(DIR_MODE)
    return path


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and every missing folder above it, each 0700; folders that already
    exist are not changed. (``mkdir(parents=True)`` made the ones above with the umask's
    mode, 0755: `--data-dir a/b/c` left a and a/b readable by everyone, a tester's walk.)"""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for item in reversed(missing):
        try:
            item.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by another window or command, which made it 0700
        os.chmod(item, DIR_MODE)


# The days the app was opened (services/days_opened.py), beside the store.
OPENED_FILENAME = "opened-days"
# What the app keeps in its folders: the store (with its -wal, -shm and -journal), backups,
# the settings file, the demo stores' folder, crash logs, the days it was opened.
_OURS = (DB_FILENAME, BACKUP_DIRNAME, SETTINGS_FILENAME, DEMO_DIRNAME, "crash-", OPENED_FILENAME)


def _in_data_folder(name: str) -> bool:
    return name.startswith(_OURS)


def _in_backups_folder(name: str) -> bool:
    """A backup (a copy of a store put there by hand is listed as one too), one being
    written with its journal (``.sqlite3.partial``, ``.sqlite3.partial-journal``), the lock."""
    return name.endswith(".sqlite3") or ".sqlite3.partial" in name or name == DAILY_LOCK


def _holds_only_ours(path: Path, ours: "Callable[[str], bool]") -> bool:
    try:
        with os.scandir(path) as entries:
            return all(ours(entry.name) for entry in entries)
    except OSError:
        return False


def make_private(path: Path) -> None:
    """Set a file to 0600 if it exists (SQLite creates files with the umask's mode).

    A file the person made read-only (no write permission for its owner) is left alone.
    One that goes meanwhile (another window closing the store removes its ``-wal``) is
    nothing to do."""
    try:
        mode = path.stat().st_mode & 0o777
        if mode != FILE_MODE and mode & 0o200:
            path.chmod(FILE_MODE)
    except FileNotFoundError:
        return


def create_private_file_once(path: Path) -> bool:
    """``create_private_file`` unless the file is there; True if this process made it.
    Exclusive: of two processes creating it at once, one makes it and the other finds it."""
    if path.exists():
        return False
    try:
        create_private_file(path)
    except FileExistsError:
        return False
    return True


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 from the start, so it is never readable by others."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


# -- reading the settings file -----------------------------------------------------------------

# A settings file is a handful of lines; anything longer is not one.
SETTINGS_MAX_BYTES = 256 * 1024


class NotASettingsFile(OSError):
    """The settings path leads to something that is not a small regular file (a named pipe,
    a device, a folder, or a file over the limit); ``str()`` says which, as one sentence's
    start ("settings.toml is a named pipe, not a file")."""


def _kind_of(mode: int) -> str:
    import stat

    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


_LOOP_WORDS = {
    True: "is a link that leads round in a circle (to itself, through other links)",
    False: "goes through a link that leads round in a circle (to itself, through other links)",
}


def wrong_kind(path: Path, wanted: str) -> str | None:
    """What is at ``path`` when it is not the ``wanted`` ("folder", or "file") it should be,
    as a sentence's start: "…/backups is a file, not a folder", "…/bounceback.sqlite3 is a
    named pipe, not a file", "… is a link to nothing". None when it is one, when nothing is
    there, or when it cannot be looked at (the failure that follows says why). "File exists"
    and "There is no store" were said of such paths (an attacker's walk)."""
    import stat

    try:
        mode = os.stat(path).st_mode  # through any link
    except FileNotFoundError:
        return f"{path} is a link to nothing" if os.path.islink(path) else None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # "Could not use … (File exists)" was said of a loop
            return f"{path} {_LOOP_WORDS[os.path.islink(path)]}"
        return None
    except ValueError:
        return None
    if wanted == "folder":
        if stat.S_ISDIR(mode):
            return None
        return f"{path} is {'a file' if stat.S_ISREG(mode) else _kind_of(mode)}, not a folder"
    return None if stat.S_ISREG(mode) else f"{path} is {_kind_of(mode)}, not a {wanted}"


def link_to_nothing(path: Path) -> str | None:
    """ "settings.toml is a link to /nonexistent/x.toml, which is not there", when ``path`` is
    a link whose target is missing (``read_settings_bytes`` finds no file there); None
    otherwise. Every reader of the settings file says it in these words (the keymap, the
    care settings): a link to nothing was read as an empty file without a word."""
    if not os.path.islink(path) or os.path.exists(path):
        return None
    try:
        target = os.readlink(path)
    except OSError:
        return f"{path.name} is a link to nothing"
    return f"{path.name} is a link to {target}, which is not there"


def read_settings_bytes(path: Path, limit: int = SETTINGS_MAX_BYTES) -> bytes:
    """The bytes of the settings file, through a link, reading at most ``limit`` + 1.

    A named pipe (which blocks), a device (``/dev/zero`` never ends) or a folder is refused
    before it is opened, and again after (it may have been swapped in between), as is a file
    over ``limit``: ``NotASettingsFile``. A missing file is FileNotFoundError; any other
    failure the OSError it is."""
    import stat

    mode = os.stat(path).st_mode  # through any link
    if not stat.S_ISREG(mode):
        raise NotASettingsFile(f"{path.name} is {_kind_of(mode)}, not a file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotASettingsFile(f"{path.name} is {_kind_of(mode)}, not a file")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise NotASettingsFile(f"{path.name} is too large to be a settings file")
    return data


def shown_path(path: Path) -> str:
    """``path`` as a note shows it: ``~`` for the home folder. A note wraps at spaces, and a
    path has none, so a note puts it on a line of its own (a long one folded mid-word,
    ".../bounceback-tui/settings" then ".toml could not be written", a stranger's walk)."""
    home = Path.home()
    return (
        f"~/{path.relative_to(home)}" if path.is_relative_to(home) and path != home else str(path)
    )


def data_dir_option(paths: DataPaths) -> str:
    """``--data-dir PATH`` (quoted for the shell) when ``paths`` is not the store a command
    finds by itself (no ``--data-dir``: ``$BOUNCEBACK_DATA_DIR``, else the user data folder);
    "" when it is."""
    import shlex

    if paths.data_dir.absolute() == resolve_paths(None).data_dir.absolute():
        return ""
    return f"--data-dir {shlex.quote(str(paths.data_dir))}"


def command_line(paths: DataPaths, words: str) -> str:
    """``bounceback-tui WORDS`` as every hint names it (the app's notices and refusals, the
    command line's): with this store's ``--data-dir`` when it is not the default one, so
    that running it as written acts on the same store."""
    return " ".join(part for part in ("bounceback-tui", data_dir_option(paths), words) if part)
