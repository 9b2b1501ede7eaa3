"""The check-in's five moods, by number: all Today's first screen needs of the check-in
(its mood line), without the check-in's input and its checks (domain/check_in.py)."""

MOODS: tuple[tuple[int, str], ...] = (
    (1, "rough"),
    (2, "low"),
    (3, "okay"),
    (4, "good"),
    (5, "great"),
)
