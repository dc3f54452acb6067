"""Rows for the mends of stop 26's review: a team before "second on N" loses its points only to a gapped
table clause; "on the list for" is a coaching candidacy only with a post named after it; a where-clause
on a club is an earlier job only after a career step ("made his name at"); "started out" read by lemma.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a table line with no verb before it: each team keeps its own points
    ("Table: Liverpool first on 76 points, Arsenal second on 70.", ("arsenal", "points", None, "70", "asserted")),
    ("Table: Liverpool first on 76 points, Arsenal second on 70.", ("liverpool", "points", None, "76", "asserted")),
    # a gapped clause after a table verb: still the second team's
    ("Porto ended the season top with 84 points, Benfica second on 80.", ("benfica", "points", None, "80", "asserted")),
    # a shortlist for a post
    ("Ajax sacked their coach on Monday. Tom Reed is on the shortlist for the vacancy.",
     ("tom-reed", "appointed", "ajax", None, "hypothetical")),
    # a where-clause on the club joined is the present job: "his side" is that club
    ("Tom Reed left Hearts in 2020 and took over at Celtic, where he managed the team to a double. His side are top again.",
     ("celtic", "league_position", None, "1", "asserted")),
    # one where the career was made is an earlier job: the present one decides "his side"
    ("Tom Reed made his name at Hearts, where he managed the club for five years. He now coaches Celtic, and his side "
     "are top again.", ("celtic", "league_position", None, "1", "asserted")),
    # "started out" in any form
    ("Jonas Berg, who had started out with Molde, moved to Brann in 2015.", ("jonas-berg", "player_of", "molde", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_review_rows(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


NOT_ROWS = [
    # a list for an award is no coaching candidacy, even with a vacancy in the article
    ("Ajax sacked their coach on Monday. Tom Reed is on the list for the award.", ("tom-reed", "appointed")),
    ("Ajax are looking for a new coach. Tom Reed is on the list for the Ballon d'Or.", ("tom-reed", "appointed")),
    # the first team of a gapped table line does not take the second's points
    ("Porto ended the season top with 84 points, Benfica second on 80.", ("porto", "points", "80")),
]


@pytest.mark.parametrize("text,absent", NOT_ROWS)
def test_review_not_rows(analyse_text, text, absent):
    got = [c for c in analyse_text(text).claims if (c["subject_id"], c["predicate"]) == absent[:2]
           and (len(absent) < 3 or c["value"] == absent[2])]
    assert not got, got
