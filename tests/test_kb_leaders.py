"""Who "the leader" of a state is, by date (leaders.csv over the shipped base)."""

from __future__ import annotations

import pytest

from multipolar.kb import load_kb


@pytest.mark.parametrize("country, date, name", [
    ("SUN", "1986-05-01", "Mikhail Gorbachev"),      # the party chief led the Soviet Union
    ("CHN", "1985-01-01", "Deng Xiaoping"),          # as chairman of the military commission
    ("CHN", "2023-01-01", "Xi Jinping"),
    ("DEU", "2023-01-01", "Olaf Scholz"),            # parliamentary: the head of government
    ("FRA", "2023-01-01", "Emmanuel Macron"),        # otherwise the head of state
    ("TUR", "2010-01-01", "Recep Tayyip Erdoğan"),   # prime minister then
    ("TUR", "2020-01-01", "Recep Tayyip Erdoğan"),   # president now
])
def test_kb_leader_by_date(country, date, name):
    person, _ = load_kb().leader(country, date)
    assert person.name.replace("Erdogan", "Erdoğan") == name


def test_an_arabic_article_is_matched_however_it_is_written():
    from multipolar.kb.base import _article_variants

    assert set(_article_variants("al-Shabaab")) == {"al-Shabaab", "al Shabaab", "Al-Shabaab", "Al Shabaab"}
    assert _article_variants("Alliance of Sahel States") == ["Alliance of Sahel States"]
