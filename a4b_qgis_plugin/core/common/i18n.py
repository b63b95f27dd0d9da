"""Translation helpers.

pylupdate5 files a ``tr()`` call under the name of the class it sits in, and a
module-level ``tr()`` call under ``@default``. So:

* module-level code calls :func:`tr` (context ``@default``);
* classes call ``self.tr`` from :class:`Translatable` (context: the concrete
  class name), and only in methods of the class that holds the string;
* anything else calls ``QCoreApplication.translate("Literal", "...")``.
"""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate a string written at module level (context ``@default``)."""
    return QCoreApplication.translate("@default", text)


class Translatable:
    """Mixin giving ``self.tr()`` with the concrete class name as context."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)
