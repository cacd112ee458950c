"""Scoring the extractor on the evaluation material beside the repo (../shared, ../devset-texts)."""
