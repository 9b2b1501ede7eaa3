"""Skills: the improvement backlog, its board, detail and form."""
