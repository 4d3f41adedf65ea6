"""The frozen program's entry point (PyInstaller runs this script): the ``hamyon`` command."""

from terminal.cli.main import main

if __name__ == "__main__":
    main()
