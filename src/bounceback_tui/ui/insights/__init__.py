"""What's working: the comparisons as bar charts with 95% ranges, and the stage flow."""
