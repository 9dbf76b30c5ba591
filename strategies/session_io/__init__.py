"""The parts of the session file format; ``strategies.session_file`` is the public door."""
