"""Loading and introspecting nn~-compatible TorchScript models.

Everything here runs where torch may block for seconds (a worker process or
the command line), never on the audio thread. Each failure a user can cause
(missing file, corrupt archive, a module without the nn~ interface, a file
from a newer torch, a method that lies about its shapes) becomes one
`ModelError` with one readable line.
"""
from __future__ import annotations

import copy
import dataclasses
import os
import re
import zipfile
from typing import Any

import torch

#: nn~'s attribute type codes (nn_tilde.TYPE_HASH).
TYPE_CODES = {0: "bool", 1: "int", 2: "float", 3: "str", 4: "tensor", 5: "buffer"}
#: Leading dimension of streaming state buffers in cached_conv and nn~ exports.
STATE_BATCH = 64


class ModelError(Exception):
    """A model file that cannot be used, with the reason as one line."""


@dataclasses.dataclass(frozen=True)
class MethodInfo:
    """One streamable method: `[in_ch, in_ratio, out_ch, out_ratio]` plus labels."""

    name: str
    in_channels: int
    in_ratio: int
    out_channels: int
    out_ratio: int
    input_labels: tuple[str, ...] = ()
    output_labels: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "in_channels": self.in_channels, "in_ratio": self.in_ratio,
            "out_channels": self.out_channels, "out_ratio": self.out_ratio,
            "input_labels": list(self.input_labels), "output_labels": list(self.output_labels),
        }


@dataclasses.dataclass(frozen=True)
class AttributeInfo:
    """A settable attribute: its nn~ type codes, setter argument types and value."""

    name: str
    types: tuple[str, ...]
    setter_args: tuple[str, ...]
    value: tuple[Any, ...]

    def to_dict(self) -> dict:
        return {"types": list(self.types), "setter_args": list(self.setter_args),
                "value": [_plain(v) for v in self.value]}


@dataclasses.dataclass(frozen=True)
class ModelInfo:
    """What a model file offers, as discovered from the file itself."""

    path: str
    sample_rate: int | None
    sample_rate_source: str
    methods: dict[str, MethodInfo]
    attributes: dict[str, AttributeInfo]
    extras: dict[str, Any]
    streaming: bool | None = None
    size_bytes: int = 0

    @property
    def block(self) -> int:
        """Smallest block every method accepts: the largest ratio of the model.

        `forward` reports ratio 1 but runs the encoder inside, so it needs the
        same multiple as `encode` does (a 1024 input to a ratio-2048 forward
        returns 2048 samples).
        """
        return max(max(m.in_ratio, m.out_ratio) for m in self.methods.values())

    @property
    def latent_size(self) -> int | None:
        if "decode" in self.methods:
            return self.methods["decode"].in_channels
        if "encode" in self.methods:
            return self.methods["encode"].out_channels
        return None

    def method(self, name: str) -> MethodInfo:
        if name not in self.methods:
            raise ModelError(f"{os.path.basename(self.path)} has no method {name!r} "
                             f"(it has: {', '.join(self.methods)})")
        return self.methods[name]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "sample_rate": self.sample_rate,
            "sample_rate_source": self.sample_rate_source,
            "block": self.block,
            "latent_size": self.latent_size,
            "methods": {n: m.to_dict() for n, m in self.methods.items()},
            "attributes": {n: a.to_dict() for n, a in self.attributes.items()},
            "extras": {k: _plain(v) for k, v in self.extras.items()},
            "streaming": self.streaming,
            "size_bytes": self.size_bytes,
            "torch_version": torch.__version__,
        }


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of an attribute value."""
    if isinstance(value, torch.Tensor):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def load_module(path: str) -> torch.jit.ScriptModule:
    """torch.jit.load with every known failure turned into one clear line."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise ModelError(f"{path}: no such file")
    if os.path.isdir(path):
        raise ModelError(f"{path}: is a folder, not a model file")
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as f:
            if f.read(4) == b"PK\x03\x04":
                raise ModelError(f"{name}: truncated or corrupt archive (incomplete download or copy?)")
        raise ModelError(f"{name}: not a TorchScript archive (expected a .ts file exported by RAVE or nn_tilde)")
    _check_archive(path)
    try:
        module = torch.jit.load(path, map_location="cpu")
    except Exception as exc:  # torch raises RuntimeError and friends with long texts
        raise ModelError(f"{name}: {_explain_load_error(exc)}") from None
    module.eval()
    return module


def _check_archive(path: str) -> None:
    """Refuse truncated archives and archives from a newer torch before torch sees them."""
    name = os.path.basename(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            version_file = next((n for n in names if n.endswith("/version") or n == "version"), None)
            if version_file is None or not any(n.endswith("data.pkl") for n in names):
                raise ModelError(f"{name}: a zip file, but not a TorchScript archive")
            broken = archive.testzip()
            if broken is not None:
                raise ModelError(f"{name}: corrupt archive (member {broken} fails its checksum)")
            version = int(archive.read(version_file).strip() or b"0")
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelError(f"{name}: corrupt or truncated archive ({exc})") from None
    supported = torch._C._get_max_operator_version()
    if version > supported:
        raise ModelError(
            f"{name}: written by a newer torch (archive format {version}); the installed torch "
            f"{torch.__version__} reads formats up to {supported}: upgrade torch or re-export the model")


def _explain_load_error(exc: Exception) -> str:
    text = str(exc)
    unknown = re.search(r"Unknown (?:builtin op|type|function)[^:]*:\s*([\w:.]+)", text)
    if unknown:
        return (f"uses {unknown.group(1)}, unknown to the installed torch {torch.__version__}: "
                "it was probably exported with a newer torch; upgrade torch or re-export the model")
    if "version" in text and "maximum supported" in text:
        return f"written by a newer torch than the installed {torch.__version__}"
    if "zip" in text or "archive" in text or "corrupt" in text:
        return "corrupt or truncated archive"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"torch cannot load it: {first[:200]}"


def _method_names(module: torch.jit.ScriptModule) -> list[str]:
    if hasattr(module, "get_methods"):
        return list(module.get_methods())
    # very old exports: any method with an `m_params` buffer counts (as in nn~)
    buffers = dict(module.named_buffers())
    return [n[: -len("_params")] for n in buffers
            if n.endswith("_params") and hasattr(module, n[: -len("_params")])
            and callable(getattr(module, n[: -len("_params")], None))]


def _setter_arg_types(module: torch.jit.ScriptModule, attribute: str) -> tuple[str, ...]:
    setter = getattr(module, f"set_{attribute}", None)
    schema = getattr(setter, "schema", None)
    if schema is None:
        return ()
    return tuple(str(arg.type) for arg in schema.arguments[1:])


def inspect_module(module: torch.jit.ScriptModule, path: str, sample_rate: int | None = None) -> ModelInfo:
    """Discover methods, attributes and rate of a loaded module."""
    name = os.path.basename(path)
    method_names = _method_names(module)
    if not method_names:
        raise ModelError(f"{name}: a TorchScript module without the nn~ interface "
                         "(no get_methods() and no <method>_params buffers)")
    buffers = dict(module.named_buffers())
    methods = {}
    for m in method_names:
        params = buffers.get(f"{m}_params")
        if params is None or params.numel() != 4 or not hasattr(module, m):
            raise ModelError(f"{name}: method {m!r} is listed but has no valid {m}_params buffer")
        in_ch, in_ratio, out_ch, out_ratio = (int(v) for v in params.tolist())
        if min(in_ch, in_ratio, out_ch, out_ratio) < 1:
            raise ModelError(f"{name}: method {m!r} has invalid params {params.tolist()}")
        methods[m] = MethodInfo(
            m, in_ch, in_ratio, out_ch, out_ratio,
            tuple(getattr(module, f"{m}_input_labels", ()) or ()),
            tuple(getattr(module, f"{m}_output_labels", ()) or ()))
    attributes = {}
    for a in (list(module.get_attributes()) if hasattr(module, "get_attributes") else []):
        codes = buffers.get(f"{a}_params")
        types = tuple(TYPE_CODES.get(int(c), "unknown") for c in codes.tolist()) if codes is not None else ()
        value: tuple = ()
        getter = getattr(module, f"get_{a}", None)
        if getter is not None:
            got = getter()
            value = tuple(got) if isinstance(got, (list, tuple)) else (got,)
        attributes[a] = AttributeInfo(a, types, _setter_arg_types(module, a), value)
    extras = {k: getattr(module, k) for k in ("latent_size", "full_latent_size", "n_channels", "stereo_mode")
              if hasattr(module, k) and not callable(getattr(module, k))}
    rate, source = _sample_rate(module, sample_rate)
    return ModelInfo(os.path.abspath(path), rate, source, methods, attributes, extras,
                     size_bytes=os.path.getsize(path) if os.path.exists(path) else 0)


def _sample_rate(module: torch.jit.ScriptModule, given: int | None) -> tuple[int | None, str]:
    if given:
        return int(given), "given"
    if hasattr(module, "get_sample_rate"):
        rate = int(module.get_sample_rate())
        if rate > 0:
            return rate, "get_sample_rate()"
    for attr in ("sr", "sampling_rate"):
        value = getattr(module, attr, None)
        if isinstance(value, (int, float)) and value > 0:
            return int(value), attr
    return None, "unknown"


def set_attribute(module: torch.jit.ScriptModule, info: ModelInfo, name: str, values: list) -> tuple:
    """Call `set_<name>` with values converted to the setter's declared types."""
    if name not in info.attributes:
        raise ModelError(f"no attribute {name!r} (the model has: {', '.join(info.attributes) or 'none'})")
    arg_types = info.attributes[name].setter_args or info.attributes[name].types
    if len(values) != len(arg_types):
        raise ModelError(f"attribute {name!r} takes {len(arg_types)} value(s) ({', '.join(arg_types)}), "
                         f"got {len(values)}")
    args = [_convert(v, t, name) for v, t in zip(values, arg_types)]
    status = getattr(module, f"set_{name}")(*args)
    if isinstance(status, int) and status != 0:
        raise ModelError(f"the model refused {name} = {values} (setter returned {status})")
    got = getattr(module, f"get_{name}")()
    return tuple(got) if isinstance(got, (list, tuple)) else (got,)


def _convert(value: Any, type_name: str, attr: str) -> Any:
    t = type_name.lower()
    try:
        if t == "bool":
            if isinstance(value, str):
                if value.lower() not in ("true", "false", "1", "0", "on", "off"):
                    raise ValueError(value)
                return value.lower() in ("true", "1", "on")
            return bool(value)
        if t == "int":
            if float(value) != int(float(value)):
                raise ValueError(value)
            return int(float(value))
        if t == "float":
            return float(value)
        if t == "str":
            return str(value)
        if t in ("tensor", "buffer"):
            return torch.tensor(float(value) if not isinstance(value, str) else 0.0)
    except (TypeError, ValueError):
        raise ModelError(f"attribute {attr!r} expects {type_name}, got {value!r}") from None
    raise ModelError(f"attribute {attr!r} has an unsupported type {type_name}")


def state_buffers(module: torch.jit.ScriptModule) -> list[torch.Tensor]:
    """Streaming state with one row per batch item (cached_conv's convention).

    Zeroing row r of each of these restarts the stream of batch row r.
    """
    return [b for name, b in module.named_buffers()
            if b.dtype.is_floating_point and b.dim() >= 1 and b.shape[0] == STATE_BATCH
            and not name.endswith("_params")]


def check_shapes(module: torch.jit.ScriptModule, info: ModelInfo, method: str, block: int, batch: int = 1) -> None:
    """Call `method` once on zeros and refuse outputs that contradict its params."""
    m = info.method(method)
    x = torch.zeros(batch, m.in_channels, block // m.in_ratio)
    try:
        with torch.no_grad():
            y = getattr(module, method)(x)
    except Exception as exc:
        raise ModelError(f"{os.path.basename(info.path)}: {method} fails on a block of {block} samples: "
                         f"{_first_line(exc)}") from None
    expected = (batch, m.out_channels, block // m.out_ratio)
    if not isinstance(y, torch.Tensor) or tuple(y.shape) != expected:
        shape = tuple(y.shape) if isinstance(y, torch.Tensor) else type(y).__name__
        raise ModelError(f"{os.path.basename(info.path)}: {method} returned shape {shape} for input "
                         f"{tuple(x.shape)}, but its params promise {expected}")


#: Largest difference, relative to the output's peak (at least 1), that still counts as equal.
STREAMING_TOLERANCE = 1e-4
#: Differences below this, relative to the output's peak, are float rounding (CPU kernels may
#: round differently from call to call with the memory's alignment).
ROUNDING = 1e-6


def measure_streaming(path: str, info: ModelInfo, blocks: int = 4, seed: int = 0,
                      module: torch.jit.ScriptModule | None = None) -> bool:
    """True when the model computes block by block what it computes on the whole signal.

    One method (`decode`, where clicks are heard, else `encode`, else the first) runs on `blocks`
    model blocks as one whole call and as one call per block, each run on its own copy of the model
    in the same state (a copy of `module` if given, which is left as it is, else of `path`). Torch's
    global random state is left as it was.

    1. With torch reseeded alike for both runs, equal outputs mean streaming. Unequal outputs mean
       non-streaming if the model is deterministic (two whole runs with different seeds agree).
    2. A model that draws noise (RAVE fills the latent dimensions beyond `latent_size` with
       `torch.randn`) draws it in each call's shape, so whole and block-wise runs get different
       noise whatever the seeds. What sets a non-streaming export apart is then measured with the
       noise held equal: changing only the first block's input, with the same seeds and call shapes,
       gives exactly how much the later output depends on earlier input, `d_whole` for the whole
       call and `d_blocks` block by block. A non-streaming export forgets at each call what came
       before (its convolutions pad each block with zeros) while its whole-signal output uses it:
       `d_blocks` is nothing, `d_whole` is not. A streaming one keeps it (a ratio near 1; the
       differing noise moves it a little). Non-streaming when it keeps less than half; streaming
       when there is nothing to keep (`d_whole` is rounding: only the noise differs).
    """
    name = "decode" if "decode" in info.methods else "encode" if "encode" in info.methods \
        else next(iter(info.methods))
    m = info.methods[name]
    frames = info.block // m.in_ratio
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn(1, m.in_channels, frames * blocks, generator=gen) * 0.3
    changed = x.clone()
    changed[..., :frames] = torch.randn(1, m.in_channels, frames, generator=gen)
    source = module if module is not None else load_module(path)

    def run(signal: torch.Tensor, whole: bool, run_seed: int) -> torch.Tensor:
        instance = _copy_of(source, path)
        method = getattr(instance, name)
        if whole:
            torch.manual_seed(run_seed)
            return method(signal)
        outputs = []
        for k, block in enumerate(signal.split(frames, dim=-1)):
            torch.manual_seed(run_seed + k)
            outputs.append(method(block))
        return torch.cat(outputs, dim=-1)

    def largest(d: torch.Tensor) -> float:
        return float(d.abs().max()) if d.numel() else 0.0

    with torch.no_grad(), torch.random.fork_rng(devices=[]):
        whole, parts = run(x, True, seed), run(x, False, seed)
        if whole.shape != parts.shape:
            return False
        scale = largest(whole)
        rounding = ROUNDING * scale
        if largest(whole - parts) <= STREAMING_TOLERANCE * max(scale, 1.0):
            return True
        if largest(whole - run(x, True, seed + 1)) <= rounding:
            return False  # deterministic, and block-wise output differs from whole-signal output
        later = slice(whole.shape[-1] // blocks, None)
        d_whole = (whole - run(changed, True, seed))[..., later]
        d_blocks = (parts - run(changed, False, seed))[..., later]
    if largest(d_whole) <= rounding:
        return True  # no context beyond a block: nothing to carry over, only the noise differs
    return float(d_blocks.norm()) >= 0.5 * float(d_whole.norm())


def _copy_of(module: torch.jit.ScriptModule, path: str) -> torch.jit.ScriptModule:
    """An independent copy of `module` with its current state (a fresh load if it cannot be copied)."""
    try:
        return copy.deepcopy(module)
    except Exception:  # a module torch cannot copy: the file gives the initial state
        return load_module(path)


def _first_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    # TorchScript tracebacks end with the Python error line; prefer it
    for line in reversed(lines):
        if re.match(r"^\w*(Error|Exception)\b", line):
            return line[:300]
    return (lines[-1] if lines else type(exc).__name__)[:300]


def inspect_file(path: str, sample_rate: int | None = None, streaming: bool = True) -> ModelInfo:
    """Load, introspect, check each method's shapes, and optionally test streaming."""
    module = load_module(path)
    info = inspect_module(module, path, sample_rate)
    for method in info.methods:
        check_shapes(module, info, method, info.block)
    if streaming:
        info = dataclasses.replace(info, streaming=measure_streaming(path, info))
    return info
