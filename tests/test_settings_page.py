"""The plugin's page under Settings › Options shows, changes and stores the settings."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings


@pytest.fixture
def clean_settings(qgis_app):
    from a4b_qgis_plugin.core.common import settings

    for setting in settings.ALL:
        setting.reset()
    yield settings
    for setting in settings.ALL:
        setting.reset()


@pytest.fixture
def page(clean_settings):
    from a4b_qgis_plugin.gui.settings.page import A4BOptionsFactory

    widget = A4BOptionsFactory().createWidget(None)
    widget.resize(700, 500)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()


def test_factory_names_the_page_and_has_an_icon(qgis_app):
    from a4b_qgis_plugin.gui.settings.page import A4BOptionsFactory

    factory = A4BOptionsFactory()
    assert factory.title() == "All4Biodiversity"
    assert not factory.icon().isNull()


def test_page_shows_defaults_as_placeholders(page, clean_settings):
    assert page.measureCatalogueWidget.filePath() == ""
    assert page.bandsEdit.text() == "" and page.bandsEdit.placeholderText() == "100,250,500,1000"
    assert page.registerNameEdit.placeholderText() == "a4b_work.gpkg"
    assert page.separatorCombo.currentData() == "" and page.decimalCombo.currentData() == ""
    assert "(follows QGIS's language)" in page.separatorCombo.currentText()


def test_changed_values_are_stored_on_apply_and_read_back(page, clean_settings, tmp_path):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, configured_dialect

    catalogue = tmp_path / "my_measures.csv"
    catalogue.write_text("code\n", encoding="utf-8")
    page.measureCatalogueWidget.setFilePath(str(catalogue))
    page.sourceCatalogueWidget.lineEdit().setText(str(tmp_path / "sources.json"))
    page.registerNameEdit.setText("maatregelen")
    page.bandsEdit.setText("500; 100 250")
    page.separatorCombo.setCurrentIndex(page.separatorCombo.findData("\t"))
    page.decimalCombo.setCurrentIndex(page.decimalCombo.findData(","))
    assert clean_settings.DEFAULT_BANDS.get() == "100,250,500,1000"  # nothing stored before apply
    page.apply()
    assert clean_settings.MEASURE_CATALOGUE_PATH.get() == str(catalogue)
    assert clean_settings.SOURCE_CATALOGUE_PATH.get() == str(tmp_path / "sources.json")
    assert clean_settings.PILOT_CATALOGUE_PATH.get() == ""
    assert clean_settings.WORK_GPKG_NAME.get() == "maatregelen.gpkg"
    assert clean_settings.DEFAULT_BANDS.get() == "100,250,500"
    assert QgsSettings().value("a4b/csv/separator") == "\t"
    assert configured_dialect() == CsvDialect("\t", ",")
    # a new page (the next time Options opens) shows what was stored
    from a4b_qgis_plugin.gui.settings.page import A4BSettingsPage

    again = A4BSettingsPage()
    assert again.measureCatalogueWidget.filePath() == str(catalogue)
    assert again.registerNameEdit.text() == "maatregelen.gpkg"
    assert again.bandsEdit.text() == "100,250,500"
    assert again.separatorCombo.currentData() == "\t" and again.decimalCombo.currentData() == ","
    again.deleteLater()


def test_restore_defaults_then_apply_forgets_everything(page, clean_settings):
    clean_settings.DEFAULT_BANDS.set("50,100")
    clean_settings.CSV_SEPARATOR.set(";")
    clean_settings.PILOT_CATALOGUE_PATH.set("/somewhere/pilots.json")
    page.load()
    assert page.bandsEdit.text() == "50,100" and page.separatorCombo.currentData() == ";"
    page.defaultsButton.click()
    page.apply()
    assert QgsSettings().value("a4b/flag/bands") is None
    assert QgsSettings().value("a4b/csv/separator") is None
    assert clean_settings.PILOT_CATALOGUE_PATH.get() == ""


def test_bad_bands_are_explained_and_not_stored(page, clean_settings):
    page.bandsEdit.setText("100, far")
    assert "'far' is not a distance in metres" in page.bandsNote.text()
    page.apply()
    assert clean_settings.DEFAULT_BANDS.get() == "100,250,500,1000"
    page.bandsEdit.setText("200")
    assert "far" not in page.bandsNote.text()


def test_a_separator_equal_to_the_decimal_mark_is_refused(page, clean_settings):
    page.separatorCombo.setCurrentIndex(page.separatorCombo.findData(","))
    page.decimalCombo.setCurrentIndex(page.decimalCombo.findData(","))
    assert "must differ" in page.csvNote.text()
    page.apply()
    assert QgsSettings().value("a4b/csv/separator") is None and QgsSettings().value("a4b/csv/decimal") is None
    page.decimalCombo.setCurrentIndex(page.decimalCombo.findData("."))
    assert "must differ" not in page.csvNote.text()
