"""Start the command line with the cycle collector held off while the modules load."""

import gc


def main() -> None:
    """Run `congress-docs` (the console script and `python -m congress_docs`).

    Loading the command line creates some 70,000 objects (pydantic's schemas, Jinja, the
    modules) that live until the process ends. Left alone, the cycle collector walks them again
    and again while they are made, and once more on the way out: about 45 ms of the 0.3 s a
    one-commune build takes. Frozen, it skips them; what the command itself makes afterwards is
    collected as usual.
    """
    gc.disable()
    from congress_docs.cli import main as run  # noqa: PLC0415 - imported with the collector off

    gc.freeze()
    gc.enable()
    try:
        run()
    finally:
        gc.freeze()  # nothing is left to collect on the way out: the process is ending
