"""The scale benchmark's measured steps count what they claim to (run on tiny archives)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import gen, steps


@pytest.mark.parametrize("build", [gen.build_facebook, gen.build_x], ids=["facebook", "x"])
def test_item_floor_sees_every_record_the_plain_floor_decodes(tmp_path: Path, build) -> None:
    archive = build(tmp_path / "a.zip", 300)
    plain = steps.floor_stream(archive)
    with_items = steps.floor_items(archive)
    # The bare-Item step must walk the same records, or its cost would be understated.
    assert plain["records"] >= 300
    assert with_items["records"] == plain["records"]


def test_kept_work_folder_reuses_its_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import scale
    built: list[Path] = []

    def fake_build(dest: Path, n: int) -> Path:
        built.append(dest)
        return gen.build_facebook(dest, n)

    monkeypatch.setitem(scale.BUILDERS, "fb", fake_build)
    monkeypatch.setattr(scale, "run_child", lambda *a, **k: scale.Measure(0.0, 0.0, {}, 0.0))
    for _ in range(2):
        scale.bench_one("fb", 200, tmp_path, folder=False, steps=set(), keep=True)
    assert len(built) == 1  # the second run found the kept archive
    assert (tmp_path / "fb-200.zip").exists()
    (tmp_path / "tmp").mkdir()
    scale.bench_one("fb", 200, tmp_path / "tmp", folder=False, steps=set(), keep=False)
    assert not (tmp_path / "tmp" / "fb-200.zip").exists()
