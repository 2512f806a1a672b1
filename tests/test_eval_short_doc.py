"""The evaluation report names each document by a short code that tells the documents of a set apart."""
from govkg.evaluation.report import short_doc


def test_a_corpus_part_and_a_set_whose_prefix_holds_a_digit_keep_their_number():
    assert short_doc("ln_01_haringey_minutes.txt") == "ln_01"
    assert short_doc("h9_07_somewhere_board.txt") == "h9_07"
    assert short_doc("h9_07_x.txt") != short_doc("h9_08_x.txt")


def test_a_name_with_no_part_code_keeps_its_first_characters():
    assert short_doc("000_ab12cd.txt") == "000"
