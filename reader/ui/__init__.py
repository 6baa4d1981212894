"""The Qt window: thin adapters that show what reader.parse produces."""
