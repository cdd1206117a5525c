"""Run the command line as `python -m congress_docs`."""

from congress_docs.cli import main

main()
