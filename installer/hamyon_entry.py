"""The frozen program's entry point (PyInstaller runs this script): the ``hamyon`` command, or, started
by the window with ``FROZEN_FLAG``, its Face-ID analysis process (which imports only what the analysis
needs, not the command's modules)."""

import sys

from biometrics.analysis_process import FROZEN_FLAG

if __name__ == "__main__":
    if sys.argv[1:] == [FROZEN_FLAG]:
        from biometrics.analysis_process import main as analysis_main

        analysis_main()
    else:
        from terminal.cli.main import main

        main()
