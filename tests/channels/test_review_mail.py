"""Review sites' notification e-mails read as reviews: the parsers on the team's samples
(tests/fixtures/review_mail/), and what stays an e-mail."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.email.parse import parse_mail
from socialinbox.channels.review_mail import ReviewNotice, review_notice
from socialinbox.channels.review_mail.booking import stars_for_score
from socialinbox.channels.review_mail.notice import stars_in

SAMPLES = Path(__file__).parents[1] / "fixtures" / "review_mail"


def notice_in(name: str) -> ReviewNotice | None:
    mail = parse_mail((SAMPLES / name).read_bytes())
    return review_notice(mail.from_address, mail.subject, mail.text, mail.authentication)


def test_a_yelp_notification_gives_site_stars_reviewer_excerpt_and_link():
    assert notice_in("yelp_multipart.eml") == ReviewNotice(
        channel="yelp",
        rating=2,
        reviewer="Maria G.",
        excerpt="Lovely view of the harbour, but the breakfast was cold\n"
        "and nobody at the front desk seemed to care.",
        url="https://biz.yelp.com/r/harbour-hotel-kiel/review/Qx7mB2kL9?utm_source=review_email",
    )


def test_an_html_only_yelp_notification_reads_the_same_way():
    notice = notice_in("yelp_html_only.eml")
    assert notice is not None
    assert (notice.channel, notice.rating, notice.reviewer) == ("yelp", 5, "Sam T.")
    assert notice.excerpt == "Best fish soup on the Baltic coast. We will be back in spring!"
    assert notice.url == "https://biz.yelp.com/r/harbour-hotel-kiel/review/Zz81kPq0"


def test_a_tripadvisor_notification_counts_bubbles_and_keeps_the_title():
    notice = notice_in("tripadvisor_multipart.eml")
    assert notice is not None
    assert (notice.channel, notice.rating, notice.reviewer) == ("tripadvisor", 4, "PeterK_Hamburg")
    assert notice.excerpt.startswith("Great view, thin walls\nWe loved the room facing the water.")
    assert notice.url == (
        "https://www.tripadvisor.com/ShowUserReviews-g187364-d654321-r912345678"
        "-Harbour_Hotel_Kiel-Kiel.html"
    )


def test_a_booking_score_out_of_ten_is_stored_as_stars_and_kept_in_the_text():
    notice = notice_in("booking_multipart.eml")
    assert notice is not None
    assert (notice.channel, notice.rating, notice.reviewer) == ("booking", 4, "Anna")
    assert notice.excerpt == (
        "Score 7.5/10\nLiked: Friendly staff and a quiet room.\nDisliked: Parking was expensive."
    )
    assert notice.url.startswith("https://admin.booking.com/") and "review_id=9f3c2a" in notice.url


def test_an_html_only_booking_notification_with_a_decimal_comma_and_latin_1():
    notice = notice_in("booking_html_only_comma.eml")
    assert notice is not None
    assert (notice.rating, notice.reviewer) == (5, "Jürgen")
    assert notice.excerpt == "Score 9.2/10\nLiked: Frühstück und Lage."
    assert notice.url.endswith("reviews.html?review_id=77aa")


@pytest.mark.parametrize(
    ("score", "stars"),
    [("10", 5), ("9", 5), ("8.9", 4), ("8", 4), ("7", 4), ("6.9", 3), ("5", 3), ("4.9", 2),
     ("3", 2), ("2.9", 1), ("1", 1)],
)  # fmt: skip
def test_booking_scores_are_halved_and_rounded_half_up(score, stars):
    assert stars_for_score(Decimal(score)) == stars


@pytest.mark.parametrize(
    "name",
    [
        "yelp_insights_newsletter.eml",  # from Yelp, but no review: no reviewer, no rating
        "yelp_spoofed_domain.eml",  # yelp.com.review-alerts.example.net is not Yelp
        "yelp_dkim_failed.eml",  # the receiving server says DKIM and DMARC failed
    ],
)
def test_what_is_not_a_genuine_review_notification_stays_an_email(name):
    assert notice_in(name) is None


def test_hostile_text_is_kept_as_text_and_a_script_link_is_never_the_review_link():
    notice = notice_in("tripadvisor_hostile.eml")
    assert notice is not None
    # Markup stays literal text (shown as plain text), control characters (U+202E) go.
    assert notice.reviewer == "<img src=x onerror=alert(1)> Eve"
    assert notice.excerpt == "<b>Bold</b> claims & a dirty bathroom."
    assert notice.url.startswith("https://www.tripadvisor.co.uk/ShowUserReviews-")
    assert notice.rating == 1


def test_a_review_link_must_be_on_the_site_itself():
    text = (
        "Maria G. wrote a review of your business.\nRating: 3 out of 5 stars\n"
        "https://biz.yelp.com.example.net/r/x/review/1\nftp://biz.yelp.com/review/1\n"
    )
    assert review_notice("no-reply@yelp.com", "New review", text) is None
    assert review_notice("no-reply@yelp.com", "New review", text + "http://m.yelp.com/review/2")


def test_a_sender_on_another_domain_is_never_read_even_with_a_perfect_layout():
    body = (SAMPLES / "yelp_multipart.eml").read_bytes()
    mail = parse_mail(body.replace(b"no-reply@yelp.com", b"no-reply@notyelp.com"))
    assert review_notice(mail.from_address, mail.subject, mail.text) is None


@pytest.mark.parametrize(
    ("text", "stars"),
    [("2 out of 5 stars", 2), ("4 of 5 bubbles", 4), ("a 3-star stay", 3), ("★★★★☆", 4),
     ("●○○○○", 1), ("Rating: 4.5/5", 5), ("0 out of 5", None), ("7 out of 5", None),
     ("★★★", None), ("no rating here", None)],
)  # fmt: skip
def test_stars_are_read_written_out_or_drawn(text, stars):
    assert stars_in(text) == stars


@settings(deadline=None, max_examples=200)
@given(subject=st.text(), text=st.text())
def test_any_text_from_a_review_site_gives_a_valid_notice_or_none(subject, text):
    for sender in ("no-reply@yelp.com", "noreply@tripadvisor.com", "noreply@booking.com"):
        notice = review_notice(sender, subject, text)
        if notice is not None:
            assert 1 <= notice.rating <= 5 and notice.reviewer
            assert notice.url.lower().startswith(("http://", "https://"))
