"""HTML from statuses and mail becomes the text a reader sees, never markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.html_text import html_to_text


def test_a_mastodon_status_keeps_mentions_and_whole_links() -> None:
    status = (
        '<p>Hi <span class="h-card"><a href="https://m.example/@bob" class="u-url mention">'
        '@<span>bob</span></a></span>, menu: <a href="https://example.org/menu/today">'
        '<span class="invisible">https://</span><span class="ellipsis">example.org/menu/to'
        '</span><span class="invisible">day</span></a></p><p>Second<br>third</p>'
    )
    assert html_to_text(status) == (
        "Hi @bob, menu: https://example.org/menu/today\n\nSecond\nthird"
    )


def test_link_targets_stay_as_text_when_the_link_shows_other_words() -> None:
    assert html_to_text('<a href="https://shop.example/x">our shop</a>') == (
        "our shop (https://shop.example/x)"
    )
    assert html_to_text('<a href="javascript:alert(1)">click</a>') == "click"


def test_scripts_styles_and_head_are_dropped_and_images_become_alt_text() -> None:
    page = (
        "<html><head><title>Newsletter</title><style>p {color: red}</style></head>"
        "<body><script>document.write('x')</script><p>Dear guest &amp; friend</p>"
        '<img src="https://tracker.example/pixel.gif" alt="Hotel logo">'
        "<ul><li>breakfast</li><li>late check-out</li></ul></body></html>"
    )
    text = html_to_text(page)
    assert text == "Dear guest & friend\n\n[Hotel logo]\n\n• breakfast\n• late check-out"
    assert "tracker" not in text and "color" not in text and "Newsletter" not in text


def test_preformatted_text_keeps_its_spaces() -> None:
    assert html_to_text("<pre>a  b\n  c</pre>") == "a  b\n  c"


def test_markup_in_text_stays_text() -> None:
    assert html_to_text("&lt;script&gt;alert(1)&lt;/script&gt;") == "<script>alert(1)</script>"


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"'&;#ap br scriptxyz\n\t\u200b\U0001f600"))))
def test_no_input_makes_it_raise(html: str) -> None:
    assert isinstance(html_to_text(html), str)
