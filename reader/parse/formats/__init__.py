"""Input formats: each turns one source file into the shared line/block structure."""
