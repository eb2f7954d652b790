#!/usr/bin/env python3
"""Sampler oracle: the flow-matching baseline (diffusers' FlowMatchEulerDiscreteScheduler with
FLUX's dynamic shift, as FluxPipeline runs it) and a Python reference of RALU that follows
shared/RALU.md step for step, on the tiny FLUX fixture (tests/fixtures/flux/dev/diffusers) and a
tiny random diffusers AutoencoderKL, with every random draw injected and saved.
Writes tests/fixtures/sampler/. Usage: python3 tools/oracle_sampler.py

Conventions shared with ralu.h (documented in its manual):
  - correlated re-noise: n = z + a*mean4(z) with a = sqrt(1 + 4*gamma) - 1, gamma = -1/Z^2 + 1e-6,
    per packed channel over each block of 4 repeated tokens (an exact sampler of I + gamma*11^T);
    z is the injected iid N(0,1) draw, laid out like the new token sequence.
  - Canny input: gray = 0.299 R + 0.587 G + 0.114 B of the decoder output, clipped to [0, 1]
    (no [-1,1] -> [0,1] mapping: RALU.md's quirk), times 255, truncated to uint8.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import FIXTURES, ensure_venv  # noqa: E402

ensure_venv()

import numpy as np  # noqa: E402
import torch  # noqa: E402
import cv2  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from diffusers import AutoencoderKL, FluxTransformer2DModel, FlowMatchEulerDiscreteScheduler  # noqa: E402

OUT = os.path.join(FIXTURES, "sampler")
GUIDANCE = 3.5


def tiny_vae(seed):
    torch.manual_seed(seed)
    v = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 4,
                      up_block_types=("UpDecoderBlock2D",) * 4, block_out_channels=(8, 8, 16, 16),
                      layers_per_block=2, latent_channels=16, norm_num_groups=4, sample_size=64,
                      scaling_factor=0.3611, shift_factor=0.1159, use_quant_conv=False, use_post_quant_conv=False)
    randomize_vae(v)
    return v.eval()


def randomize_vae(v):
    """random weights for an AutoencoderKL (also used by tools/oracle_vae.py): convs and linears
    ~ N(0, 1/fan_in), norm scales ~ 1 + N(0, 0.2^2), the rest ~ N(0, 0.1^2)"""
    with torch.no_grad():
        for name, p in v.named_parameters():
            if p.ndim == 4:
                p.normal_(0.0, 1.0 / math.sqrt(p[0].numel()))
            elif p.ndim == 2:
                p.normal_(0.0, 1.0 / math.sqrt(p.shape[1]))
            elif "norm" in name and name.endswith("weight"):
                p.copy_(1.0 + 0.2 * torch.randn_like(p))
            else:
                p.normal_(0.0, 0.1)


def save_vae(v, path):
    os.makedirs(path, exist_ok=True)
    save_file({k: t.contiguous() for k, t in v.state_dict().items()}, os.path.join(path, "diffusion_pytorch_model.safetensors"))
    cfg = {k: (list(x) if isinstance(x, tuple) else x) for k, x in dict(v.config).items() if not k.startswith("_")}
    cfg["_class_name"] = "AutoencoderKL"
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


# ---- packing (ARCH.md §1.9) ----
def pack(z):  # [16, h, w] -> [(h/2)(w/2), 64], feature = c*4 + py*2 + px
    c, h, w = z.shape
    return z.reshape(c, h // 2, 2, w // 2, 2).permute(1, 3, 0, 2, 4).reshape((h // 2) * (w // 2), c * 4)


def unpack(x, h, w):  # inverse of pack, h, w latent pixels
    return x.reshape(h // 2, w // 2, 16, 2, 2).permute(2, 0, 3, 1, 4).reshape(16, h, w)


def grid_ids(h, w):
    return torch.tensor([[0.0, r, c] for r in range(h) for c in range(w)])


class Model:
    def __init__(self, dit, vae, txt, y):
        self.dit, self.vae, self.txt, self.y = dit, vae, txt, y
        self.calls = 0

    def v(self, x, ids, t):
        self.calls += 1
        with torch.no_grad():
            return self.dit(hidden_states=x[None], encoder_hidden_states=self.txt[None], pooled_projections=self.y[None],
                            timestep=torch.tensor([t], dtype=torch.float32), img_ids=ids,
                            txt_ids=torch.zeros(self.txt.shape[0], 3), guidance=torch.tensor([GUIDANCE]),
                            return_dict=False)[0][0]

    def stage(self, k, hl, wl):
        pass

    def decode(self, latent):  # model-space latent [16, h, w] -> image [3, 8h, 8w] in about [-1, 1]
        cfg = self.vae.config
        with torch.no_grad():
            return self.vae.decode((latent / cfg.scaling_factor + cfg.shift_factor)[None]).sample[0]


class SD3Model(Model):
    """SD3 through diffusers' own blocks on token sequences (tools/oracle_sd3.py), with CFG on
    [negative, prompt]; positions: ids in full-resolution units on the full grid's crop."""
    def __init__(self, dit, vae, cond, cfg):
        super().__init__(dit, vae, None, None)
        self.cond, self.cfg = cond, cfg
        self.scale, self.gh, self.gw = 1.0, None, None

    def stage(self, k, hl, wl):
        self.gh, self.gw = 2 * hl, 2 * wl
        self.scale = 2.0 if k < 2 else 1.0

    def v(self, x, ids, t):
        import oracle_sd3 as o3
        self.calls += 1
        pos = o3.pos_rows(self.dit, ids[:, 1:] * self.scale, self.gh, self.gw)
        c = self.cond
        tt = torch.tensor([t], dtype=torch.float32)
        vu = o3.forward_tokens(self.dit, x, pos, c["txt_neg"], c["y_neg"][None], tt)
        vc = o3.forward_tokens(self.dit, x, pos, c["txt"], c["y"][None], tt)
        return vu + self.cfg * (vc - vu)


def baseline_sd3(model, noise_latent, steps):
    """StableDiffusion3Pipeline's loop: the scheduler's own shifted timesteps (shift 3), CFG."""
    h, w = noise_latent.shape[1:]
    x = pack(noise_latent)
    ids = grid_ids(h // 2, w // 2)
    model.gh, model.gw, model.scale = h // 2, w // 2, 1.0
    sched = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=3.0)
    sched.set_timesteps(steps)
    sched.set_begin_index(0)
    for t in sched.timesteps:
        v = model.v(x, ids, float(t) / 1000.0)
        x = sched.step(v[None], t, x[None], return_dict=False)[0][0]
    return x, torch.tensor(sched.sigmas.numpy(), dtype=torch.float64)


def baseline(model, noise_latent, steps):
    """FluxPipeline's loop: linspace sigmas, dynamic shift mu from the sequence length."""
    h, w = noise_latent.shape[1:]
    x = pack(noise_latent)
    ids = grid_ids(h // 2, w // 2)
    n = x.shape[0]
    mu = 0.5 + (n - 256) * (1.15 - 0.5) / (4096 - 256)
    sched = FlowMatchEulerDiscreteScheduler(use_dynamic_shifting=True, base_shift=0.5, max_shift=1.15,
                                            base_image_seq_len=256, max_image_seq_len=4096, shift=3.0)
    sched.set_timesteps(sigmas=np.linspace(1.0, 1.0 / steps, steps), mu=mu)
    sched.set_begin_index(0)
    ts = []
    for t in sched.timesteps:
        v = model.v(x, ids, float(t) / 1000.0)
        x = sched.step(v[None], t, x[None], return_dict=False)[0][0]
        ts.append(float(t) / 1000.0)
    return x, torch.tensor(sched.sigmas.numpy(), dtype=torch.float64)


# ---- RALU (shared/RALU.md) ----
def stage_times(h, S, E, n):
    u = lambda X: X / (h - (h - 1) * X)
    sig = np.linspace(u(S), u(E), n + 1)
    return h * sig / (1 + (h - 1) * sig)


def correlated(z, start, nblocks, Z):
    """z: [n, 64]; blocks of 4 rows from `start` get covariance I + gamma*11^T per channel."""
    gamma = -1.0 / Z ** 2 + 1e-6
    a = math.sqrt(1 + 4 * gamma) - 1
    n = z.clone()
    blk = z[start:start + 4 * nblocks].reshape(nblocks, 4, 64)
    n[start:start + 4 * nblocks] = (blk + a * blk.mean(dim=1, keepdim=True)).reshape(-1, 64)
    return n


def gray_u8(img):  # img [3, H, W] decoder output
    g = 0.299 * img[0] + 0.587 * img[1] + 0.114 * img[2]
    return (g.clamp(0, 1) * 255).to(torch.uint8).numpy()


def ralu(model, noise_latent, P, draws):
    N, e, hs, Z, up = P["N"], P["e"], P["shifts"], P["Z"], P["up_ratio"]
    H, W = noise_latent.shape[1] * 8, noise_latent.shape[2] * 8
    s = [0.0] + [e[i] / (Z * (1 - e[i]) + e[i]) for i in range(2)]
    alpha = [1 - s[i + 1] for i in range(2)]
    beta = [1 / (Z * (1 - e[i]) + e[i]) for i in range(2)]
    rec = {}
    # stage 1: nearest-downsampled noise on the half grid
    low = noise_latent[:, ::2, ::2]
    hl, wl = low.shape[1] // 2, low.shape[2] // 2          # half-res token grid
    x = pack(low)
    ids = grid_ids(hl, wl)
    model.stage(0, hl, wl)
    ts = stage_times(hs[0], 1 - s[0], 1 - e[0], N[0])
    for j in range(N[0]):
        v = model.v(x, ids, float(ts[j]))
        x = x + (float(ts[j + 1]) - float(ts[j])) * v
    rec["stage1_x"], rec["stage1_ids"] = x.clone(), ids.clone()
    # transition 1 -> 2
    x0 = x - v * float(ts[-1])
    img = model.decode(unpack(x0, 2 * hl, 2 * wl))
    gray = gray_u8(img)
    edges = cv2.Canny(gray, 100, 200)
    Md = hl * wl
    score = edges.astype(np.float64).reshape(hl, 16, wl, 16).sum(axis=(1, 3)).reshape(Md)
    score = torch.tensor(score) + draws["tiebreak"].double() * 1e-6
    k = int(math.floor(Md * up))
    sel = torch.sort(torch.topk(score, k).indices).values if k > 0 else torch.zeros(0, dtype=torch.long)
    keep = torch.tensor([i for i in range(Md) if i not in set(sel.tolist())], dtype=torch.long)
    rec.update(gray=torch.tensor(gray, dtype=torch.float32), edges=torch.tensor(edges, dtype=torch.float32),
               scores=score.float(), selected=sel.float())
    frac = torch.tensor([[0, 0, 0], [0, 0, 0.5], [0, 0.5, 0], [0, 0.5, 0.5]], dtype=torch.float32)
    x = torch.cat([x[keep], x[sel].repeat_interleave(4, dim=0)])
    ids = torch.cat([ids[keep], (ids[sel][:, None, :] + frac[None]).reshape(-1, 3)])
    nz = correlated(draws["z1"], Md - k, k, Z)
    x = beta[0] * x + alpha[0] * nz
    ts = stage_times(hs[1], 1 - s[1], 1 - e[1], N[1])
    for j in range(N[1]):
        v = model.v(x, ids, float(ts[j]))
        x = x + (float(ts[j + 1]) - float(ts[j])) * v
    rec["stage2_x"], rec["stage2_ids"] = x.clone(), ids.clone()
    # transition 2 -> 3
    nk = Md - k
    x = torch.cat([x[:nk].repeat_interleave(4, dim=0), x[nk:]])
    ids = torch.cat([(ids[:nk][:, None, :] + frac[None]).reshape(-1, 3), ids[nk:]]) * 2
    nz = correlated(draws["z2"], 0, nk, Z)
    x = beta[1] * x + alpha[1] * nz
    order = torch.argsort(ids[:, 2], stable=True)
    x, ids = x[order], ids[order]
    order = torch.argsort(ids[:, 1], stable=True)
    x, ids = x[order], ids[order]
    model.stage(2, hl, wl)
    ts = stage_times(hs[2], 1 - s[2], 1 - e[2], N[2])
    for j in range(N[2]):
        v = model.v(x, ids, float(ts[j]))
        x = x + (float(ts[j + 1]) - float(ts[j])) * v
    rec["stage3_x"], rec["stage3_ids"] = x.clone(), ids.clone()
    lat = unpack(x, 4 * hl, 4 * wl)
    rec["latent"] = lat
    rec["calls"] = torch.tensor([float(model.calls)])
    return rec


def ntdm_scipy(N, e, h0=3.0, zfix=0.0, with_objective=False):
    """RALU.md's NT-DM fit with SciPy's bounded L-BFGS-B: shifts and Z (Z held at zfix when
    given); with_objective: [H0, H1, H2, Z, objective] instead."""
    from scipy.optimize import minimize
    t = np.linspace(0, 1, 1000)
    pdf = lambda t, h: h / (1 + (h - 1) * t) ** 2
    cdf = lambda t, h: h * t / (1 + (h - 1) * t)
    def trunc(t, h, a, b):
        return np.where((t >= a) & (t <= b), pdf(t, h) / (cdf(b, h) - cdf(a, h)), 0.0)
    def obj(p):
        H, Z = p[:3], p[3]
        S = [0.0] + [e[i] / (Z * (1 - e[i]) + e[i]) for i in range(2)]
        tgt = pdf(t, h0) + sum((e[i] - S[i + 1]) * trunc(t, h0, S[i + 1], e[i]) for i in range(2))
        tgt /= 1 + sum(e[i] - S[i + 1] for i in range(2))
        mdl = sum(N[k] * trunc(t, H[k], S[k], e[k]) for k in range(3)) / sum(N)
        P = np.clip(tgt, 1e-10, None); P /= P.sum()
        Q = np.clip(mdl, 1e-10, None); Q /= Q.sum()
        M = 0.5 * (P + Q)
        js = 0.5 * np.sum(P * np.log(P / M)) + 0.5 * np.sum(Q * np.log(Q / M))
        return math.sqrt(max(js, 0))
    zb = (zfix, zfix) if zfix else (2, 100)
    r = minimize(obj, [3, 3, 3, zfix or 2], method="L-BFGS-B", bounds=[(0.5, 10)] * 3 + [zb])
    if with_objective:
        return [float(v) for v in r.x] + [obj(r.x)]
    return [float(v) for v in r.x[:3]], float(r.x[3])


def main():
    torch.set_num_threads(1)   # byte-identical reruns (threaded reductions round differently)
    os.makedirs(OUT, exist_ok=True)
    dit = FluxTransformer2DModel.from_pretrained(os.path.join(FIXTURES, "flux", "dev", "diffusers")).eval()
    vae = tiny_vae(7)
    save_vae(vae, os.path.join(OUT, "vae"))
    gen = torch.Generator().manual_seed(2024)
    txt = torch.randn(7, dit.config.joint_attention_dim, generator=gen)
    y = torch.randn(dit.config.pooled_projection_dim, generator=gen)
    save_file({"txt": txt, "y": y, "guidance": torch.tensor([GUIDANCE])}, os.path.join(OUT, "cond.safetensors"))
    cshift, cz = ntdm_scipy([2, 2, 3], [0.25, 0.5, 1.0])
    presets = {
        "flux-4x": dict(N=[5, 6, 7], e=[0.3, 0.45, 1.0], shifts=[5.019, 2.589, 2.226], Z=6.317, up_ratio=0.3),
        "flux-7x": dict(N=[2, 3, 5], e=[0.2, 0.3, 1.0], shifts=[8.141, 2.856, 2.193], Z=6.261, up_ratio=0.1),
        "custom": dict(N=[2, 2, 3], e=[0.25, 0.5, 1.0], shifts=cshift, Z=cz, up_ratio=0.4),
    }
    for (H, W) in ((128, 128), (96, 128)):
        hlat, wlat = H // 8, W // 8
        noise = torch.randn(16, hlat, wlat, generator=gen)
        model = Model(dit, vae, txt, y)
        xb, sig = baseline(model, noise, 6)
        save_file({"noise": noise, "x": xb.contiguous(), "sigmas": sig, "steps": torch.tensor([6.0])},
                  os.path.join(OUT, "baseline_%dx%d.safetensors" % (H, W)))
        for name, P in presets.items():
            Md = (hlat // 4) * (wlat // 4)
            k = int(math.floor(Md * P["up_ratio"]))
            draws = {"noise": noise, "tiebreak": torch.randn(Md, generator=gen),
                     "z1": torch.randn(Md - k + 4 * k, 64, generator=gen), "z2": torch.randn(4 * Md, 64, generator=gen)}
            model = Model(dit, vae, txt, y)
            rec = ralu(model, noise, P, draws)
            out = {k2: v.contiguous().float() for k2, v in rec.items()}
            out.update({k2: v.contiguous() for k2, v in draws.items()})
            out.update(N=torch.tensor(P["N"], dtype=torch.float32), e=torch.tensor(P["e"], dtype=torch.float32),
                       shifts=torch.tensor(P["shifts"], dtype=torch.float64), Z=torch.tensor([P["Z"]], dtype=torch.float64),
                       up_ratio=torch.tensor([P["up_ratio"]], dtype=torch.float64))
            save_file(out, os.path.join(OUT, "ralu_%s_%dx%d.safetensors" % (name, H, W)))
            sc = torch.sort(rec["scores"].double(), descending=True).values
            margin = float(sc[k - 1] - sc[k]) if 0 < k < len(sc) else float("inf")
            print(name, H, W, "selected", rec["selected"].tolist(), "calls", int(rec["calls"][0]),
                  "score margin at k: %.1f (one edge pixel = 255)" % margin)
    sd3_part(gen)
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
    print("fixtures/sampler: %.2f MB" % (total / 1e6))


def sd3_part(gen):
    """SD3 (the tiny SD3.5-Medium-structured fixture: QK-norm and a dual-attention block),
    CFG 5, the SD3 VAE constants; the baseline, and RALU with the paper's SD3-2x shifts, Z and
    e but fewer steps (N 2, 2, 3 instead of 5, 6, 9) to keep the fixture small."""
    from diffusers import SD3Transformer2DModel
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    dit = SD3Transformer2DModel.from_pretrained(os.path.join(FIXTURES, "sd3", "sd35m", "diffusers")).eval()
    vae = tiny_vae(7)
    vae.register_to_config(scaling_factor=1.5305, shift_factor=0.0609)
    # the same weights as sampler/vae (tiny_vae(7)), with SD3's latent constants: the tests load
    # sampler/vae with ralu_vae_desc.family = SD3 instead of a second copy of the file
    ctxd, pooled = dit.config.joint_attention_dim, dit.config.pooled_projection_dim
    cond = {"txt": torch.randn(6, ctxd, generator=gen), "txt_neg": torch.randn(6, ctxd, generator=gen),
            "y": torch.randn(pooled, generator=gen), "y_neg": torch.randn(pooled, generator=gen)}
    save_file(cond, os.path.join(OUT, "sd3_cond.safetensors"))
    H, W = 96, 128
    noise = torch.randn(16, H // 8, W // 8, generator=gen)
    m = SD3Model(dit, vae, cond, 5.0)
    xb, sig = baseline_sd3(m, noise, 5)
    save_file({"noise": noise, "x": xb.contiguous(), "sigmas": sig, "steps": torch.tensor([5.0]), "cfg": torch.tensor([5.0])},
              os.path.join(OUT, "sd3_baseline_%dx%d.safetensors" % (H, W)))
    P = dict(N=[2, 2, 3], e=[0.2, 0.3, 1.0], shifts=[6.21, 2.23, 1.97], Z=4.13, up_ratio=0.3)
    Md = (H // 32) * (W // 32)
    k = int(math.floor(Md * P["up_ratio"]))
    draws = {"noise": noise, "tiebreak": torch.randn(Md, generator=gen),
             "z1": torch.randn(Md - k + 4 * k, 64, generator=gen), "z2": torch.randn(4 * Md, 64, generator=gen)}
    m = SD3Model(dit, vae, cond, 5.0)
    rec = ralu(m, noise, P, draws)
    out = {k2: v.contiguous().float() for k2, v in rec.items()}
    out.update({k2: v.contiguous() for k2, v in draws.items()})
    out.update(N=torch.tensor(P["N"], dtype=torch.float32), e=torch.tensor(P["e"], dtype=torch.float32),
               shifts=torch.tensor(P["shifts"], dtype=torch.float64), Z=torch.tensor([P["Z"]], dtype=torch.float64),
               up_ratio=torch.tensor([P["up_ratio"]], dtype=torch.float64), cfg=torch.tensor([5.0]))
    save_file(out, os.path.join(OUT, "sd3_ralu_%dx%d.safetensors" % (H, W)))
    print("sd3 ralu selected", rec["selected"].tolist(), "calls", int(rec["calls"][0]))


if __name__ == "__main__":
    main()
