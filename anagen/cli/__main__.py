"""`python -m anagen.cli`: the same as the `anagen` console script."""

from anagen.cli.dispatch import run_main

if __name__ == "__main__":
    run_main()
