"""The CSV annex as a table: the rows the spreadsheet will hold."""

from __future__ import annotations

import csv
import io
from typing import Unpack

from rich.text import Text
from textual.widgets import DataTable

from workplan_tui.ui.textual_types import WidgetOptions

MAX_ROWS = 500  # a 2,000-project plan has tens of thousands of rows; the preview shows the start


class CsvPreview(DataTable[Text]):
    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(zebra_stripes=True, cursor_type="row", **options)

    def show(self, csv_text: str) -> int:
        """Fill the table from the annex's text; returns how many data rows the annex has."""
        rows = list(csv.reader(io.StringIO(csv_text)))
        self.clear(columns=True)
        if not rows:
            return 0
        header, body = rows[0], rows[1:]
        self.add_columns(*header)
        # Text cells: a title is the user's text, never markup.
        self.add_rows([[Text(cell) for cell in row] for row in body[:MAX_ROWS]])
        return len(body)
