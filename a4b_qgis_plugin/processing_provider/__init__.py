"""Processing provider ``a4b`` and its algorithms (thin layers over ``core``)."""
