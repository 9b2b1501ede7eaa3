"""Writing export files privately and atomically, and turning file errors into sentences."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, TextIO

from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import FILE_MODE, DataPaths, make_private_folders
from bounceback_tui.transfer.own_files import database_refusal, own_file_refusal


class TransferError(BouncebackError):
    """An export or import could not be done; the message says why, and nothing was written.

    ``command_hint`` is the part only the command line can act on ("Use --force to replace
    it."): ``str()`` gives the whole message, for the command; ``in_app`` leaves the hint
    out, for the app's forms and toasts, where no option can be typed, and says
    ``app_hint`` instead (the form's own way to the same end), if any.
    """

    def __init__(self, message: str, *, command_hint: str = "", app_hint: str = "") -> None:
        super().__init__(f"{message} {command_hint}" if command_hint else message)
        self._in_app = f"{message} {app_hint}" if app_hint else message

    @property
    def in_app(self) -> str:
        return self._in_app


def output_error(exc: OSError, path: Path, *, creating: bool) -> TransferError:
    """Why the file at ``path`` (an export, a calendar) could not be written, said of that
    file and its folder: it was said as of the store ("choose another folder with
    --data-dir", though -o chooses it), named ro/new for `-o ro/new/x.json --parents` when
    the folder that refused was ro, and said "Could not use /proc (No such file or
    directory)" of a folder that exists but takes no new files (an attacker's walk)."""
    import errno

    from bounceback_tui.store.folder_access import unreadable_folder, unreadable_folder_message

    folder = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return TransferError("The disk is full; nothing was saved. Free some space and try again.")
    if exc.errno in (errno.EACCES, errno.EPERM) and (shut := unreadable_folder(folder)):
        return TransferError(unreadable_folder_message(shut))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        refused = next(f for f in (folder, *folder.parents) if f.exists())  # the one that is
        return TransferError(
            f"The folder {refused} is read-only or not yours; nothing was written.",
            command_hint="Check its permissions, or choose another place with -o.",
            app_hint="Check its permissions, or choose another folder.",
        )
    reason = exc.strerror or str(exc)
    made = exc.filename if isinstance(exc.filename, str) else ""
    if creating and made and Path(made).name != f".{path.name}.partial":
        what = f"create the folder {made}"  # one of --parents' folders
    else:
        what = f"create a file in {folder}" if creating else f"write {path}"
    return TransferError(
        f"Could not {what} ({reason}); nothing was written.",
        command_hint="Choose another place with -o.",
        app_hint="Choose another folder.",
    )


def refuse_store_file(path: Path, head: bytes) -> None:
    """Refuse a file that starts as an SQLite database does: a store or one of its backups,
    brought back by ``restore``, not ``import`` ("has bytes that are not UTF-8 on line 1.
    Save it as 'CSV UTF-8'" was said of one: a tester's walk)."""
    from bounceback_tui.store.sqlite_file import SQLITE_HEADER

    refuse_workbook(path, head)
    if not head.startswith(SQLITE_HEADER):
        return
    import shlex

    raise TransferError(
        f"{path.name} looks like a bounceback-tui store or backup, not an export or a CSV "
        "file; import reads only those. Nothing was written.",
        command_hint=f"To bring it back, use `bounceback-tui restore {shlex.quote(str(path))}`.",
    )


ZIP_HEADER = b"PK\x03\x04"  # .xlsx, .ods and .numbers are zip archives
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls


def refuse_workbook(path: Path, head: bytes) -> None:
    """Refuse a spreadsheet workbook (or another zip archive) saying what it is: an .xlsx
    was only told it "has bytes that are not UTF-8 on line 1", and with --encoding cp1252
    its bytes were read as a header of nonsense."""
    if head.startswith(OLE_HEADER):
        kind = "a spreadsheet workbook (Excel 97-2003, .xls)"
    elif not head.startswith(ZIP_HEADER):
        return
    elif b"xl/" in head or b"[Content_Types].xml" in head:
        kind = "a spreadsheet workbook (Excel, .xlsx)"
    elif b"opendocument.spreadsheet" in head:
        kind = "a spreadsheet workbook (OpenDocument, .ods)"
    else:
        kind = "a zip archive"
    how = (
        "Open it in your spreadsheet app and save it as 'CSV UTF-8' (in Excel: File, Save As, "
        "CSV UTF-8)"
        if "workbook" in kind
        else "Take the CSV file or the export out of it"
    )
    raise TransferError(
        f"{path.name} is {kind}, not a CSV file or an export; import reads only those. "
        f"{how}, then import that file. Nothing was written."
    )


def read_capped(path: Path, limit: int, what_it_should_be: str) -> bytes:
    """The file's bytes, refusing one over ``limit`` with a sentence that ends on
    ``what_it_should_be`` ("an application list should be")."""
    check_capped(path, limit, what_it_should_be)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TransferError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def check_capped(path: Path, limit: int, what_it_should_be: str) -> None:
    """Refuse a file over ``limit`` (or one that cannot be read), as ``read_capped`` does."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TransferError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if size > limit:
        raise TransferError(
            f"{path.name} is {size // (1024 * 1024):,} MB; {what_it_should_be}. "
            "Nothing was written."
        )


class OutputTarget(NamedTuple):
    """Where an export goes, and what is there before it."""

    path: Path  # the file written: absolute, a link's target
    link: Path | None = None  # the link named, when the name given was one
    replaces: bool = False  # a file is there, and is replaced (``force``)
    read_only: bool = False  # ... one its owner may not write


def check_output_path(
    path: Path, *, force: bool = False, keep_off: DataPaths | None = None
) -> Path:
    """``output_target``'s file: the absolute path to write."""
    return output_target(path, force=force, keep_off=keep_off).path


def output_target(
    path: Path, *, force: bool = False, keep_off: DataPaths | None = None
) -> OutputTarget:
    """Refuse anything but a regular file (a folder, a named pipe, a device, a socket),
    one of the app's own files (``keep_off``'s store, backups and settings:
    ``transfer/own_files.py``), any SQLite database (another data folder's store or backup),
    and an existing file unless ``force``; say where to write.

    A link to a file gives that file, written in place (the link stays and leads to the new
    file: with ``force`` only, as for any file that exists); a link to nothing is refused.
    A file its owner may not write (chmod 444) is refused, saying so, and replaced only with
    ``force``; the caller then says it was read-only."""
    path = path.expanduser().absolute()
    if keep_off is not None and (refusal := own_file_refusal(path, keep_off)):
        raise TransferError(refusal)
    try:
        info = path.stat()  # what the path leads to, through any link
    except FileNotFoundError:
        if path.is_symlink():
            raise TransferError(f"{path} is a link to nothing; give a file name.") from None
        return OutputTarget(path)
    except NotADirectoryError:
        raise TransferError(_file_as_folder(path)) from None
    except (OSError, RuntimeError) as exc:
        raise TransferError(f"Cannot write to {path} ({exc}); give a file name.") from None
    if stat.S_ISDIR(info.st_mode):
        raise TransferError(f"{path} is a folder; give a file name.")
    refuse_special_file(path, info.st_mode)
    if refusal := database_refusal(path):
        raise TransferError(refusal)
    read_only = not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)
    if not force:
        raise TransferError(
            f"{path} already exists{' and is read-only' if read_only else ''}; choose "
            "another name.",
            command_hint="Use --force to replace it.",
            # The export form, the only place in the app that writes one (ui/screens/export).
            app_hint="Or set If it exists to Replace it.",
        )
    if path.is_symlink():
        return OutputTarget(path.resolve(), path, replaces=True, read_only=read_only)
    return OutputTarget(path, replaces=True, read_only=read_only)


def _file_as_folder(path: Path) -> str:
    """Why ``path`` cannot be written when a part of it is a file used as a folder
    ("[Errno 20] Not a directory" was said: a tester's walk)."""
    for part in reversed(path.parents):
        if part.exists() and not part.is_dir():
            return (
                f"Cannot write to {path}: {part} is a file, not a folder. Nothing was written; "
                "give a file name in a folder."
            )
    return f"Cannot write to {path}: a part of it is a file, not a folder; give a file name."


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def refuse_special_file(path: Path, mode: int) -> None:
    """Exports go to regular files only: never into, or renamed over, anything else."""
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "not a regular file")
    raise TransferError(
        f"{path} is {kind}, not a file; exports are written only to files. Nothing was written.",
        command_hint="Use -o - to print to the terminal.",
    )


def check_output_folder(path: Path, *, make_parents: bool = False) -> None:
    """Refuse a file whose folder is missing (unless ``make_parents``) or is not a folder.

    A mistyped folder must not quietly become a new tree of folders.
    """
    parent = path.expanduser().absolute().parent
    if parent.is_dir():
        return
    if parent.exists():
        raise TransferError(f"{parent} is not a folder.")
    if not make_parents:
        raise TransferError(f"There is no folder {parent}.")


@contextlib.contextmanager
def private_output(
    path: Path,
    *,
    force: bool = False,
    make_parents: bool = False,
    keep_off: DataPaths | None = None,
) -> Iterator[TextIO]:
    """A text file created 0600, written beside ``path`` and renamed over it when complete.

    A missing folder is refused, or created 0700 with ``make_parents``; so is the path of
    one of ``keep_off``'s own files or an SQLite database (``output_target``), checked again
    before the rename. If anything fails (a full disk, an interrupt) the partial file is
    removed and ``path`` is left as it was.
    """
    path = check_output_path(path, force=force, keep_off=keep_off)
    check_output_folder(path, make_parents=make_parents)
    try:
        make_private_folders(path.parent)
        partial = path.with_name(f".{path.name}.partial")
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except OSError as exc:
        raise output_error(exc, path, creating=True) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, FILE_MODE)
        with contextlib.suppress(FileNotFoundError):
            # Checked again at the last moment: something may have appeared meanwhile.
            refuse_special_file(path, os.lstat(path).st_mode)
        if keep_off is not None and (refusal := own_file_refusal(path, keep_off)):
            raise TransferError(refusal)
        if refusal := database_refusal(path):
            raise TransferError(refusal)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise output_error(exc, path, creating=False) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def default_export_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem-2.suffix`` ... if that is taken."""
    candidate = folder / f"{stem}.{suffix}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{stem}-{counter}.{suffix}"
    return candidate
