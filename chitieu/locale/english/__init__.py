"""English of the interface strings, one file per area; fill_en.py merges them."""
