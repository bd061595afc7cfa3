"""The Kimi AMA corpus: model, loading, validation and search. Knows nothing of Textual."""
