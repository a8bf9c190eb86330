"""The description of the bodies: the vocabulary (`vocabulary`), the field rules (`rules`
and the richer kinds beside it), the models and each one's description (`bodies`)."""
