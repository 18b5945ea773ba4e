"""The demo model: a small synthesiser of our own making with the genuine nn~ interface.

It is not a trained RAVE. It exists so that ravebridge can be tried, tested and
shown without a 100 MB network: every latent dimension is a knob a musician can
name, decode is a band-limited additive synth plus filtered breath noise, and
encode is a cheap analysis that maps live audio back onto the same knobs, so
`forward` resynthesises any monophonic input with the demo synth.

All state lives in zero-initialised float buffers whose first dimension is
`cached_conv.MAX_BATCH_SIZE`, indexed `[:batch]`, one row per voice: zero means
"fresh start" and rows never interact, which is how the ravebridge engine
resets a voice. Calling block by block equals one whole-signal call.

Run `python -m ravebridge.export.demo OUT.ts` to export it.
"""
import math
import sys
from typing import Final, List, Tuple

import cached_conv as cc
import nn_tilde
import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

SR = 48000
RATIO = 512
LATENT_SIZE = 8
LATENT_LABELS = [
    "(signal) pitch: 1 octave per unit, 0 = 220 Hz",
    "(signal) brightness: harmonic roll-off",
    "(signal) breath: noise amount",
    "(signal) loudness: 5 dB per unit",
    "(signal) hollowness: odd vs even harmonics",
    "(signal) inharmonicity: harmonic to bell",
    "(signal) vibrato depth",
    "(signal) sub octave",
]

NOISE_TAPS = 63
# dims encode does not analyse: no added stretch, no added vibrato (the
# input's own vibrato already arrives through pitch), no sub
UNANALYSED = (0.0, -3.0, -3.0)


def _stretch_beta(z5: Tensor) -> Tensor:
    """Stiff-string stretch: partial k sits at k f0 sqrt(1 + beta k^2)."""
    return 1e-2 * F.softplus(1.4 * z5 - 3.2).pow(2)


def _loudness_gain(z3: Tensor) -> Tensor:
    """Linear RMS gain: -18 dB at 0, 5 dB per unit, fading to silence at -3.5."""
    fade = ((z3 + 3.5) / 1.5).clamp(0.0, 1.0)
    return torch.pow(10.0, (5.0 * z3 - 18.0) / 20.0) * fade * fade


def _harmonic_weights(z1: Tensor, z4: Tensor, k: Tensor) -> Tensor:
    """Unnormalised amplitude of harmonics k: k^-alpha roll-off, even ones scaled."""
    alpha = 1.5 * torch.exp2(-0.5 * z1)
    even = 2.0 * torch.sigmoid(-1.5 * z4)
    is_even = torch.remainder(k, 2.0) == 0.0
    w = torch.pow(k, -alpha.unsqueeze(-1))
    return torch.where(is_even, w * even.unsqueeze(-1), w)


def _hash_noise(position: Tensor) -> Tensor:
    """Uniform noise in [-1, 1) from integer positions: deterministic and seekable.

    Multipliers stay below 2**31 so int64 products never overflow.
    """
    x = position
    for _ in range(2):
        x = torch.bitwise_xor(x, torch.bitwise_right_shift(x, 16))
        x = torch.bitwise_and(x * 0x45D9F3B, 0xFFFFFFFF)
    x = torch.bitwise_xor(x, torch.bitwise_right_shift(x, 16))
    return x.to(torch.float32) * (2.0 / 4294967296.0) - 1.0


def _soft_limit(x: Tensor) -> Tensor:
    """Identity below 0.6, then a tanh knee that never reaches past 1."""
    knee = 0.6
    mag = x.abs()
    over = knee + (1.0 - knee) * torch.tanh((mag - knee) / (1.0 - knee))
    return torch.where(mag > knee, torch.sign(x) * over, x)


def _reset_state(model: torch.nn.Module) -> None:
    """Zero every voice row, as the engine does (registration ran test calls)."""
    for buf in model.buffers():
        if buf.dtype.is_floating_point and buf.dim() >= 1 and buf.shape[0] == cc.MAX_BATCH_SIZE:
            buf.zero_()


def _lowpass(cutoff: float, taps: int) -> np.ndarray:
    n = np.arange(taps) - (taps - 1) / 2
    return 2 * cutoff / SR * np.sinc(2 * cutoff / SR * n) * np.blackman(taps)


class DemoSynth(nn_tilde.Module):
    """Eight named knobs, nn~ methods encode / decode / forward at 48 kHz, ratio 512.

    `seed` salts the breath-noise sequence, so two seeds give two takes.
    """

    # constants, inlined by TorchScript (which cannot read module globals)
    SR: Final[int] = SR
    RATIO: Final[int] = RATIO
    LATENT_SIZE: Final[int] = LATENT_SIZE
    N_SUB: Final[int] = 2  # sub-octave partials at 0.5 and 1.5 x f0: a square-ish sub
    N_HARMONICS: Final[int] = 64
    F_FADE: Final[float] = 0.8 * SR / 2  # partials fade out between F_FADE and F_CUT:
    F_CUT: Final[float] = 0.9 * SR / 2  # no aliasing
    VIBRATO_HZ: Final[float] = 5.5
    NOISE_PERIOD: Final[int] = 1 << 24  # the noise counter wraps here, exact in float32
    ANALYSIS_WINDOW: Final[int] = 3072  # encode looks back 64 ms: periods down to 30 Hz
    LOUDNESS_WINDOW: Final[int] = 1024
    YIN_FFT: Final[int] = 8192
    TAU_MIN: Final[int] = 12  # 4 kHz
    TAU_MAX: Final[int] = 1600  # 30 Hz
    DIP_CEILING: Final[float] = 0.6  # YIN dips above this are not periods
    OCTAVE_TOLERANCE: Final[float] = 0.1
    SPECTRUM_FFT: Final[int] = 4096
    VOICED_HARMONICITY: Final[float] = 0.5
    SILENCE_RMS: Final[float] = 1e-4
    TIMBRE_GRID: Final[int] = 25  # candidates per timbre dimension tried by encode
    LOUDNESS_GRID: Final[int] = 281

    def __init__(self, seed: int = 0) -> None:
        super().__init__(sr=SR)
        self.latent_size = self.LATENT_SIZE
        self.full_latent_size = self.LATENT_SIZE
        self.n_channels = 1
        self.noise_salt = int(np.random.default_rng(seed).integers(0, 1 << 30))

        k = np.concatenate([[0.5, 1.5], np.arange(1, self.N_HARMONICS + 1)])
        self.register_buffer("partial_number", torch.tensor(k, dtype=torch.float32))
        self.register_buffer("sub_shape", torch.tensor([1.0, 1.0 / 3.0]))
        ticks = np.arange(1, self.RATIO + 1)
        self.register_buffer("ticks", torch.tensor(ticks, dtype=torch.float32))
        self.register_buffer("ramp", torch.tensor(ticks / self.RATIO, dtype=torch.float32))
        self.register_buffer("ramp_sum", torch.tensor(np.cumsum(ticks / self.RATIO), dtype=torch.float32))

        # breath noise: two fixed FIR bands (breathy low, airy high), each scaled
        # to unit RMS for uniform white input (variance 1/3)
        low = _lowpass(2000, NOISE_TAPS)
        high = _lowpass(12000, NOISE_TAPS) - _lowpass(3000, NOISE_TAPS)
        bank = np.stack([h / np.sqrt((h**2).sum() / 3) for h in (low, high)])[:, None, :]
        self.noise_filter = cc.CachedConv1d(1, 2, NOISE_TAPS, padding=(NOISE_TAPS - 1, 0), bias=False)
        self.noise_filter.weight.data.copy_(torch.tensor(bank, dtype=torch.float32))  # symmetric taps

        # encode: harmonic band edges at z5 = 0 stretch, in multiples of f0
        beta0 = float(_stretch_beta(torch.zeros(())))
        kk = np.arange(0, self.N_HARMONICS + 2)
        centre = kk * np.sqrt(1 + beta0 * kk**2)
        self.register_buffer("band_edges", torch.tensor((centre[:-1] + centre[1:]) / 2, dtype=torch.float32))
        bins = torch.arange(self.SPECTRUM_FFT // 2 + 1, dtype=torch.float32)
        self.register_buffer("bin_hz", bins * (self.SR / self.SPECTRUM_FFT))
        self.register_buffer("window", torch.hann_window(self.ANALYSIS_WINDOW, periodic=False))
        self.register_buffer("lags", torch.arange(self.TAU_MAX + 2))
        response = np.abs(np.fft.rfft(bank[:, 0], self.SPECTRUM_FFT)) ** 2
        self.register_buffer("noise_response", torch.tensor(response / response.sum(-1, keepdims=True),
                                                            dtype=torch.float32).unsqueeze(0))
        # candidate values encode tries for brightness, hollowness and breath
        self.register_buffer("timbre_grid", torch.linspace(-3.0, 3.0, self.TIMBRE_GRID))
        self.register_buffer("loudness_grid", torch.linspace(-3.5, 3.5, self.LOUDNESS_GRID))
        self.register_buffer("loudness_level", torch.log10(_loudness_gain(self.loudness_grid) + 1e-12))
        self.register_buffer("unanalysed", torch.tensor(UNANALYSED))

        # streaming state, one row per voice
        batch = cc.MAX_BATCH_SIZE
        self.register_buffer("dec_latent", torch.zeros(batch, self.LATENT_SIZE))  # last frame decoded
        self.register_buffer("dec_started", torch.zeros(batch))  # 0: next frame fades in
        self.register_buffer("dec_phase", torch.zeros(batch, self.N_SUB + self.N_HARMONICS))  # cycles
        self.register_buffer("dec_vibrato", torch.zeros(batch))  # LFO phase, cycles
        self.register_buffer("dec_noise_pos", torch.zeros(batch))  # noise counter
        self.register_buffer("enc_held", torch.zeros(batch, 3))  # last voiced pitch, brightness, hollowness
        self.enc_history = cc.CachedPadding1d(self.ANALYSIS_WINDOW - self.RATIO)

        self.register_attribute("transpose", 0.0)
        self.register_attribute("freeze", False)

        self.register_method("encode", 1, 1, self.LATENT_SIZE, self.RATIO,
                             input_labels=["(signal) input audio"], output_labels=LATENT_LABELS)
        self.register_method("decode", self.LATENT_SIZE, self.RATIO, 1, 1,
                             input_labels=LATENT_LABELS, output_labels=["(signal) demo synth"])
        self.register_method("forward", 1, 1, 1, 1,
                             input_labels=["(signal) input audio"], output_labels=["(signal) resynthesis"])
        _reset_state(self)

    # ---------------------------------------------------------------- attributes
    @torch.jit.export
    def get_transpose(self) -> float:
        return self.transpose[0]

    @torch.jit.export
    def set_transpose(self, transpose: float) -> int:
        self.transpose = (transpose,)
        return 0

    @torch.jit.export
    def get_freeze(self) -> bool:
        return self.freeze[0]

    @torch.jit.export
    def set_freeze(self, freeze: bool) -> int:
        self.freeze = (freeze,)
        return 0

    # -------------------------------------------------------------------- decode
    def _fade(self, freq: Tensor) -> Tensor:
        """Gain of a partial at this frequency: 1 below F_FADE, 0 from F_CUT."""
        return ((self.F_CUT - freq) / (self.F_CUT - self.F_FADE)).clamp(0.0, 1.0)

    def _synth_params(self, z: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        """Frame parameters from latents (..., 8).

        Returns partial frequencies and amplitudes (..., partials), the two
        noise band gains (..., 2) and the relative vibrato depth (...).
        """
        zz = z.unbind(-1)
        k = self.partial_number
        f0 = (220.0 * torch.exp2(zz[0] + self.transpose[0] / 12.0)).clamp(20.0, 4000.0)
        beta = _stretch_beta(zz[5]).unsqueeze(-1)
        freqs = f0.unsqueeze(-1) * k * torch.sqrt(1.0 + beta * k * k)

        sub = torch.sigmoid(1.5 * zz[7] - 2.5).unsqueeze(-1) * self.sub_shape
        w = torch.cat([sub, _harmonic_weights(zz[1], zz[4], k[self.N_SUB:])], -1) * self._fade(freqs)
        w = w * torch.rsqrt(0.5 * (w * w).sum(-1, keepdim=True) + 1e-12)  # unit RMS

        gain = _loudness_gain(zz[3])
        noisy = torch.sigmoid(1.3 * zz[2] - 2.5)
        amps = w * (gain * torch.sqrt(1.0 - noisy)).unsqueeze(-1)
        tilt = (0.5 * math.pi) * torch.sigmoid(zz[1])
        noise_gain = gain * torch.sqrt(noisy)
        noise_gains = torch.stack([noise_gain * torch.cos(tilt), noise_gain * torch.sin(tilt)], -1)
        vibrato = (math.log(2.0) / 12.0 * 0.35) * F.softplus(1.5 * zz[6] - 1.0)
        return freqs, amps, noise_gains, vibrato

    def _interpolate(self, frames: Tensor) -> Tensor:
        """(b, n+1, c) frame values -> (b, c, n * RATIO), linear from previous to current."""
        prev, cur = frames[:, :-1], frames[:, 1:]
        ramp = self.ramp.view(1, 1, 1, self.RATIO)
        out = prev.unsqueeze(-1) + (cur - prev).unsqueeze(-1) * ramp  # (b, n, c, R)
        return out.permute(0, 2, 1, 3).reshape(frames.shape[0], frames.shape[2], -1)

    @torch.jit.export
    def decode(self, z: Tensor) -> Tensor:
        """Latents (b, 8, n) -> audio (b, 1, n * 512), each frame reached at its last sample."""
        b, n = z.shape[0], z.shape[2]
        held = self.dec_latent[:b].clone()
        started = self.dec_started[:b].unsqueeze(-1)
        frames = z.transpose(1, 2)
        if self.freeze[0]:
            frames = held.unsqueeze(1).expand(b, n, self.LATENT_SIZE)
        # a fresh voice starts on its first frame (no glide) and fades in from silence
        first = started * held + (1.0 - started) * frames[:, 0]
        # in float64, so a frame's frequencies come out bit-identical however the
        # frames are batched (float32 transcendentals differ by an ulp between
        # vector and scalar code paths, and phase accumulators never forget)
        params = self._synth_params(torch.cat([first.unsqueeze(1), frames], 1).double())
        freqs, amps, noise_gains, vibrato = [p.float() for p in params]
        onset = torch.cat([started, torch.ones(b, n, dtype=z.dtype, device=z.device)], 1).unsqueeze(-1)
        amps = amps * onset
        noise_gains = noise_gains * onset

        # partial phase (cycles) at each frame start: a recurrence over frames so
        # that any split of the signal into calls gives the same numbers
        f_prev, f_cur = freqs[:, :-1], freqs[:, 1:]
        f_step = f_cur - f_prev
        per_frame = (f_prev * self.RATIO + f_step * self.ramp_sum[-1]) / self.SR
        phase = self.dec_phase[:b].clone()
        lfo = self.dec_vibrato[:b].clone()
        phase_starts: List[Tensor] = []
        lfo_starts: List[Tensor] = []
        for i in range(n):
            phase_starts.append(phase)
            lfo_starts.append(lfo)
            phase = phase + per_frame[:, i]
            phase = phase - torch.floor(phase)
            lfo = lfo + self.RATIO * self.VIBRATO_HZ / self.SR
            lfo = lfo - torch.floor(lfo)
        self.dec_phase[:b].copy_(phase)
        self.dec_vibrato[:b].copy_(lfo)
        self.dec_started[:b].fill_(1.0)
        self.dec_latent[:b].copy_(frames[:, -1])

        # partials above the cut-off in every frame of every row are silent: skip them
        audible = (torch.minimum(f_prev, f_cur) < self.F_CUT).flatten(0, 1).any(0)
        h = int(torch.nonzero(audible).max().item()) + 1

        # vibrato as phase modulation: pm(t) * f(t) cycles, continuous across frames
        depth = vibrato[:, :-1].unsqueeze(-1) + (vibrato[:, 1:] - vibrato[:, :-1]).unsqueeze(-1) * self.ramp
        lfo_t = torch.stack(lfo_starts, 1).unsqueeze(-1) + self.ticks * (self.VIBRATO_HZ / self.SR)
        pm = depth * (1.0 - torch.cos((2.0 * math.pi) * lfo_t)) / (2.0 * math.pi * self.VIBRATO_HZ)  # (b, n, R)

        # phase(t) = p0 + f_prev * (t+1)/sr + df * sum(ramp)/sr + f(t) * pm(t) cycles,
        # elementwise (a matmul may fuse differently per shape) and wrapped
        # before the sine so it stays precise
        f_prev4 = f_prev[:, :, :h].unsqueeze(-1)
        f_step4 = f_step[:, :, :h].unsqueeze(-1)
        starts = torch.stack(phase_starts, 1)[:, :, :h].unsqueeze(-1)
        cycles = torch.addcmul(starts, f_step4, (self.ramp_sum / self.SR + self.ramp * pm).unsqueeze(2))
        cycles.addcmul_(f_prev4, (self.ticks / self.SR + pm).unsqueeze(2)).frac_()
        osc = cycles.mul_(2.0 * math.pi).sin_().reshape(b * n, h, self.RATIO)
        # partials that reach the fade region during a frame (a glide) fade sample
        # by sample; the others are at full gain (1.0 exactly) throughout
        fading = (torch.maximum(f_prev, f_cur)[:, :, :h] > self.F_FADE).flatten(0, 1).any(0)
        if bool(fading.any()):
            lo = int(torch.nonzero(fading).min().item())
            fade = (self.F_CUT - f_prev4[:, :, lo:] - f_step4[:, :, lo:] * self.ramp) / (self.F_CUT - self.F_FADE)
            osc[:, lo:].mul_(fade.clamp_(0.0, 1.0).reshape(b * n, h - lo, self.RATIO))
        amp_pair = torch.stack([amps[:, :-1], amps[:, 1:]], 2)[..., :h].reshape(b * n, 2, h)
        mixed = torch.matmul(amp_pair, osc)  # (b*n, 2, R)
        harmonic = (mixed[:, 0] + (mixed[:, 1] - mixed[:, 0]) * self.ramp).reshape(b, n * self.RATIO)

        # breath noise from a per-row counter: seekable, so blocks equal the whole
        t = n * self.RATIO
        start = self.dec_noise_pos[:b].to(torch.int64).unsqueeze(-1)
        position = torch.remainder(start + torch.arange(t, device=z.device), self.NOISE_PERIOD)
        self.dec_noise_pos[:b].copy_(torch.remainder(position[:, -1] + 1, self.NOISE_PERIOD).to(torch.float32))
        bands = self.noise_filter(_hash_noise(position + self.noise_salt).unsqueeze(1))  # (b, 2, T)
        noise = (bands * self._interpolate(noise_gains)).sum(1)

        return _soft_limit(harmonic + noise).unsqueeze(1)

    # -------------------------------------------------------------------- encode
    def _yin(self, frames: Tensor) -> Tuple[Tensor, Tensor]:
        """Pitch (Hz) and harmonicity (0..1) of each analysis window, after YIN."""
        spec = torch.fft.rfft(frames, n=self.YIN_FFT)
        acf = torch.fft.irfft(spec.real * spec.real + spec.imag * spec.imag, n=self.YIN_FFT)
        acf = acf[:, : self.TAU_MAX + 2]
        energy = F.pad(frames.pow(2).cumsum(-1), [1, 0])
        lags = self.lags
        # energy of the two windows compared at each lag
        pair_energy = energy.index_select(1, self.ANALYSIS_WINDOW - lags) + energy[:, -1:] \
            - energy.index_select(1, lags)
        diff = (pair_energy - 2.0 * acf).clamp_min(0.0)
        running = diff[:, 1:].cumsum(-1).clamp_min(1e-12)
        cmnd = torch.cat([torch.ones_like(diff[:, :1]), diff[:, 1:] * lags[1:] / running], 1)

        mid = cmnd[:, self.TAU_MIN : self.TAU_MAX + 1]
        dip = (mid < self.DIP_CEILING) & (mid <= cmnd[:, self.TAU_MIN - 1 : self.TAU_MAX]) \
            & (mid < cmnd[:, self.TAU_MIN + 1 : self.TAU_MAX + 2])
        # dips sit at every multiple of the period and, with noise, deepen with the
        # lag; the normalised autocorrelation does not drift, so take the first
        # dip whose correlation is close to the best dip's
        correlation = 2.0 * acf / (pair_energy + 1e-12)
        at_dip = torch.where(dip, correlation[:, self.TAU_MIN : self.TAU_MAX + 1], torch.full_like(mid, -1.0))
        good = dip & (at_dip >= at_dip.max(-1, keepdim=True)[0] - self.OCTAVE_TOLERANCE)
        first_good = good.to(torch.int32).argmax(-1)
        tau = torch.where(good.any(-1), first_good, mid.argmin(-1)).unsqueeze(-1) + self.TAU_MIN
        left = cmnd.gather(1, tau - 1)
        centre = cmnd.gather(1, tau)
        right = cmnd.gather(1, tau + 1)
        curve = left - 2.0 * centre + right
        shift = torch.where(curve > 1e-9, 0.5 * (left - right) / curve.clamp_min(1e-9), torch.zeros_like(curve))
        f0 = self.SR / (tau.to(frames.dtype) + shift.clamp(-0.5, 0.5))
        harmonicity = correlation.gather(1, tau).clamp(0.0, 1.0)
        return f0.squeeze(1), harmonicity.squeeze(1)

    def _timbre(self, frames: Tensor, f0: Tensor, noisy: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
        """Brightness, breath and hollowness by analysis-by-synthesis.

        Measures the share of power in each harmonic band, then searches one
        dimension at a time (brightness, hollowness, brightness again, then
        breath) for the values whose harmonics plus breath noise, as decode
        would make them, match best in log power.
        """
        spec = torch.fft.rfft(frames * self.window, n=self.SPECTRUM_FFT)
        power = spec.real * spec.real + spec.imag * spec.imag
        band = torch.bucketize(self.bin_hz / f0.unsqueeze(-1), self.band_edges)
        m, bands = frames.shape[0], self.N_HARMONICS + 2
        measured = torch.zeros(m, bands, dtype=frames.dtype, device=frames.device).scatter_add_(1, band, power)
        measured = measured[:, 1:-1] / (power.sum(-1, keepdim=True) + 1e-20)
        noise_shape = torch.zeros(m, 2, bands, dtype=frames.dtype, device=frames.device).scatter_add_(
            2, band.unsqueeze(1).expand(m, 2, band.shape[1]), self.noise_response.expand(m, 2, band.shape[1]))
        noise_shape = noise_shape[:, :, 1:-1]  # (m, low/high, k)

        k = self.partial_number[self.N_SUB:]
        beta = _stretch_beta(torch.zeros_like(f0)).unsqueeze(-1)  # as decode at inharmonicity 0
        freqs = k * f0.unsqueeze(-1) * torch.sqrt(1.0 + beta * k * k)
        valid = (freqs < self.F_CUT).to(frames.dtype)
        gain = self._fade(freqs).pow(2)

        grid = self.timbre_grid.expand(m, self.TIMBRE_GRID)
        brightness = torch.zeros_like(f0)
        hollowness = torch.zeros_like(f0)
        share = noisy.unsqueeze(-1).expand_as(grid)
        for step in range(3):
            if step == 1:
                candidates = (brightness.unsqueeze(-1).expand_as(grid), grid)
            else:
                candidates = (grid, hollowness.unsqueeze(-1).expand_as(grid))
            error = self._band_error(candidates[0], candidates[1], share, gain, noise_shape, measured, valid)
            best = self.timbre_grid.index_select(0, error.argmin(-1))
            if step == 1:
                hollowness = best
            else:
                brightness = best
        error = self._band_error(brightness.unsqueeze(-1).expand_as(grid), hollowness.unsqueeze(-1).expand_as(grid),
                                 torch.sigmoid(1.3 * grid - 2.5), gain, noise_shape, measured, valid)
        return brightness, self.timbre_grid.index_select(0, error.argmin(-1)), hollowness

    def _band_error(self, brightness: Tensor, hollowness: Tensor, share: Tensor, gain: Tensor,
                    noise_shape: Tensor, measured: Tensor, valid: Tensor) -> Tensor:
        """Log-power misfit (m, candidates) of decode's harmonic band powers plus breath noise."""
        harmonic = _harmonic_weights(brightness, hollowness, self.partial_number[self.N_SUB:]).pow(2)
        harmonic = harmonic * gain.unsqueeze(1)
        harmonic = harmonic / harmonic.sum(-1, keepdim=True).clamp_min(1e-20)
        tilt = (0.5 * math.pi) * torch.sigmoid(brightness)
        breath = torch.cos(tilt).pow(2).unsqueeze(-1) * noise_shape[:, :1] \
            + torch.sin(tilt).pow(2).unsqueeze(-1) * noise_shape[:, 1:]
        predicted = (1.0 - share).unsqueeze(-1) * harmonic + share.unsqueeze(-1) * breath
        diff = torch.log(predicted + 1e-7) - torch.log(measured + 1e-7).unsqueeze(1)
        return (diff.pow(2) * valid.unsqueeze(1)).sum(-1)

    @torch.jit.export
    def encode(self, x: Tensor) -> Tensor:
        """Audio (b, 1, n * 512) -> latents (b, 8, n), each frame from the 64 ms before its end.

        Monophonic; pitch 30 Hz to 4 kHz; frames without a clear pitch keep the
        last pitch and timbre; inharmonicity, vibrato and sub are not analysed.
        """
        b, n = x.shape[0], x.shape[-1] // self.RATIO
        history = self.enc_history(x)[:, 0]  # (b, T + window - ratio)
        frames = history.unfold(-1, self.ANALYSIS_WINDOW, self.RATIO).reshape(b * n, self.ANALYSIS_WINDOW)

        f0, harmonicity = self._yin(frames)
        rms = frames[:, -self.LOUDNESS_WINDOW:].pow(2).mean(-1).sqrt()
        loudness = self.loudness_grid.index_select(
            0, (self.loudness_level - torch.log10(rms + 1e-12).unsqueeze(-1)).abs().argmin(-1))
        brightness, breath, hollowness = self._timbre(frames, f0, (1.0 - harmonicity).clamp(0.0, 1.0))
        pitch = torch.log2(f0.double() / 220.0).float()  # float64: see decode

        # unvoiced frames (noise, silence) keep the last voiced pitch and timbre
        voiced = ((harmonicity > self.VOICED_HARMONICITY) & (rms > self.SILENCE_RMS)).view(b, n, 1)
        estimate = torch.stack([pitch, brightness, hollowness], -1).view(b, n, 3)
        held = self.enc_held[:b].clone()
        kept: List[Tensor] = []
        for i in range(n):
            held = torch.where(voiced[:, i], estimate[:, i], held)
            kept.append(held)
        self.enc_held[:b].copy_(held)
        kept_t = torch.stack(kept, 1)

        fixed = self.unanalysed.expand(b, n, 3)
        z = torch.cat([kept_t[..., :1], kept_t[..., 1:2], breath.view(b, n, 1), loudness.view(b, n, 1),
                       kept_t[..., 2:], fixed], -1)
        return z.transpose(1, 2).contiguous()

    @torch.jit.export
    def forward(self, x: Tensor) -> Tensor:
        """Resynthesis of the input with the demo synth."""
        return self.decode(self.encode(x))


def build_demo(seed: int = 0) -> DemoSynth:
    """Build the demo model; the same seed always gives the same model."""
    with torch.no_grad():
        model = DemoSynth(seed)
    return model.requires_grad_(False).eval()


def export_demo(path: str, seed: int = 0) -> None:
    """Write the demo model as TorchScript loadable by nn~ and ravebridge."""
    model = build_demo(seed)
    with torch.no_grad():
        model.export_to_ts(str(path))


if __name__ == "__main__":
    export_demo(sys.argv[1] if len(sys.argv) > 1 else "demo.ts")
