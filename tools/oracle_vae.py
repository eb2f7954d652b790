#!/usr/bin/env python3
"""VAE oracle: a tiny random diffusers AutoencoderKL with the real FLUX / SD3 block structure
(four levels, channel changes at two of them, 2 resnets per encoder level and 3 per decoder
level, mid attention, no quant convs, 16 latent channels) but few channels and 2 norm groups.

The weights are rounded to values that bf16 and f16 both hold exactly, so the f32, f16 and bf16
files below are the same model and one set of golden outputs serves them all. Saved as
  vae/                      diffusers folder (config.json + bf16 safetensors, as diffusers ships FLUX's)
  ae.safetensors            Black Forest Labs / LDM names ("decoder.up.l" by resolution), f32
  ae_sd3_f16.safetensors    the same names under SD3's "first_stage_model." prefix, f16
  vae_quant/                an SD1-style two-level VAE with quant_conv / post_quant_conv, 4 latent
                            channels, scaling 0.18215 and no shift (diffusers, f32): the loader's
                            generality (levels, widths, optional convs are read from the files)
The BFL names are checked by converting them back with diffusers' own convert_ldm_vae_checkpoint.
Golden data (golden.safetensors), on fixed inputs:
  latent [16, 5, 4] (model space), dec_flux / dec_sd3 = decoder(latent / scale + shift) with the
  FLUX (0.3611, 0.1159) and SD3 (1.5305, 0.0609) constants; image [3, 32, 24] in [-1, 1],
  enc_flux / enc_sd3 = (posterior mean - shift) * scale; and dec_sampler_vae: the sampler's tiny VAE
  (tests/fixtures/sampler/vae) decoding `latent` with its own config constants;
  quant_latent [4, 5, 4] -> dec_quant [3, 10, 8], image -> enc_quant [4, 16, 12] for vae_quant.
Writes tests/fixtures/vae/. Usage: python3 tools/oracle_vae.py
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
from diffusers import AutoencoderKL  # noqa: E402
import oracle_sampler as osamp  # noqa: E402
from diffusers.loaders.single_file_utils import convert_ldm_vae_checkpoint  # noqa: E402

OUT = os.path.join(FIXTURES, "vae")
CH = (4, 8, 16, 16)
GROUPS = 2
FLUX = (0.3611, 0.1159)
SD3 = (1.5305, 0.0609)


def tiny_vae(seed, quant=False):
    torch.manual_seed(seed)
    if quant:
        v = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 2,
                          up_block_types=("UpDecoderBlock2D",) * 2, block_out_channels=(4, 8), layers_per_block=1,
                          latent_channels=4, norm_num_groups=2, sample_size=32, scaling_factor=0.18215,
                          use_quant_conv=True, use_post_quant_conv=True)
    else:
        v = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 4,
                          up_block_types=("UpDecoderBlock2D",) * 4, block_out_channels=CH, layers_per_block=2,
                          latent_channels=16, norm_num_groups=GROUPS, sample_size=64, scaling_factor=FLUX[0],
                          shift_factor=FLUX[1], use_quant_conv=False, use_post_quant_conv=False)
    osamp.randomize_vae(v)
    with torch.no_grad():
        for p in v.parameters():
            # exact in bf16 and in f16 (no f16 subnormals): one golden for every dtype
            q = p.to(torch.bfloat16).to(torch.float32)
            q[q.abs() < 2.0 ** -14] = 0.0
            p.copy_(q)
    return v.eval()


def save_diffusers(v, path, dtype):
    os.makedirs(path, exist_ok=True)
    save_file({k: t.to(dtype).contiguous() for k, t in v.state_dict().items()},
              os.path.join(path, "diffusion_pytorch_model.safetensors"))
    cfg = {k: (list(x) if isinstance(x, tuple) else x) for k, x in dict(v.config).items() if not k.startswith("_")}
    cfg["_class_name"] = "AutoencoderKL"
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


def to_bfl(sd, levels=4):
    """diffusers -> BFL/LDM names (ARCH.md §5.5): up_blocks.i -> up.(levels-1-i), attention as 1x1 convs."""
    out = {}
    for k, t in sd.items():
        n = k
        for part in ("encoder", "decoder"):
            if not n.startswith(part + "."):
                continue
            rest = n[len(part) + 1:]
            f = rest.split(".")
            if f[0] == "down_blocks":
                if f[2] == "resnets":
                    rest = "down.%s.block.%s.%s" % (f[1], f[3], ".".join(f[4:]))
                else:  # downsamplers.0.conv
                    rest = "down.%s.downsample.%s" % (f[1], ".".join(f[4:]))
            elif f[0] == "up_blocks":
                lvl = levels - 1 - int(f[1])
                if f[2] == "resnets":
                    rest = "up.%d.block.%s.%s" % (lvl, f[3], ".".join(f[4:]))
                else:
                    rest = "up.%d.upsample.%s" % (lvl, ".".join(f[4:]))
            elif f[0] == "mid_block":
                if f[1] == "resnets":
                    rest = "mid.block_%d.%s" % (int(f[2]) + 1, ".".join(f[3:]))
                else:  # attentions.0.X
                    sub = {"group_norm": "norm", "to_q": "q", "to_k": "k", "to_v": "v", "to_out": "proj_out"}[f[3]]
                    tail = f[-1]
                    rest = "mid.attn_1.%s.%s" % (sub, tail)
                    if t.ndim == 2:
                        t = t[:, :, None, None]
            elif f[0] == "conv_norm_out":
                rest = "norm_out." + ".".join(f[1:])
            rest = rest.replace("conv_shortcut", "nin_shortcut")
            n = part + "." + rest
        out[n] = t.contiguous()
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    v = tiny_vae(11)
    sd = v.state_dict()
    save_diffusers(v, os.path.join(OUT, "vae"), torch.bfloat16)
    bfl = to_bfl(sd)
    back = convert_ldm_vae_checkpoint(bfl, dict(v.config))
    assert set(back) == set(sd), (set(back) ^ set(sd))
    for k in sd:
        assert torch.equal(back[k].reshape(sd[k].shape), sd[k]), k
    save_file(bfl, os.path.join(OUT, "ae.safetensors"))
    save_file({"first_stage_model." + k: t.to(torch.float16) for k, t in bfl.items()},
              os.path.join(OUT, "ae_sd3_f16.safetensors"))

    g = torch.Generator().manual_seed(5)
    latent = torch.randn(16, 5, 4, generator=g)
    image = (torch.rand(3, 32, 24, generator=g) * 2 - 1) * 0.9
    # a smooth component so the encoder sees structure, not only noise
    yy, xx = torch.meshgrid(torch.linspace(-1, 1, 32), torch.linspace(-1, 1, 24), indexing="ij")
    image = (0.5 * image + 0.5 * torch.stack([xx, yy, xx * yy])).clamp(-1, 1)
    gold = {"latent": latent, "image": image}
    with torch.no_grad():
        for tag, (s, sh) in (("flux", FLUX), ("sd3", SD3)):
            gold["dec_" + tag] = v.decode((latent / s + sh)[None].float()).sample[0]
            mean = v.encode(image[None]).latent_dist.mean[0]
            gold["enc_" + tag] = (mean - sh) * s
        sv = AutoencoderKL.from_pretrained(os.path.join(FIXTURES, "sampler", "vae")).eval()
        c = sv.config
        gold["dec_sampler_vae"] = sv.decode((latent / c.scaling_factor + c.shift_factor)[None]).sample[0]
        q = tiny_vae(12, quant=True)
        save_diffusers(q, os.path.join(OUT, "vae_quant"), torch.float32)
        zq = torch.randn(4, 5, 4, generator=g)
        gold["quant_latent"] = zq
        gold["dec_quant"] = q.decode((zq / 0.18215)[None]).sample[0]
        gold["enc_quant"] = q.encode(image[None]).latent_dist.mean[0] * 0.18215
    save_file({k: t.float().contiguous() for k, t in gold.items()}, os.path.join(OUT, "golden.safetensors"))
    total = 0
    for root, _, files in os.walk(OUT):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    print("wrote %s (%d bytes); dec_flux range %.3f..%.3f" % (OUT, total, gold["dec_flux"].min(), gold["dec_flux"].max()))


if __name__ == "__main__":
    main()
