"""Modal screens: forms, confirmations, help."""
