#!/usr/bin/env python3
"""FLUX.1 transformer oracle: tiny random diffusers FluxTransformer2DModel instances, saved in
both checkpoint formats (diffusers folder; Black Forest Labs single file, plain / prefixed /
bf16 / fp8 / scaled fp8), run on fixed inputs by the reference implementation.
Writes tests/fixtures/flux/. Usage: python3 tools/oracle_flux.py  (pins: tools/oracle_common.py)

Cases (each batch element has its own ids, as ralu.h's API allows):
  grid   batch 2, a 4x6 token grid, 7 text tokens
  half   a 2x3 grid (what RALU's first stage feeds)
  mixed  RALU's stage-2 sequence: 4 low-res tokens then 2 selected tokens repeated 4 times
         with fractional ids (r, c), (r, c+.5), (r+.5, c), (r+.5, c+.5)
  odd    13 tokens with arbitrary ids, non-zero text ids
"""
import inspect
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import FIXTURES, ensure_venv  # noqa: E402

ensure_venv()

import torch  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from diffusers import FluxTransformer2DModel  # noqa: E402
import diffusers.loaders.single_file_utils as sfu  # noqa: E402

OUT = os.path.join(FIXTURES, "flux")
HEAD_DIM, HEADS, AXES = 12, 2, (4, 4, 4)
D = HEAD_DIM * HEADS
CTX, VEC, MLP_RATIO = 20, 16, 4.0


def tiny_model(guidance, seed):
    torch.manual_seed(seed)
    m = FluxTransformer2DModel(patch_size=1, in_channels=64, num_layers=2, num_single_layers=2,
                               attention_head_dim=HEAD_DIM, num_attention_heads=HEADS,
                               joint_attention_dim=CTX, pooled_projection_dim=VEC,
                               guidance_embeds=guidance, axes_dims_rope=AXES)
    with torch.no_grad():  # random everything (diffusers zero-inits some layers)
        for name, p in m.named_parameters():
            if p.ndim == 2:
                p.normal_(0.0, 1.0 / math.sqrt(p.shape[1]))
            elif "norm" in name:
                p.copy_(1.0 + 0.2 * torch.randn_like(p))
            else:
                p.normal_(0.0, 0.2)
    return m.eval()


def to_bfl(sd, n_double, n_single):
    """diffusers -> BFL names (the inverse of diffusers' convert_flux_transformer_checkpoint_to_diffusers)."""
    o = {}
    def cp(dst, src):
        o[dst] = sd[src]
    for a, b in (("img_in", "x_embedder"), ("txt_in", "context_embedder"), ("final_layer.linear", "proj_out"),
                 ("time_in.in_layer", "time_text_embed.timestep_embedder.linear_1"),
                 ("time_in.out_layer", "time_text_embed.timestep_embedder.linear_2"),
                 ("vector_in.in_layer", "time_text_embed.text_embedder.linear_1"),
                 ("vector_in.out_layer", "time_text_embed.text_embedder.linear_2"),
                 ("guidance_in.in_layer", "time_text_embed.guidance_embedder.linear_1"),
                 ("guidance_in.out_layer", "time_text_embed.guidance_embedder.linear_2")):
        if b + ".weight" in sd:
            cp(a + ".weight", b + ".weight"); cp(a + ".bias", b + ".bias")
    for t in ("weight", "bias"):  # diffusers rows [scale | shift] -> BFL [shift | scale]
        scale, shift = sd["norm_out.linear." + t].chunk(2, dim=0)
        o["final_layer.adaLN_modulation.1." + t] = torch.cat([shift, scale], dim=0)
    for i in range(n_double):
        p, q = "transformer_blocks.%d." % i, "double_blocks.%d." % i
        for t in ("weight", "bias"):
            o[q + "img_mod.lin." + t] = sd[p + "norm1.linear." + t]
            o[q + "txt_mod.lin." + t] = sd[p + "norm1_context.linear." + t]
            o[q + "img_attn.qkv." + t] = torch.cat([sd[p + "attn.to_%s.%s" % (k, t)] for k in "qkv"])
            o[q + "txt_attn.qkv." + t] = torch.cat([sd[p + "attn.add_%s_proj.%s" % (k, t)] for k in "qkv"])
            o[q + "img_attn.proj." + t] = sd[p + "attn.to_out.0." + t]
            o[q + "txt_attn.proj." + t] = sd[p + "attn.to_add_out." + t]
            o[q + "img_mlp.0." + t] = sd[p + "ff.net.0.proj." + t]
            o[q + "img_mlp.2." + t] = sd[p + "ff.net.2." + t]
            o[q + "txt_mlp.0." + t] = sd[p + "ff_context.net.0.proj." + t]
            o[q + "txt_mlp.2." + t] = sd[p + "ff_context.net.2." + t]
        o[q + "img_attn.norm.query_norm.scale"] = sd[p + "attn.norm_q.weight"]
        o[q + "img_attn.norm.key_norm.scale"] = sd[p + "attn.norm_k.weight"]
        o[q + "txt_attn.norm.query_norm.scale"] = sd[p + "attn.norm_added_q.weight"]
        o[q + "txt_attn.norm.key_norm.scale"] = sd[p + "attn.norm_added_k.weight"]
    for i in range(n_single):
        p, q = "single_transformer_blocks.%d." % i, "single_blocks.%d." % i
        for t in ("weight", "bias"):
            o[q + "modulation.lin." + t] = sd[p + "norm.linear." + t]
            o[q + "linear1." + t] = torch.cat([sd[p + "attn.to_%s.%s" % (k, t)] for k in "qkv"] + [sd[p + "proj_mlp." + t]])
            o[q + "linear2." + t] = sd[p + "proj_out." + t]
        o[q + "norm.query_norm.scale"] = sd[p + "attn.norm_q.weight"]
        o[q + "norm.key_norm.scale"] = sd[p + "attn.norm_k.weight"]
    return o


def check_against_diffusers_converter(bfl, sd):
    """Independent check of to_bfl: diffusers' own converter (its hard-coded width 3072
    replaced by ours) must map our BFL dict back to the original state dict exactly."""
    src = inspect.getsource(sfu.convert_flux_transformer_checkpoint_to_diffusers).replace("inner_dim = 3072", "inner_dim = %d" % D)
    ns = dict(sfu.__dict__)
    exec(src, ns)
    back = ns["convert_flux_transformer_checkpoint_to_diffusers"]({k: v.clone() for k, v in bfl.items()})
    assert set(back) == set(sd), sorted(set(back) ^ set(sd))
    for k in sd:
        assert torch.equal(back[k], sd[k]), k


def e4m3(t):
    return t.to(torch.float8_e4m3fn)


def save_diffusers_folder(m, path):
    """config.json + the state dict in two shards with an index, as diffusers saves large models."""
    os.makedirs(path, exist_ok=True)
    sd = {k: v.contiguous() for k, v in m.state_dict().items()}
    keys = sorted(sd)
    half = len(keys) // 2
    shards = {"diffusion_pytorch_model-00001-of-00002.safetensors": keys[:half],
              "diffusion_pytorch_model-00002-of-00002.safetensors": keys[half:]}
    wm = {}
    for fn, ks in shards.items():
        save_file({k: sd[k] for k in ks}, os.path.join(path, fn), metadata={"format": "pt"})
        wm.update({k: fn for k in ks})
    with open(os.path.join(path, "diffusion_pytorch_model.safetensors.index.json"), "w") as f:
        json.dump({"metadata": {"total_size": sum(v.numel() * 4 for v in sd.values())}, "weight_map": wm}, f, indent=1)
    cfg = dict(m.config)
    cfg = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items() if not k.startswith("_")}
    cfg["_class_name"] = "FluxTransformer2DModel"
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


def grid_ids(h, w):
    ids = torch.zeros(h * w, 3)
    for r in range(h):
        for c in range(w):
            ids[r * w + c] = torch.tensor([0.0, r, c])
    return ids


def make_cases(gen, guided):
    cases = {}
    def element(ids, lt, txt_ids=None):
        n = ids.shape[0]
        e = dict(img=torch.randn(n, 64, generator=gen), img_ids=ids,
                 txt=torch.randn(lt, CTX, generator=gen),
                 txt_ids=txt_ids if txt_ids is not None else torch.zeros(lt, 3),
                 t=torch.rand(1, generator=gen) * 0.9 + 0.05, y=torch.randn(VEC, generator=gen))
        e["g"] = torch.tensor([3.5]) if guided else torch.tensor([0.0])
        return e
    cases["grid"] = [element(grid_ids(4, 6), 7), element(grid_ids(4, 6), 7)]
    cases["grid"][1]["g"] = torch.tensor([1.25]) if guided else torch.tensor([0.0])
    cases["half"] = [element(grid_ids(2, 3), 5)]
    low = grid_ids(2, 3)
    sel = [1, 4]
    ids = [low[i] for i in range(6) if i not in sel]
    for i in sel:
        r, c = low[i][1].item(), low[i][2].item()
        ids += [torch.tensor([0.0, r, c]), torch.tensor([0.0, r, c + 0.5]), torch.tensor([0.0, r + 0.5, c]), torch.tensor([0.0, r + 0.5, c + 0.5])]
    cases["mixed"] = [element(torch.stack(ids), 7)]
    odd = torch.tensor([[0.0, r, c] for r in range(3) for c in range(5)])[:13]
    odd[:, 1:] += torch.rand(13, 2, generator=gen) * 0.5
    cases["odd"] = [element(odd, 3, txt_ids=torch.rand(3, 3, generator=gen))]
    return cases


def run(m, e, dtype=torch.float32):
    with torch.no_grad():
        out = m.to(dtype)(hidden_states=e["img"][None].to(dtype), encoder_hidden_states=e["txt"][None].to(dtype),
                          pooled_projections=e["y"][None].to(dtype), timestep=e["t"].to(dtype),
                          img_ids=e["img_ids"], txt_ids=e["txt_ids"],
                          guidance=e["g"].to(dtype) if m.config.guidance_embeds else None,
                          return_dict=False)[0]
    m.to(torch.float32)
    return out[0].float()


def count_flops(m, e):
    # torch's counter does not know the CPU flash-attention kernel: force the math path,
    # whose two batched matmuls it counts like any other
    from torch.nn.attention import SDPBackend, sdpa_kernel
    from torch.utils.flop_counter import FlopCounterMode
    with sdpa_kernel(SDPBackend.MATH), FlopCounterMode(display=False) as fc:
        run(m, e)
    return fc.get_total_flops()


def with_weights(m, sd_transform):
    """a copy of m whose parameters went through sd_transform (quantise, dequantise)"""
    m2 = tiny_model(m.config.guidance_embeds, 0)
    m2.load_state_dict({k: sd_transform(k, v) for k, v in m.state_dict().items()})
    return m2.eval()


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, guided, seed in (("dev", True, 1), ("schnell", False, 2)):
        d = os.path.join(OUT, name)
        os.makedirs(d, exist_ok=True)
        m = tiny_model(guided, seed)
        sd = {k: v.contiguous() for k, v in m.state_dict().items()}
        bfl = to_bfl(sd, 2, 2)
        check_against_diffusers_converter(bfl, sd)
        save_file(bfl, os.path.join(d, "bfl.safetensors"), metadata={"format": "pt"})
        save_diffusers_folder(m, os.path.join(d, "diffusers"))
        gen = torch.Generator().manual_seed(100 + seed)
        cases = make_cases(gen, guided)
        variants = {}
        if guided:
            # bf16 with the re-saved prefix; fp8 e4m3 (every tensor, as community files do);
            # scaled fp8 (2-D weights stored as e4m3(W / s) with a per-tensor s)
            pre = "model.diffusion_model."
            save_file({pre + k: v.to(torch.bfloat16) for k, v in bfl.items()}, os.path.join(d, "bfl_bf16_prefixed.safetensors"))
            save_file({pre + k: e4m3(v) for k, v in bfl.items()}, os.path.join(d, "bfl_fp8.safetensors"))
            scaled, scales = {}, {}
            for k, v in bfl.items():
                if v.ndim == 2:
                    s = v.abs().max() / 448.0
                    scaled[pre + k] = e4m3(v / s)
                    scaled[pre + k[:-len("weight")] + "scale_weight"] = s.reshape(()).float()
                    scales[k] = s
                else:
                    scaled[pre + k] = v.to(torch.bfloat16)
            save_file(scaled, os.path.join(d, "bfl_fp8_scaled.safetensors"))
            # the same quantisation on the diffusers model, through the BFL name of each tensor
            inv = {}
            for k, v in bfl.items():
                inv[k] = v
            m_bf16 = with_weights(m, lambda k, v: v.to(torch.bfloat16).float())
            m_fp8 = with_weights(m, lambda k, v: v.to(torch.float8_e4m3fn).float())
            variants = {"bf16": m_bf16, "fp8": m_fp8}
            # scaled fp8: quantise the BFL tensors, convert back with diffusers' converter
            deq = {}
            for k, v in bfl.items():
                deq[k] = (e4m3(v / scales[k]).float() * scales[k]) if k in scales else v.to(torch.bfloat16).float()
            src = inspect.getsource(sfu.convert_flux_transformer_checkpoint_to_diffusers).replace("inner_dim = 3072", "inner_dim = %d" % D)
            ns = dict(sfu.__dict__); exec(src, ns)
            m_sc = tiny_model(True, 0)
            m_sc.load_state_dict(ns["convert_flux_transformer_checkpoint_to_diffusers"](deq))
            variants["fp8_scaled"] = m_sc.eval()
        for cname, elems in cases.items():
            t = {}
            for key in ("img", "img_ids", "txt", "txt_ids", "t", "y", "g"):
                t[key] = torch.stack([e[key] for e in elems]).float().contiguous()
            t["out"] = torch.stack([run(m, e) for e in elems]).contiguous()
            for vname, mv in variants.items():
                t["out_" + vname] = torch.stack([run(mv, e) for e in elems]).contiguous()
            if cname == "grid":
                t["flops"] = torch.tensor([float(count_flops(m, elems[0]))], dtype=torch.float64)
            save_file(t, os.path.join(d, "io_%s.safetensors" % cname))
        print("wrote", d)
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
    print("fixtures/flux: %.2f MB" % (total / 1e6))


if __name__ == "__main__":
    main()
