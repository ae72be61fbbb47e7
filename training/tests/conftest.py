import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clothing"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "2")


@pytest.fixture(scope="session")
def fixture_data() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def tiny_run(tmp_path_factory, fixture_data):
    """Train + export the tiny CNN, then the tiny ViT distilled from it (once for the session)."""
    from training import train

    base = tmp_path_factory.mktemp("tiny")
    out, runs = base / "models", base / "runs"
    common = ["--config", "tiny", "--data", str(fixture_data), "--out", str(out), "--runs", str(runs)]
    assert train.main(["--model", "cnn"] + common) == 0
    assert train.main(["--model", "vit"] + common) == 0
    return {"out": out, "runs": runs, "base": base}
