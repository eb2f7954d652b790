#!/usr/bin/env python3
"""SD3 / SD3.5 MMDiT oracle: tiny random diffusers SD3Transformer2DModel instances (SD3-Medium
structure, SD3.5-Large structure with RMS qk-norm, SD3.5-Medium structure with a dual-attention
layer), saved as a diffusers folder and as a Stability single file ("model.diffusion_model."
names; checked against diffusers' own converter), run on fixed inputs. Writes tests/fixtures/sd3/.

ralu.h feeds SD3 the same packed tokens as FLUX (64 features = 16 channels x 2x2 patch, in
(c, py, px) order) and reads its output in that order too; positions come from the stored
table: a token at (row, col) of the full-resolution token grid (fractional allowed) takes the
table bilinearly at (top + row, left + col), top/left being the reference's center crop. On a
plain grid that is exactly the reference's crop; the "grid" cases run the whole diffusers
forward, the "mixed" case runs diffusers' own blocks on a RALU-style sequence.
Usage: python3 tools/oracle_sd3.py
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import FIXTURES, ensure_venv  # noqa: E402

ensure_venv()

import torch  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from diffusers import SD3Transformer2DModel  # noqa: E402
from diffusers.loaders.single_file_utils import convert_sd3_transformer_checkpoint_to_diffusers  # noqa: E402

OUT = os.path.join(FIXTURES, "sd3")
HD, HEADS, CTX, POOLED, PMAX = 8, 2, 20, 24, 12
D = HD * HEADS

VARIANTS = {
    "sd3m": dict(qk_norm=None, dual_attention_layers=()),
    "sd35l": dict(qk_norm="rms_norm", dual_attention_layers=()),
    "sd35m": dict(qk_norm="rms_norm", dual_attention_layers=(0,)),
}


def tiny(variant, seed):
    torch.manual_seed(seed)
    m = SD3Transformer2DModel(sample_size=16, patch_size=2, in_channels=16, num_layers=2, attention_head_dim=HD,
                              num_attention_heads=HEADS, joint_attention_dim=CTX, caption_projection_dim=D,
                              pooled_projection_dim=POOLED, out_channels=16, pos_embed_max_size=PMAX, **VARIANTS[variant])
    with torch.no_grad():
        for name, p in m.named_parameters():
            if p.ndim >= 2:
                p.normal_(0.0, 1.0 / math.sqrt(p[0].numel()))
            elif "norm" in name:
                p.copy_(1.0 + 0.2 * torch.randn_like(p))
            else:
                p.normal_(0.0, 0.2)
        m.pos_embed.pos_embed.normal_(0.0, 0.5)   # the stored table, made random so the crop matters
    return m.eval()


def to_reference(sd, depth, dual):
    """diffusers -> Stability names (the inverse of convert_sd3_transformer_checkpoint_to_diffusers)."""
    o = {"pos_embed": sd["pos_embed.pos_embed"], "x_embedder.proj.weight": sd["pos_embed.proj.weight"],
         "x_embedder.proj.bias": sd["pos_embed.proj.bias"]}
    for a, b in (("t_embedder.mlp.0", "time_text_embed.timestep_embedder.linear_1"), ("t_embedder.mlp.2", "time_text_embed.timestep_embedder.linear_2"),
                 ("y_embedder.mlp.0", "time_text_embed.text_embedder.linear_1"), ("y_embedder.mlp.2", "time_text_embed.text_embedder.linear_2"),
                 ("context_embedder", "context_embedder"), ("final_layer.linear", "proj_out")):
        for t in ("weight", "bias"):
            o["%s.%s" % (a, t)] = sd["%s.%s" % (b, t)]
    def swap(w):
        scale, shift = w.chunk(2, dim=0)
        return torch.cat([shift, scale], dim=0)
    for t in ("weight", "bias"):
        o["final_layer.adaLN_modulation.1." + t] = swap(sd["norm_out.linear." + t])
    for i in range(depth):
        p, x, c = "transformer_blocks.%d." % i, "joint_blocks.%d.x_block." % i, "joint_blocks.%d.context_block." % i
        last = i == depth - 1
        for t in ("weight", "bias"):
            o[x + "adaLN_modulation.1." + t] = sd[p + "norm1.linear." + t]
            w = sd[p + "norm1_context.linear." + t]
            o[c + "adaLN_modulation.1." + t] = swap(w) if last else w
            o[x + "attn.qkv." + t] = torch.cat([sd[p + "attn.to_%s.%s" % (k, t)] for k in "qkv"])
            o[c + "attn.qkv." + t] = torch.cat([sd[p + "attn.add_%s_proj.%s" % (k, t)] for k in "qkv"])
            o[x + "attn.proj." + t] = sd[p + "attn.to_out.0." + t]
            o[x + "mlp.fc1." + t] = sd[p + "ff.net.0.proj." + t]
            o[x + "mlp.fc2." + t] = sd[p + "ff.net.2." + t]
            if not last:
                o[c + "attn.proj." + t] = sd[p + "attn.to_add_out." + t]
                o[c + "mlp.fc1." + t] = sd[p + "ff_context.net.0.proj." + t]
                o[c + "mlp.fc2." + t] = sd[p + "ff_context.net.2." + t]
            if i in dual:
                o[x + "attn2.qkv." + t] = torch.cat([sd[p + "attn2.to_%s.%s" % (k, t)] for k in "qkv"])
                o[x + "attn2.proj." + t] = sd[p + "attn2.to_out.0." + t]
        if p + "attn.norm_q.weight" in sd:
            o[x + "attn.ln_q.weight"] = sd[p + "attn.norm_q.weight"]
            o[x + "attn.ln_k.weight"] = sd[p + "attn.norm_k.weight"]
            o[c + "attn.ln_q.weight"] = sd[p + "attn.norm_added_q.weight"]
            o[c + "attn.ln_k.weight"] = sd[p + "attn.norm_added_k.weight"]
        if i in dual:
            o[x + "attn2.ln_q.weight"] = sd[p + "attn2.norm_q.weight"]
            o[x + "attn2.ln_k.weight"] = sd[p + "attn2.norm_k.weight"]
    return o


def save_folder(m, path):
    os.makedirs(path, exist_ok=True)
    save_file({k: v.contiguous() for k, v in m.state_dict().items()}, os.path.join(path, "diffusion_pytorch_model.safetensors"))
    cfg = {k: (list(v) if isinstance(v, tuple) else v) for k, v in dict(m.config).items() if not k.startswith("_")}
    cfg["_class_name"] = "SD3Transformer2DModel"
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


def pack(z):  # [16, h, w] -> [(h/2)(w/2), 64] in (c, py, px)
    c, h, w = z.shape
    return z.reshape(c, h // 2, 2, w // 2, 2).permute(1, 3, 0, 2, 4).reshape(-1, 64)


def pos_rows(m, ids, gh, gw):
    """the position embedding of tokens at (row, col) on a gh x gw grid: the stored table,
    center-cropped as the reference does, sampled bilinearly"""
    T = m.pos_embed.pos_embed.reshape(PMAX, PMAX, -1).double()
    top, left = (PMAX - gh) // 2, (PMAX - gw) // 2
    out = []
    for r, c in ids.tolist():
        R, C = top + r, left + c
        r0, c0 = math.floor(R), math.floor(C)
        fr, fc = R - r0, C - c0
        r1, c1 = min(r0 + 1, PMAX - 1), min(c0 + 1, PMAX - 1)
        v = (1 - fr) * (1 - fc) * T[r0, c0] + (1 - fr) * fc * T[r0, c1] + fr * (1 - fc) * T[r1, c0] + fr * fc * T[r1, c1]
        out.append(v)
    return torch.stack(out).float()


def forward_tokens(m, tok, pos, txt, y, t):
    """diffusers' own blocks on an arbitrary token sequence"""
    with torch.no_grad():
        W = m.pos_embed.proj.weight.reshape(D, 64)
        h = (tok @ W.T + m.pos_embed.proj.bias + pos)[None]
        temb = m.time_text_embed(t * 1000.0, y)
        c = m.context_embedder(txt[None])
        for blk in m.transformer_blocks:
            c, h = blk(hidden_states=h, encoder_hidden_states=c, temb=temb)
        h = m.proj_out(m.norm_out(h, temb))[0]          # [N, 64] in (py, px, c)
    return h.reshape(-1, 2, 2, 16).permute(0, 3, 1, 2).reshape(-1, 64)


def main():
    os.makedirs(OUT, exist_ok=True)
    for vi, variant in enumerate(VARIANTS):
        d = os.path.join(OUT, variant)
        m = tiny(variant, 10 + vi)
        sd = {k: v.contiguous() for k, v in m.state_dict().items()}
        ref = to_reference(sd, 2, VARIANTS[variant]["dual_attention_layers"])
        back = convert_sd3_transformer_checkpoint_to_diffusers({k: v.clone() for k, v in ref.items()})
        assert set(back) == set(sd), sorted(set(back) ^ set(sd))
        for k in sd:
            assert torch.equal(back[k], sd[k]), k
        save_folder(m, os.path.join(d, "diffusers"))
        save_file({"model.diffusion_model." + k: v for k, v in ref.items()}, os.path.join(d, "sd3_single.safetensors"))
        gen = torch.Generator().manual_seed(500 + vi)
        # grid: batch 2 (a CFG-like pair), an 8x12 latent (4x6 tokens); the full reference forward
        lat = torch.randn(2, 16, 8, 12, generator=gen)
        txt = torch.randn(2, 9, CTX, generator=gen)
        y = torch.randn(2, POOLED, generator=gen)
        t = torch.rand(2, generator=gen)
        with torch.no_grad():
            out = m(hidden_states=lat, encoder_hidden_states=txt, pooled_projections=y, timestep=t * 1000.0, return_dict=False)[0]
        tok = torch.stack([pack(lat[b]) for b in range(2)])
        outtok = torch.stack([pack(out[b]) for b in range(2)])
        ids = torch.tensor([[0.0, r, c] for r in range(4) for c in range(6)])
        # the token-level path must equal the full forward on a plain grid
        alt = forward_tokens(m, tok[0], pos_rows(m, ids[:, 1:], 4, 6), txt[0], y[:1], t[:1])
        assert torch.allclose(alt, outtok[0], atol=1e-5, rtol=1e-5), (alt - outtok[0]).abs().max()
        save_file({"img": tok.contiguous(), "ids": torch.stack([ids, ids]).contiguous(), "txt": txt, "y": y, "t": t,
                   "grid": torch.tensor([4.0, 6.0]), "out": outtok.contiguous()}, os.path.join(d, "io_grid.safetensors"))
        # mixed: RALU's stage-2 sequence in full-resolution units on a 6x8 grid: 6 low-res
        # tokens at even positions, 2 selected ones as their 4 full-resolution sub-tokens,
        # plus one off-grid fractional position to exercise the bilinear path
        low = [(2 * r, 2 * c) for r in range(3) for c in range(4)]
        sel = [low[1], low[6]]
        pts = [p for p in low if p not in sel] + [(r + dy, c + dx) for (r, c) in sel for (dy, dx) in ((0, 0), (0, 1), (1, 0), (1, 1))]
        pts[0] = (0.25, 0.75)
        ids = torch.tensor([[0.0, r, c] for r, c in pts])
        tok = torch.randn(len(pts), 64, generator=gen)
        txt1 = torch.randn(5, CTX, generator=gen)
        y1 = torch.randn(1, POOLED, generator=gen)
        t1 = torch.tensor([0.37])
        out = forward_tokens(m, tok, pos_rows(m, ids[:, 1:], 6, 8), txt1, y1, t1)
        save_file({"img": tok[None].contiguous(), "ids": ids[None].contiguous(), "txt": txt1[None].contiguous(), "y": y1, "t": t1,
                   "grid": torch.tensor([6.0, 8.0]), "out": out[None].contiguous()}, os.path.join(d, "io_mixed.safetensors"))
        print("wrote", d)
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
    print("fixtures/sd3: %.2f MB" % (total / 1e6))


if __name__ == "__main__":
    main()
