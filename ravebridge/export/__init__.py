"""Builders of nn~-compatible models; needs the `build` extra: nn_tilde, cached_conv."""
