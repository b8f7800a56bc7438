"""``make accuracy``: pairing, false alarms, planted errors found, on the corpus; then how
well the aligner's confidence picks out its wrong pairs."""

import sys

from tests.accuracy.confidence import report
from tests.accuracy.evaluate import run

if __name__ == "__main__":
    run()
    report()
    sys.exit(0)
