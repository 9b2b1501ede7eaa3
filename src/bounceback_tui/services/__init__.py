"""Use cases ("add an application", "mark rejected", "tick a step"): plain Python over the store.

Each public function that changes data runs in one ``Database.write()``
transaction: a failure leaves the store as it was.
"""
