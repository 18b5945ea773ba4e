#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian-like machine, then run every test.
# System packages: JACK (dummy driver for real-time tests), Pure Data and pd-hid (patch tests),
# Node.js (runs the Max package's JavaScript against a stand-in server).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v jackd >/dev/null || need+=(jackd2)
command -v pd >/dev/null || need+=(puredata-core)
[ -e /usr/lib/pd/extra/hid ] || need+=(pd-hid)
command -v node >/dev/null || command -v nodejs >/dev/null || need+=(nodejs)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "scripts/test.sh: please install ${need[*]} (needs apt-get as root)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# torch is pinned to the CPU build; nn_tilde and cached_conv (used to build test models with the
# genuine nn~ interface) are pure Python and pin an old torch, so they come without dependencies.
python3 -m pip install -q torch==2.13.0 -e ".[test]"
python3 -m pip install -q --no-deps nn_tilde==1.6.0 cached_conv==2.5.0
# acids-rave and the pure-Python part of its needs: genuine RAVE exports at test time (scripts/export_rave_untrained.py)
python3 -m pip install -q --no-deps acids-rave==2.3.1 gin-config==0.5.0 einops==0.8.2 absl-py==2.5.1 gputil==1.4.0 \
    tqdm==4.70.1 pytorch-lightning==2.6.6 lightning-utilities==0.15.3 torchmetrics==1.9.0
exec python3 -m pytest -q -p no:cacheprovider "$@"
