"""Tables flattened one cell a line: each cell is read by its column (cellcolumns.py). Invented tables."""

from chitieu.extract import extract
from chitieu.extract.tests.reading import by_text

TABLE = ("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2021:\n\n"
         "Các chỉ tiêu\n\nKH năm 2021\n\nƯớc thực hiện\n\nSo\n\nKế hoạch\n\nSo năm 2020\n\nGhi chú\n\n"
         "1/ Tổng thu ngân sách\n\n50 tỷ đồng\n\n55 tỷ đồng\n\n110%\n\nTăng 8%\n\n"
         "Riêng thu nội địa được 40 tỷ đồng\n\n"
         "2/ Lao động có việc làm mới\n\n1.000 lao động\n\n900 lao động\n\n90%\n\nGiảm 50 lao động (5,3%)\n")



def test_a_cell_is_read_by_its_column():
    claims = by_text(extract(TABLE, date="2021-12-15"))
    plan, done = claims["50 tỷ đồng"], claims["55 tỷ đồng"]
    assert (plan.modality, plan.measure, plan.subject) == ("target", "level", "Tổng thu ngân sách")
    assert (done.modality, done.measure, done.subject) == ("estimate", "level", "Tổng thu ngân sách")
    assert (claims["110%"].measure, claims["110%"].basis, claims["110%"].modality) == ("ratio", "plan", "estimate")
    assert (claims["8%"].measure, claims["8%"].basis, claims["8%"].modality) == ("growth", "prior_year", "estimate")


def test_a_fall_in_a_comparison_column_is_negative():
    claims = by_text(extract(TABLE, date="2021-12-15"))
    assert (claims["50 lao động"].measure, claims["50 lao động"].value) == ("change", -50)
    assert (claims["5,3%"].measure, claims["5,3%"].value, claims["5,3%"].basis) == ("growth", -5.3, "prior_year")
    assert claims["900 lao động"].subject == "Lao động có việc làm mới"


def test_a_note_on_the_result_takes_the_result_modality():
    claims = by_text(extract(TABLE, date="2021-12-15"))
    assert claims["40 tỷ đồng"].modality == "estimate"


def test_short_lines_that_are_no_column_heads_change_nothing():
    text = "Thu ngân sách\n\nđạt 50 tỷ đồng\n\nTăng 8%\n"
    claims = by_text(extract(text, date="2021-12-15"))
    assert claims["8%"].basis == "same_period"


def test_a_table_with_its_cells_split_by_bars_is_read_by_its_columns():
    text = ("Kết quả năm 2021:\n"
            "Chỉ tiêu | KH năm 2021 | Ước thực hiện | Tỷ lệ (%) | So cùng kỳ\n"
            "Thu ngân sách | 50 tỷ đồng | 55 tỷ đồng | 110% | tăng 8%\n"
            "Tỷ lệ hộ nghèo | dưới 3% | 2,5% | 120% |\n")
    claims = by_text(extract(text, date="2021-12-20"))
    assert (claims["50 tỷ đồng"].modality, claims["55 tỷ đồng"].modality) == ("target", "estimate")
    assert (claims["110%"].measure, claims["110%"].basis) == ("ratio", "plan")
    assert (claims["8%"].measure, claims["8%"].basis, claims["8%"].modality) == ("growth", "same_period", "estimate")
    assert (claims["3%"].modality, claims["3%"].qualifier, claims["3%"].subject) == ("target", "under", "Tỷ lệ hộ nghèo")
