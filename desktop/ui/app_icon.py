"""The application icon: a footbridge drawn in `resources/icons/passerelle.svg`.

The running app loads the PNG sizes rendered from the SVG (no SVG plug-in needed at run time, and
each size is drawn by the renderer rather than scaled by the window system). After changing the
drawing, render them again with `python -m desktop.ui.app_icon`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from desktop.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> Path:
    return resource("icons", f"passerelle-{size}.png")


def application_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = icon_file(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def render_pngs() -> list[Path]:
    """Render every size of the SVG into resources/icons (a development step)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(resource("icons", "passerelle.svg")))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = icon_file(size)
        image.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for written in render_pngs():
        print(written)
