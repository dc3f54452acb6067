from pipeline.near_duplicates import shingles, source_groups

STORY = ("Unai Emery was appointed head coach of Aston Villa on Tuesday after the club parted ways with Steven "
         "Gerrard. The Spaniard, 50, arrives from Villarreal, whom he led to the Europa League title in 2021. "
         "Villa sit 16th in the Premier League after 11 games and face Manchester United on Sunday.")


def test_syndicated_copy_with_new_headline_and_extra_paragraph_is_one_source():
    copy = "Villa turn to Emery\n" + STORY + "\nRead more of our coverage of the Premier League on our website."
    other = ("Arsenal beat Chelsea 2-0 at the Emirates on Saturday. Bukayo Saka scored twice and the Gunners "
             "moved up to third in the Premier League table after 12 games.")
    groups = source_groups([(k, shingles(t)) for k, t in [("wire", STORY), ("copy", copy), ("other", other)]])
    assert groups == {"copy": ("wire", groups["copy"][1])} and groups["copy"][1] >= 0.8


def test_different_stories_about_the_same_people_are_not_duplicates():
    second = ("Aston Villa head coach Unai Emery said on Friday that the squad is ready for Manchester United. "
              "The 50-year-old has won two of his first three matches since arriving from Villarreal.")
    assert source_groups([("a", shingles(STORY)), ("b", shingles(second))]) == {}
