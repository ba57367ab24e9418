"""chitieu: targets, results and NTM criteria of Vietnamese local government."""

__version__ = "0.1.0"
