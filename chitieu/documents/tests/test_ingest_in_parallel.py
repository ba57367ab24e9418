"""`chitieu ingest --workers N` and `--cluster ADDR`: extraction elsewhere (local processes, a Dask cluster),
the same documents and claims stored as by a single process."""

import pytest
from django.core.management import call_command

from chitieu.documents.batch import ingest_in_batches, walk_files
from chitieu.documents.models import Claim, Document
from chitieu.documents.tests import sample_files


def stored():
    return sorted(
        (d.original_name, d.format, d.place_id, d.claims.count(), tuple(d.claims.values_list("start", "value", "indicator_id")))
        for d in Document.objects.all()
    )


@pytest.fixture
def folder(tmp_path):
    return sample_files.mixed_folder(tmp_path / "hop-thu")


@pytest.mark.django_db(transaction=True)
def test_two_worker_processes_store_what_one_process_stores(world, folder, capsys):
    call_command("ingest", str(folder), "--place", "Ba Chẽ")
    alone = stored()
    Claim.objects.all().delete()
    Document.objects.all().delete()
    call_command("ingest", str(folder), "--place", "Ba Chẽ", "--workers", "2")
    out, err = capsys.readouterr()
    assert stored() == alone and len(alone) == 3
    assert "3 mới, 1 đã có, 2 lỗi" in out.splitlines()[-1]
    assert "hong.docx" in err and "anh.jpg" in err


@pytest.mark.django_db(transaction=True)
def test_a_dask_cluster_extracts_when_given_its_address(world, folder):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  dashboard_address=None) as cluster:
        counts = ingest_in_batches([folder], place=world.district, cluster=cluster.scheduler_address)
    assert counts == {"created": 3, "unchanged": 1, "error": 2}
    assert Document.objects.count() == 3 and Claim.objects.exists()


def test_folders_are_walked_in_name_order_without_hidden_files(tmp_path):
    for name in ["b/2.txt", "b/1.txt", "a.txt", ".an/x.txt", "c/.hidden.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in walk_files([tmp_path])] == ["a.txt", "b/1.txt", "b/2.txt"]


@pytest.mark.django_db(transaction=True)
def test_a_worker_without_the_database_sends_the_extraction_and_the_writer_links_it(world, folder, monkeypatch):
    from django.db import OperationalError

    from chitieu.documents import batch

    call_command("ingest", str(folder), "--place", "Ba Chẽ")
    alone = stored()
    Claim.objects.all().delete()
    Document.objects.all().delete()

    def unreachable(options):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(batch, "_ingestor_for", unreachable)
    counts = ingest_in_batches([folder], place=world.district)
    assert counts == {"created": 3, "unchanged": 1, "error": 2} and stored() == alone
