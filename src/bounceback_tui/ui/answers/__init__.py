"""The interview answer bank: the list of questions, their form, and practice rounds."""
