from django.core.management import call_command


def test_the_terminal_table_shows_the_figures_of_the_page(ba_che_budget, places, client, capsys):
    call_command("show", "huyện Ba Chẽ")
    printed = capsys.readouterr().out
    assert "29,577 tỷ đồng" in printed and "đạt 82,2%" in printed and "đạt 86,4%" in printed
    page = client.get(places.ba_che.get_absolute_url()).content.decode()
    for figure in ("29,577 tỷ đồng", "đạt 82,2%", "đạt 86,4%", "HĐND huyện", "UBND tỉnh"):
        assert figure in page


def test_the_page_in_english_names_the_indicators_and_writes_english_numbers(ba_che_budget, places, client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(places.ba_che.get_absolute_url()).content.decode()
    assert "State budget revenue collected in the area" in page
    assert "29.577 billion VND" in page and "82.2%" in page


def test_the_terminal_shows_what_the_public_sees_and_with_drafts_the_rest_marked(ba_che_budget, places, capsys):
    from chitieu.indicators.models import DataValue

    DataValue.objects.filter(pk=ba_che_budget["result"].pk).update(state=DataValue.State.SUBMITTED)
    call_command("show", "huyện Ba Chẽ")
    public = capsys.readouterr().out
    assert "29,577 tỷ đồng" not in public and "HĐND huyện" in public
    call_command("show", "huyện Ba Chẽ", "--drafts")
    everything = capsys.readouterr().out
    assert "29,577 tỷ đồng" in everything and "[đã gửi duyệt]" in everything
