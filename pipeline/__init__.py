"""claimtrail: dated, reconciled claims about people and teams from news articles."""

__version__ = "0.1.0"
