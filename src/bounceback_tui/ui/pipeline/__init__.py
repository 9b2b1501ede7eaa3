"""Pipeline: applications through their stages, the board, imports and job boards."""
