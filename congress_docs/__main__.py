"""Run the command line as `python -m congress_docs`."""

from congress_docs.start import main

main()
