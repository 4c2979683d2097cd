import io

from chiso.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_count_rate_and_eta_on_a_terminal():
    stream = FakeTerminal()
    progress = Progress("extract", total=4, unit="articles", stream=stream, min_interval=0)
    for _ in range(3):
        progress.advance()
    assert "extract: 3/4 articles" in stream.getvalue() and "ETA" in stream.getvalue()
    progress.advance()
    progress.close()
    assert stream.getvalue().endswith("\x1b[K\n")


def test_progress_is_silent_when_piped():
    stream = io.StringIO()
    progress = Progress("extract", total=2, stream=stream, min_interval=0)
    progress.advance(2)
    progress.close()
    assert stream.getvalue() == ""
