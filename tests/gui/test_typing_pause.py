"""Results that come while the user types are shown in the pause after, once."""

from tests.gui.helpers import open_sample
from ui.typing_pause import PAUSE_S, TypingPause


def test_a_job_waits_for_the_pause_and_runs_once(qtbot):
    pause = TypingPause()
    ran = []
    pause.when_paused(lambda: ran.append("idle"))
    assert ran == ["idle"]  # nobody typing: at once
    pause.typed()

    def job():
        ran.append("after typing")
    pause.when_paused(job)
    pause.when_paused(job)
    assert ran == ["idle"]
    qtbot.wait(int(PAUSE_S * 500))
    pause.typed()  # still typing: it waits on
    qtbot.wait(int(PAUSE_S * 700))
    assert ran == ["idle"]
    qtbot.waitUntil(lambda: ran == ["idle", "after typing"], timeout=2000)


def test_the_checks_panel_fills_in_the_pause_after_typing(qtbot):
    w = open_sample(qtbot)
    en = w.view.panes["en"]
    en.place_cursor(3, w.release.rows[3].text("en").index("95th"))
    en.textCursor().deleteChar()
    qtbot.keyClicks(en, "8")  # 95th -> 85th
    assert w.checks.wait() and w.checks.tree.topLevelItemCount() == 1
    en.place_cursor(1, 0)
    qtbot.keyClicks(en, "In 2024 ")  # a second finding, in another row
    w.checks.run_now()

    def still_typing():
        w.view.pause.typed()  # the user goes on typing while the answer comes
        return not w.checks.busy
    qtbot.waitUntil(still_typing, timeout=20000)
    qtbot.wait(50)
    assert w.checks.tree.topLevelItemCount() == 1  # not redrawn between two keys
    qtbot.waitUntil(lambda: w.checks.tree.topLevelItemCount() == 2, timeout=2000)
    assert "Errors: 2" in w.checks_label.text()
