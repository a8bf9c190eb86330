"""The foundation: plain values that know nothing of bodies (issues and their codes, limits,
the neutral tree JSON and XML are both read into, the issue report, fast construction of frozen
values, what XML 1.0 can carry)."""
