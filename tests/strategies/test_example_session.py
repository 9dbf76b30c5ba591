"""The example session that ships is made for the model that ships: it opens without a
'model changed' note (after changing resources/foshan, put the new content_hash into it)."""

from strategies.model import load_model
from strategies.session_file import example_session_path, read_session


def test_example_session_matches_the_shipped_model():
    model = load_model()
    loaded = read_session(example_session_path(), model)
    assert loaded.warnings == (), f"set its content_hash to {model.content_hash}"
