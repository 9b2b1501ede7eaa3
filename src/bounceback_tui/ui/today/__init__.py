"""Today: what is due and how the bounce-back is going."""
