"""Recovery: a checklist per rejection, its forms and the step template."""
