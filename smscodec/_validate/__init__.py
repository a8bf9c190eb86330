"""The validator: the walker over a description, the combinators descriptions are made of,
and the check a model's constructor runs."""
