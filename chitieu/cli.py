"""The `chitieu` command.

`extract`, `quantity` and `compile-extractor` are the extractor's own commands and never load Django;
every other verb is a Django management command (`chitieu init`, `chitieu show`, …),
so `chitieu help` lists them all and Django's own (`migrate`, `createsuperuser`) work too.
"""

import os
import sys

PURE_COMMANDS = {
    "extract": "chitieu.extract.cli:extract_main",
    "quantity": "chitieu.extract.cli:quantity_main",
    "compile-extractor": "chitieu.extract.cli:compile_main",
}


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in PURE_COMMANDS:
        module_name, function_name = PURE_COMMANDS[argv[0]].split(":")
        module = __import__(module_name, fromlist=[function_name])
        return getattr(module, function_name)(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["chitieu", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
