"""A Static for text that changes often: it lays the screen out again only when its height changes.

`Static.update` asks for a layout of the whole screen each time; on the Vote pane that is a
reflow and a repaint of every widget per keystroke, though most changes to a ballot leave a
panel's height as it was. Identical text is not drawn again at all.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class FittedStatic(Static):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._text: Text | None = None

    def show_text(self, text: Text) -> None:
        if text == self._text:
            return
        self._text = text
        width, height = self.content_size
        self.update(text, layout=False)
        # The height the new text wraps to at this width (Textual keeps it for the layout, if one follows).
        if not width or self.get_content_height(self.container_size, self.app.size, width) != height:
            self.refresh(layout=True)
