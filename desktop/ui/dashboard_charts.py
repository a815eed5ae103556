"""Horizontal bar charts of the dashboard (QtCharts): the funnel and the hires by NOC category.

A chart shows labelled bars in reading order, top to bottom, with each bar's value at its end;
an empty chart keeps its categories with zero-length bars so the layout never jumps.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

ACCENT = QColor("#1d4e89")


class BarChart(QChartView):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().hide()
        self._chart.setBackgroundRoundness(0)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_title(self, title: str) -> None:
        font = QFont(self.font())
        font.setBold(True)
        self._chart.setTitleFont(font)
        self._chart.setTitle(title)

    def set_bars(self, labels: list[str], values: list[int]) -> None:
        """Replace the bars, in reading order (the first label on top)."""
        self.labels, self.values = list(labels), list(values)
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(ACCENT)
        bars.setBorderColor(ACCENT)
        bars.append([float(v) for v in reversed(values)])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor("#1f2933"))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Category names must be unique: a repeated label gets invisible zero-width spaces.
        names: list[str] = []
        for label, value in zip(labels, values, strict=True):
            if not value:  # Qt draws no label for an empty bar: say 0 beside the name
                label = f"{label} (0)"
            while label in names:
                label += "\u200b"
            names.append(label)
        categories.append(names[::-1])
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([*values, 1]) * 1.15)
        axis.setVisible(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
