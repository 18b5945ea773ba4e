"""The control layer: one command model behind OSC, MIDI, session files and Python.

`commands` (the values and their checks), `dispatcher` (runs them against a
`ravebridge.rack.Rack`), `osc`, `midi`, `session` (TOML set-ups) and `status`
(the live view). The addresses are documented in docs/osc.md.
"""
