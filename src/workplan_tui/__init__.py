"""workplan: a board's annual work plan, its priority vote and the decision, in the terminal."""

__version__ = "0.1.0"
