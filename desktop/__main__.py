"""`passerelle` and `python -m desktop`: the command line, or the GUI when no command is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from desktop.cli.options import wants_gui

    gui_args = wants_gui(argv)
    if gui_args is not None:
        # The window first: the database layer is imported while staff type their password.
        from desktop.ui.launch import launch_gui

        return launch_gui(gui_args)
    from desktop.cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
