"""The extractor's own commands (no Django): `chitieu extract` and `chitieu quantity`."""

import argparse
import json
import sys
from pathlib import Path

try:  # orjson writes JSON lines several times faster; the standard library does the same job without it
    import orjson

    def _json_line(row) -> str:
        return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8")
except ImportError:  # pragma: no cover - orjson is a dependency, but the extractor must run without it
    def _json_line(row) -> str:
        return json.dumps(row, ensure_ascii=False) + "\n"

EXTRACT_FIELDS = ("doc", "start", "end", "text", "value", "value_max", "unit", "of", "qualifier", "measure", "basis",
                  "modality", "subject", "place", "period")


def _doc_name(path: str) -> str:
    if path == "-":
        return "stdin"
    name = Path(path).name
    return name[:-4] if name.endswith(".txt") else name


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start}: {data[error.start:error.start + 4]!r})") from None


def _date_argument(value: str) -> str:
    from .periods import DocDate

    if DocDate.parse(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM")
    return value


def _table_row(row: dict) -> list[str]:
    place = row.get("place")
    place = ", ".join(place) if isinstance(place, list) else (place or "")
    value = row["value"]
    if row.get("value_max") is not None:
        value = f"{value}–{row['value_max']}"
    return [row["doc"], f"{row['start']}-{row['end']}", row["text"], str(value), row.get("unit") or "",
            row["measure"], row.get("basis") or "", row["modality"], (row.get("subject") or "")[:40], place,
            row.get("period") or ""]


def _print_table(rows, out):
    header = ["doc", "span", "text", "value", "unit", "measure", "basis", "modality", "subject", "place", "period"]
    table = [header] + [_table_row(r) for r in rows]
    widths = [min(max(len(str(line[i])) for line in table), 40) for i in range(len(header))]
    for line in table:
        out.write("  ".join(str(cell)[:40].ljust(width) for cell, width in zip(line, widths)).rstrip() + "\n")


def extract_main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="chitieu extract",
        description="Print every claim (reported figure) of Vietnamese reports and articles (spec: claims.md).")
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    parser.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    parser.add_argument("--date", type=_date_argument, help="the documents' own date (YYYY-MM-DD or YYYY-MM)")
    parser.add_argument("--place", help="the place the documents are about (huyện Ba Chẽ, Quảng Ninh…)")
    parser.add_argument("--check", action="store_true", help="also print the arithmetic flags (to standard error "
                                                              "with --format jsonl/table, inside the object with json)")
    args = parser.parse_args(argv)

    from .pipeline import analyse

    out = sys.stdout
    failed = False
    every = []
    for path in args.files:
        doc = _doc_name(path)
        try:
            text = _read(path)
            extraction = analyse(text, date=args.date, place=args.place)
        except FileNotFoundError:
            print(f"chitieu extract: {path}: no such file", file=sys.stderr)
            failed = True
            continue
        except (IsADirectoryError, PermissionError, ValueError) as error:
            print(f"chitieu extract: {path}: {error}", file=sys.stderr)
            failed = True
            continue
        rows = [claim.to_dict(doc) for claim in extraction.claims]
        flags = [flag.to_dict(doc) for flag in extraction.flags] if args.check else []
        if args.format == "jsonl":
            out.write("".join(map(_json_line, rows)))  # one write a document
        elif args.format == "table":
            _print_table(rows, out)
        else:
            entry = {"doc": doc, "date": extraction.date, "place": extraction.place, "claims": rows}
            if args.check:
                entry["flags"] = flags
            every.append(entry)
        if args.check and args.format != "json":
            for flag in flags:
                print(f"{doc}: {flag['kind']}: {flag['message']} (claims {', '.join(map(str, flag['claims']))})",
                      file=sys.stderr if args.format == "jsonl" else out)
        out.flush()
    if args.format == "json":
        json.dump(every if len(every) != 1 else every[0], out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(extract_main())


def quantity_main(argv=None) -> int:
    """`chitieu quantity`: one phrase a line on stdin → one JSON object a line (or `null`)."""
    import json

    from .quantities import parse_quantity

    parser = argparse.ArgumentParser(
        prog="chitieu quantity",
        description="Parse one Vietnamese number or money phrase a line from stdin; print one JSON object a line "
        '({"value": …, "unit": …}, with min/max for a range, of for a fraction, qualifier), or null.',
    )
    parser.parse_args(argv)
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    lines = (raw.decode("utf-8", errors="replace") for raw in stdin) if stdin else sys.stdin
    for line in lines:
        quantity = parse_quantity(line.rstrip("\r\n")) if line.strip() else None
        print(json.dumps(quantity.as_json() if quantity else None, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def compile_main(argv=None) -> int:
    """`chitieu compile-extractor`: build the compiled extractor (native.py) unless it is up to date."""
    from . import native

    parser = argparse.ArgumentParser(
        prog="chitieu compile-extractor",
        description="Compile the extractor's rule modules with mypyc (the `native` extra and a C compiler); "
                    "pure Python runs wherever they are not compiled.")
    parser.add_argument("--status", action="store_true", help="only say which of the two runs")
    args = parser.parse_args(argv)
    up_to_date = native.built_stamp() == native.source_stamp()
    if args.status:
        import chitieu.extract as package

        print("compiled (mypyc)" if package.COMPILED else
              "pure Python" + ("" if native.built_stamp() is None else " (the build is older than the sources)"))
        return 0
    if up_to_date:
        print("the compiled extractor is up to date")
        return 0
    native.build()
    print(f"compiled the extractor into {native.NATIVE_DIR}")
    return 0
