#!/usr/bin/env python3
"""RALU math oracle: the references of ralu.h's host-side sampler numbers (>>impl-ralu-math).
Writes tests/fixtures/ralu_math/. Usage: python3 tools/oracle_ralu_math.py  (pins: oracle_common.py)

  schedules.safetensors  diffusers 0.36 FlowMatchEulerDiscreteScheduler sigmas: FLUX dev (dynamic
                         shift, as FluxPipeline sets it up) and schnell over step and token counts,
                         SD3 (shift 3 and 2.5, the constructor's sigma_min quirk) over step counts
  ralu.safetensors       numpy stage grids (RALU.md) of the presets and custom N/e; SciPy 1.16
                         L-BFGS-B NT-DM fits (with numpy's AVX-512 log and with libm's) of the presets' N/e and custom ones (h0 = 3 and 1,
                         Z free and held); torch correlated re-noise; torch gray_u8 of a random
                         image and of tiny-VAE decoder outputs (oracle_sampler.tiny_vae)
  canny.safetensors      OpenCV 4.12 cv2.Canny(gray, lo, hi) on synthetic images (shapes, blur,
                         noise, ramps, step heights at the thresholds, odd and tiny sizes),
                         checked to agree single-threaded (IPP path) and multi-threaded
"""
import json
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import FIXTURES, ensure_venv  # noqa: E402

ensure_venv()

import numpy as np  # noqa: E402
import torch  # noqa: E402
import cv2  # noqa: E402
from safetensors.numpy import save_file  # noqa: E402
from diffusers import FlowMatchEulerDiscreteScheduler  # noqa: E402
from diffusers.pipelines.flux.pipeline_flux import calculate_shift  # noqa: E402
import oracle_sampler as osamp  # noqa: E402  (stage_times, correlated, gray_u8, ntdm_scipy, tiny_vae)

OUT = os.path.join(FIXTURES, "ralu_math")


def flux_sigmas(steps, tokens, schnell):
    if schnell:  # FLUX.1-schnell's scheduler_config: shift 1, no dynamic shifting
        s = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=1.0)
        s.set_timesteps(sigmas=np.linspace(1.0, 1.0 / steps, steps))
    else:        # FLUX.1-dev's scheduler_config, mu as FluxPipeline computes it
        s = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=3.0, use_dynamic_shifting=True,
                                            base_shift=0.5, max_shift=1.15, base_image_seq_len=256,
                                            max_image_seq_len=4096)
        s.set_timesteps(sigmas=np.linspace(1.0, 1.0 / steps, steps), mu=calculate_shift(tokens, 256, 4096, 0.5, 1.15))
    return s.sigmas.numpy().astype(np.float32)


def sd3_sigmas(steps, shift):
    s = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=shift)
    s.set_timesteps(steps)
    return s.sigmas.numpy().astype(np.float32)


def schedules():
    rows, vals = [], []
    for schnell in (0, 1):
        for steps in (1, 2, 3, 4, 6, 10, 28, 50):
            for tokens in ((16, 64, 333, 1024, 4096, 6000) if not schnell else (4096,)):
                rows.append([0, schnell, steps, tokens, 0.0])
                vals.append(flux_sigmas(steps, tokens, schnell))
    for shift in (3.0, 2.5, 1.0):
        for steps in (1, 2, 5, 28, 50):
            rows.append([1, 0, steps, 0, shift])
            vals.append(sd3_sigmas(steps, shift))
    return {"rows": np.array(rows, dtype=np.float64), "sigmas": np.concatenate(vals).astype(np.float32)}


PRESETS = [  # N, e, shifts, Z (the values the presets in ralu.h carry)
    ([5, 6, 7], [0.30, 0.45, 1.0], [5.019, 2.589, 2.226], 6.317),
    ([2, 3, 5], [0.20, 0.30, 1.0], [8.141, 2.856, 2.193], 6.261),
    ([4, 5, 6], [0.30, 0.45, 1.0], [5.12, 2.64, 2.25], 7.52),
    ([5, 6, 9], [0.20, 0.30, 1.0], [6.21, 2.23, 1.97], 4.13),
    ([3, 3, 6], [0.25, 0.30, 1.0], [6.40, 2.60, 2.23], 6.26),
    ([1, 2, 4], [0.30, 0.45, 1.0], [1.963, 1.374, 1.030], 6.317),
]
# NT-DM requests: (N, e, h0, Z held or 0); the presets' N/e, then custom ones
FITS = [(p[0], p[1], 3.0, 0.0) for p in PRESETS[:5]] + [
    ([1, 2, 4], [0.30, 0.45, 1.0], 1.0, 0.0),      # schnell: Z runs into its bound of 100
    ([1, 2, 4], [0.30, 0.45, 1.0], 1.0, 6.317),    # schnell's preset: Z held
    ([2, 2, 3], [0.25, 0.50, 1.0], 3.0, 0.0),      # the sampler oracle's custom request
    ([3, 4, 8], [0.20, 0.40, 1.0], 3.0, 0.0),
    ([6, 6, 6], [0.35, 0.60, 1.0], 3.0, 0.0),
    ([2, 5, 10], [0.15, 0.25, 1.0], 3.0, 0.0),
    ([8, 4, 3], [0.40, 0.70, 1.0], 3.0, 0.0),
    ([4, 4, 4], [0.25, 0.45, 1.0], 3.0, 5.0),      # shifts with Z held
]


def ntdm(N, e, h0, zfix):
    """SciPy's fit (the sampler oracle's solver): [H0, H1, H2, Z, objective]"""
    return osamp.ntdm_scipy(N, e, h0, zfix, with_objective=True)

NO_AVX512 = "AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL"


def fits_without_avx512():
    """The same fits in a numpy that uses libm's log instead of its AVX-512 one (what numpy does
    on machines without AVX-512): the objective changes in the last bit, and ill-conditioned
    fits (a shift at its bound, a flat valley in Z) end elsewhere, by several percent."""
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=NO_AVX512, RALU_NTDM_ONLY="1")
    res = subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, check=True, capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def ralu_part(gen):
    out = {}
    # stage grids: the presets, plus custom N/e with their NT-DM fits
    grid_rows, grid_vals = [], []
    fits = [ntdm(*f) for f in FITS]
    fits2 = fits_without_avx512()
    out["fit_x_libm"] = np.array(fits2, dtype=np.float64)
    cases = [(p[0], p[1], p[2], p[3]) for p in PRESETS] + [(f[0], f[1], r[:3], r[3]) for f, r in zip(FITS, fits)]
    for N, e, hs, Z in cases:
        s = [0.0] + [e[i] / (Z * (1 - e[i]) + e[i]) for i in range(2)]
        for k in range(3):
            grid_rows.append(N + e + list(hs) + [Z, k])
            grid_vals.append(osamp.stage_times(hs[k], 1 - s[k], 1 - e[k], N[k]))
    out["grid_rows"] = np.array(grid_rows, dtype=np.float64)
    out["grid_t"] = np.concatenate(grid_vals).astype(np.float64)
    out["fit_rows"] = np.array([f[0] + f[1] + [f[2], f[3]] for f in FITS], dtype=np.float64)
    out["fit_x"] = np.array(fits, dtype=np.float64)   # H0 H1 H2 Z objective
    # correlated re-noise (torch float32), a few Z and block placements
    corr_z, corr_out, corr_rows = [], [], []
    for Z, start, nb, rows in ((6.317, 3, 5, 25), (2.0, 0, 8, 32), (100.0, 7, 2, 15)):
        z = torch.randn(rows, 64, generator=gen) * 1.7
        corr_z.append(z.numpy()); corr_out.append(osamp.correlated(z, start, nb, Z).numpy())
        corr_rows.append([Z, start, nb, rows])
    out["corr_rows"] = np.array(corr_rows, dtype=np.float64)
    out["corr_z"] = np.concatenate(corr_z); out["corr_out"] = np.concatenate(corr_out)
    # gray_u8: a random image around [-1, 1] with values at and near the clip points, and
    # decoder outputs of the sampler oracle's tiny VAE
    img = torch.randn(3, 24, 40, generator=gen) * 0.9
    special = torch.tensor([0.0, 1.0, -0.0, 1.0 / 255, 254.5 / 255, 0.5, 1.0000001, 0.99999994, 2.0, -3.0])
    img.view(-1)[:special.numel() * 3] = special.repeat(3)
    imgs = [img]
    vae = osamp.tiny_vae(7)
    for k in range(1):
        lat = torch.randn(16, 6, 8, generator=gen)
        imgs.append(vae_decode(vae, lat))
    out["gray_rows"] = np.array([[im.shape[1], im.shape[2]] for im in imgs], dtype=np.float64)
    out["gray_rgb"] = np.concatenate([im.contiguous().numpy().reshape(-1) for im in imgs]).astype(np.float32)
    out["gray_u8"] = np.concatenate([osamp.gray_u8(im).reshape(-1) for im in imgs]).astype(np.uint8)
    return out, fits


def vae_decode(vae, latent):
    cfg = vae.config
    with torch.no_grad():
        return vae.decode((latent / cfg.scaling_factor + cfg.shift_factor)[None]).sample[0]


def canny_images(rng):
    ims = []
    # shapes: rectangles, a disc, lines at several angles, then blurred (NMS on smooth ridges)
    a = np.zeros((64, 64), np.uint8)
    cv2.rectangle(a, (5, 7), (30, 40), 200, -1); cv2.circle(a, (45, 40), 14, 120, -1)
    for ang in range(0, 180, 23):
        x, y = 32 + 28 * math.cos(math.radians(ang)), 32 + 28 * math.sin(math.radians(ang))
        cv2.line(a, (32, 32), (int(x), int(y)), 255, 1)
    ims.append(("shapes", a, 100, 200))
    ims.append(("shapes-blur", cv2.GaussianBlur(a, (5, 5), 1.2), 100, 200))
    ims.append(("shapes-blur-lo", cv2.GaussianBlur(a, (7, 7), 2.0), 30, 90))
    # noise: uniform and low-amplitude around mid gray
    ims.append(("noise", rng.integers(0, 256, (48, 64), dtype=np.uint8), 100, 200))
    ims.append(("noise-soft", np.clip(128 + rng.normal(0, 30, (37, 53)), 0, 255).astype(np.uint8), 100, 200))
    # ramps and step heights at the thresholds (Sobel of a step h is 4h: 25 -> 100, 50 -> 200)
    r = np.tile(np.linspace(0, 255, 64), (48, 1)).astype(np.uint8)
    ims.append(("ramp", r, 1, 3))
    st = np.zeros((40, 48), np.uint8)
    for i, h in enumerate((25, 26, 50, 51, 24)):
        st[:, 8 * i + 4:] += np.uint8(h)
    st[20:, :] = st[20:, :] // 2 + st[20:, ::-1] // 2
    ims.append(("steps", st, 100, 200))
    ims.append(("steps-frac", st, 100.7, 200.2))
    ims.append(("steps-swapped", st, 200, 100))
    # small and odd sizes
    ims.append(("tiny-1x1", np.array([[200]], np.uint8), 100, 200))
    ims.append(("tiny-1x7", rng.integers(0, 256, (1, 7), dtype=np.uint8), 100, 200))
    ims.append(("tiny-3x3", rng.integers(0, 256, (3, 3), dtype=np.uint8), 100, 200))
    ims.append(("odd-5x9", rng.integers(0, 256, (5, 9), dtype=np.uint8), 100, 200))
    ims.append(("odd-13x17", cv2.GaussianBlur(rng.integers(0, 256, (13, 17), dtype=np.uint8), (3, 3), 0), 60, 120))
    # a decoded-image-like texture: smooth noise with sharp structures, 64x64 and 96x128
    t = cv2.resize(rng.integers(0, 256, (8, 8), dtype=np.uint8), (64, 64), interpolation=cv2.INTER_CUBIC)
    cv2.rectangle(t, (10, 10), (50, 20), 255, 2)
    ims.append(("texture", t, 100, 200))
    t2 = cv2.resize(rng.integers(0, 256, (12, 16), dtype=np.uint8), (128, 96), interpolation=cv2.INTER_NEAREST)
    t2 = cv2.GaussianBlur(t2, (3, 3), 0.8)
    ims.append(("texture-96x128", t2, 100, 200))
    return ims


def canny_part(rng):
    rows, grays, edges, names = [], [], [], []
    for name, im, lo, hi in canny_images(rng):
        im = np.ascontiguousarray(im)
        threads = cv2.getNumThreads()
        e_mt = cv2.Canny(im, lo, hi)
        cv2.setNumThreads(1)
        e_st = cv2.Canny(im, lo, hi)
        cv2.setNumThreads(threads)
        assert (e_mt == e_st).all(), name + ": OpenCV's single- and multi-threaded Canny differ"
        rows.append([im.shape[0], im.shape[1], lo, hi]); grays.append(im.reshape(-1)); edges.append(e_mt.reshape(-1))
        names.append(name)
        print("canny %-16s %3dx%-3d edges %4d" % (name, im.shape[0], im.shape[1], int((e_mt > 0).sum())))
    return {"rows": np.array(rows, dtype=np.float64), "gray": np.concatenate(grays), "edges": np.concatenate(edges)}


def main():
    os.makedirs(OUT, exist_ok=True)
    gen = torch.Generator().manual_seed(31)
    rng = np.random.default_rng(31)
    save_file(schedules(), os.path.join(OUT, "schedules.safetensors"))
    out, fits = ralu_part(gen)
    save_file(out, os.path.join(OUT, "ralu.safetensors"))
    for f, r, r2 in zip(FITS, fits, out["fit_x_libm"]):
        print("ntdm N %-10s e %-16s h0 %.0f Z %-6s -> %.4f %.4f %.4f Z %.4f (JS %.6f); without AVX-512 %.4f %.4f %.4f Z %.4f"
              % (f[0], f[1], f[2], f[3] or "fit", *r, *r2[:4]))
    save_file(canny_part(rng), os.path.join(OUT, "canny.safetensors"))
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print("fixtures/ralu_math: %.1f KB" % (total / 1e3))


if __name__ == "__main__":
    if os.environ.get("RALU_NTDM_ONLY"):
        print(json.dumps([ntdm(*f) for f in FITS]))
    else:
        main()
