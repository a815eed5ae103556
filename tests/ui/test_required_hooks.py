"""Base forms and pages refuse, when a subclass is defined, a subclass that leaves out a method
the base calls (Qt ignores `abc.abstractmethod`): the mistake fails at import, not on a click."""

from __future__ import annotations

import pytest

from desktop.ui.first_run import _Page
from desktop.ui.privacy_register import RegisterPage
from desktop.ui.workspace_form import WorkspaceForm


def test_a_form_without_save_is_refused_when_defined() -> None:
    with pytest.raises(TypeError, match="save"):

        class _NoSave(WorkspaceForm):
            def retranslate(self) -> None:
                pass


def test_a_register_without_its_form_and_a_page_without_texts_are_refused() -> None:
    with pytest.raises(TypeError, match="form"):

        class _NoForm(RegisterPage):
            def reload(self) -> None:
                pass

    with pytest.raises(TypeError, match="retranslate"):

        class _Silent(_Page):
            pass
