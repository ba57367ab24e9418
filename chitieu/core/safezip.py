"""Zip containers (DOCX, XLSX) checked before any part of them is inflated.

A zip bomb is a small file that inflates to gigabytes: a 3.6 MB DOCX once took more than 6 GB of memory.
`check_zip` refuses one on what the zip's own directory declares — number of members, size of each once
inflated, total, and ratio of inflated to compressed size — and then inflates each member in chunks,
counting, and stops at the cap should a declared size lie. Nothing is kept in memory but one chunk.
The limits are chitieu.core.limits' zip_* ones.
"""

import io
import zipfile

from chitieu.core.limits import MB, limit

CHUNK = 1 * MB
RATIO_CHECKED_FROM = 1 * MB  # small members (styles, settings) may compress very well and harm no one


class ZipRefused(ValueError):
    """The zip is too large once inflated, or not a zip (`broken`); the message (Vietnamese) says which and why."""

    def __init__(self, message, broken=False):
        super().__init__(message)
        self.broken = broken


def _mb(size):
    return f"{size / MB:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " MB"


def check_zip(source) -> None:
    """`source`: bytes, a path or a binary file. Raises ZipRefused; returns None for a zip within limits."""
    handle = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ZipRefused(str(error), broken=True) from None
    with archive:
        members = archive.infolist()
        if len(members) > limit("zip_members"):
            raise ZipRefused(f"tệp nén có {len(members)} thành phần, quá giới hạn {limit('zip_members')}")
        total = 0
        for member in members:
            if member.file_size > limit("zip_member_bytes"):
                raise ZipRefused(f"thành phần {member.filename[:80]} giải nén ra {_mb(member.file_size)}, quá giới hạn {_mb(limit('zip_member_bytes'))}")
            total += member.file_size
            if total > limit("zip_total_bytes"):
                raise ZipRefused(f"tệp nén giải nén ra hơn {_mb(limit('zip_total_bytes'))}, quá giới hạn")
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > RATIO_CHECKED_FROM and ratio > limit("zip_ratio"):
                raise ZipRefused(f"thành phần {member.filename[:80]} nén {ratio:,.0f} lần, quá giới hạn {limit('zip_ratio')} lần (tệp “bom nén”?)")
        # The declared sizes passed; inflate in chunks, counting, in case one of them lies.
        inflated = 0
        for member in members:
            if member.is_dir():
                continue
            seen = 0
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(CHUNK):
                        seen += len(chunk)
                        inflated += len(chunk)
                        if seen > member.file_size or seen > limit("zip_member_bytes") or inflated > limit("zip_total_bytes"):
                            raise ZipRefused(f"thành phần {member.filename[:80]} giải nén ra nhiều hơn kích thước khai báo")
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
                raise ZipRefused(str(error), broken=True) from None
