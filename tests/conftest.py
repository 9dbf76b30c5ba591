"""Test set-up shared by every package: offscreen Qt, settings in a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from strategies.model import default_model_dir, load_model  # noqa: E402

# The shipped Foshan model and a small test model of another shape (criteria on two levels,
# leaves at two depths, 4 strategies, 3 districts): model-independent tests run on both.
MODEL_FOLDERS = {
    "foshan": default_model_dir(),
    "small": Path(__file__).parent / "models" / "small",
}


@pytest.fixture(scope="session", params=sorted(MODEL_FOLDERS))
def any_model(request):
    """Each model folder in turn."""
    return load_model(MODEL_FOLDERS[request.param])


@pytest.fixture(params=sorted(MODEL_FOLDERS))
def any_model_folder(request):
    """Each model folder in turn, as a path (for --model)."""
    return MODEL_FOLDERS[request.param]


@pytest.fixture(scope="session")
def extreme_folders(tmp_path_factory):
    """Every generated shape (tests/models/generate.py) written once: name → folder."""
    from tests.models.generate import SHAPES, write_model

    root = tmp_path_factory.mktemp("extreme_models")
    return {name: write_model(shape, root / name) for name, shape in SHAPES.items()}
