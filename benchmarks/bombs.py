"""Memory and time of refusing zip and XML bombs and oversized inputs (target: every one under 512 MB).

Each probe runs in a child process of its own, so that its peak resident memory (ru_maxrss) is its own:
the probe builds its bomb (streamed, a few MB), notes the peak, then hands the file to the reader the
ingest or the import uses, and prints the outcome, the time and the peak memory before and after.

    .venv/bin/python benchmarks/bombs.py
"""

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

PROBES = {
    "docx-zip-bomb-2GB": "DOCX with a member of 2 GB of zeros (declared)",
    "docx-lying-zip-bomb-400MB": "DOCX whose 400 MB member declares 1 KB",
    "docx-text-bomb-90MB": "DOCX whose document.xml is 90 MB (ratio)",
    "docx-billion-laughs": "DOCX with the billion-laughs entities",
    "xlsx-sheet-bomb-400MB": "XLSX whose sheet is 400 MB of rows",
    "xlsx-billion-laughs": "XLSX with the billion-laughs entities",
    "text-50MB": "a 50 MB text file (the 488,960-claim one)",
    "csv-300k-rows": "a CSV of 300,000 rows",
}


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probe(name):
    import django

    django.setup()
    from chitieu.documents.readers import read_bytes
    from chitieu.documents.tests import bombs
    from chitieu.indicators.transfer import read_rows

    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"chitieu-bombs-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    if name == "docx-zip-bomb-2GB":
        data, reader = bombs.docx_zip_bomb(2048), "docx"
    elif name == "docx-lying-zip-bomb-400MB":
        data, reader = bombs.lying_zip(bombs.docx_zip_bomb(400, zip64=False), "word/media/image1.bin", 1000), "docx"
    elif name == "docx-text-bomb-90MB":
        data, reader = bombs.docx_document_bomb(90), "docx"
    elif name == "docx-billion-laughs":
        data, reader = bombs.docx_xml_bomb(), "docx"
    elif name == "xlsx-sheet-bomb-400MB":
        data, reader = bombs.xlsx_sheet_bomb(400), "xlsx"
    elif name == "xlsx-billion-laughs":
        data, reader = bombs.xlsx_xml_bomb(), "xlsx"
    elif name == "text-50MB":
        data, reader = ("Năm 2020, thu ngân sách nhà nước trên địa bàn đạt 42,5 tỷ đồng.\n" * 800_000).encode()[: 50 * bombs.MB], "txt"
    elif name == "csv-300k-rows":
        row = '"budget_revenue","","Huyện Ba Chẽ, Tỉnh Quảng Ninh","2020","actual","","29,577","tỷ đồng",""\n'
        data, reader = (",".join(bombs.HEADER) + "\n" + row * 300_000).encode(), "csv"
    before = peak_mb()
    started = time.perf_counter()
    try:
        if reader in ("xlsx", "csv"):
            path = folder / f"probe.{reader}"
            path.write_bytes(data)
            del data
            read_rows(path)
        else:
            read_bytes(f"probe.{reader}", data)
        outcome = "read (not refused)"
    except Exception as error:  # the outcome being measured
        outcome = f"refused: {str(error)[:110]}"
    seconds = time.perf_counter() - started
    print(f"{name}|{seconds:.2f}|{before:.0f}|{peak_mb():.0f}|{outcome}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        probe(sys.argv[2])
        return
    print(f"{'probe':<28} {'file':<46} {'time':>7} {'peak before':>12} {'peak after':>11}  outcome")
    for name, label in PROBES.items():
        result = subprocess.run([sys.executable, __file__, "--probe", name], capture_output=True, text=True, timeout=900)
        line = (result.stdout.strip().splitlines() or ["?|?|?|?|" + result.stderr[-200:]])[-1]
        _name, seconds, before, after, outcome = line.split("|", 4)
        print(f"{name:<28} {label:<46} {seconds:>6}s {before:>9} MB {after:>8} MB  {outcome}")


if __name__ == "__main__":
    main()
