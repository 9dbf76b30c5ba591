"""Write the shipped example session again in the current schema, keeping its content and
times (run after a schema change or a change of resources/foshan):

    python -m tools.resave_example_session   (from the repository root)
"""

from __future__ import annotations

from strategies.model import load_model
from strategies.session_file import example_session_path, read_session, write_session


def main() -> None:
    model, path = load_model(), example_session_path()
    loaded = read_session(path, model)
    if loaded.carries_other_model(model):
        raise SystemExit("the example was made with another model: fit it by hand first")
    write_session(path, loaded.session, model, loaded.info)
    print(f"{path}: schema {read_session(path, model).schema_version}, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
