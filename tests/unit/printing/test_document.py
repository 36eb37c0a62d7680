from __future__ import annotations

from infoview_gui.printing.document import Block, Slice, page_label, paginate, px


def blocks(*specs: tuple[float, bool]) -> tuple[Block, ...]:
    return tuple(Block("x", space_before=gap, keep_with_next=keep) for gap, keep in specs)


def test_blocks_that_fit_follow_each_other_with_their_gaps() -> None:
    pages = paginate(blocks((10, False), (10, False)), [30.0, 30.0], 100.0)
    assert pages == [[Slice(0, 0.0, 0.0, 30.0), Slice(1, 40.0, 0.0, 30.0)]]


def test_a_block_that_does_not_fit_moves_whole_to_the_next_page_without_its_gap() -> None:
    pages = paginate(blocks((0, False), (10, False), (10, False)), [40.0, 40.0, 40.0], 100.0)
    assert [[s.block for s in page] for page in pages] == [[0, 1], [2]]
    assert pages[1][0] == Slice(2, 0.0, 0.0, 40.0)


def test_a_heading_moves_with_the_block_it_keeps_with() -> None:
    specs = blocks((0, False), (0, True), (0, False))
    pages = paginate(specs, [70.0, 10.0, 30.0], 100.0)
    assert [[s.block for s in page] for page in pages] == [[0], [1, 2]]


def test_a_page_break_starts_a_new_page_but_never_a_blank_one() -> None:
    specs = (Block("a", page_break_before=True), Block("b"), Block("c", page_break_before=True))
    pages = paginate(specs, [10.0, 10.0, 10.0], 100.0)
    assert [[s.block for s in page] for page in pages] == [[0, 1], [2]]


def test_a_block_taller_than_a_page_is_cut_at_page_heights() -> None:
    pages = paginate(blocks((0, False), (0, False), (0, False)), [20.0, 250.0, 20.0], 100.0)
    assert [[(s.block, s.offset, s.height) for s in page] for page in pages] == [
        [(0, 0.0, 20.0)],
        [(1, 0.0, 100.0)],
        [(1, 100.0, 100.0)],
        [(1, 200.0, 50.0), (2, 0.0, 20.0)],
    ]
    assert pages[3][1].top == 50.0


def test_lengths_are_css_pixels() -> None:
    assert px(25.4) == 96.0  # one inch
    assert page_label(2, 5) == "Page 2 of 5"
