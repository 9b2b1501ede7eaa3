"""Care on hard days: the "If you are struggling" screen, what a low check-in offers
(paced breathing, 5-4-3-2-1, talking it through, a reframe). docs/care.md."""
