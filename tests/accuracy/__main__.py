"""``make accuracy``: pairing, false alarms, planted errors found, on the corpus."""

import sys

from tests.accuracy.evaluate import run

if __name__ == "__main__":
    run()
    sys.exit(0)
