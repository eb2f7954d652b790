#!/usr/bin/env python3
"""End-to-end pipeline oracle: a TINY but COMPLETE FLUX.1-dev model in the file layouts users have,
and golden outputs of diffusers' own FluxPipeline on it. Writes tests/fixtures/pipeline/.
Usage: python3 tools/oracle_pipeline.py   (pins: tools/oracle_common.py; deterministic, re-running
reproduces every byte)

  flux/       a diffusers FLUX.1-dev-style folder (model_index.json, scheduler/, transformer/,
              vae/, text_encoder/ CLIPTextModel, text_encoder_2/ T5EncoderModel, tokenizer_2/).
              No tokenizer/ folder: ralu.h embeds the CLIP vocabulary; here the CLIP tokenizer is
              built from open_clip's bpe_simple_vocab_16e6.txt.gz (OpenAI's own BPE file).
  flux-bfl/   the SAME weights as single files: flux1-tiny.safetensors (BFL transformer names),
              ae.safetensors (BFL/LDM VAE names), clip_l.safetensors (text_model.*, f16, as
              ComfyUI's), t5xxl.safetensors (encoder.* + shared.weight, f16, as ComfyUI's
              t5xxl_fp16). The T5 tokenizer is flux/tokenizer_2/spiece.model (not duplicated).
  flux_golden.safetensors  FluxPipeline's token ids, prompt embeddings, sigmas, final latent and
              decoded image for 2 prompts x 2 sizes, with injected initial noise.

Every weight is a bf16 value that f16 represents exactly, so the bf16 diffusers files, the bf16 /
f16 / f32 single files and the goldens (computed in f32) all describe the same numbers.
"""
import gzip
import io
import json
import math
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import FIXTURES, ensure_venv  # noqa: E402

ensure_venv()

import numpy as np  # noqa: E402
import torch  # noqa: E402
from safetensors.torch import save_file, load_file  # noqa: E402

import oracle_flux  # noqa: E402  (to_bfl, check_against_diffusers_converter)

OUT = os.path.join(FIXTURES, "pipeline")

# ---- sizes -------------------------------------------------------------------------------------
CLIP_WIDTH, CLIP_HEADS, CLIP_LAYERS, CLIP_FF = 4, 2, 2, 16       # vocab 49408 x 4 rows dominate
T5_DMODEL, T5_HEADS, T5_DKV, T5_FF, T5_LAYERS = 16, 2, 8, 32, 2
SP_VOCAB = 512                                                    # + 100 <extra_id_*> = 612
T5_VOCAB = 640                                                    # rows of shared.weight (padded, as T5's 32128)
FLUX_HEAD_DIM, FLUX_HEADS, FLUX_AXES = 8, 2, (2, 2, 4)
FLUX_DOUBLE, FLUX_SINGLE = 2, 2
VAE_CHANNELS, VAE_GROUPS = (4, 4, 8, 8), 2

# ---- the run -----------------------------------------------------------------------------------
PROMPTS = [
    "a photo of a cat sitting on a wooden table",
    "A red fox, 3 apples & 12 pears: \"hello\" (v2.0)!  #1 -- 50% off? The quick brown fox jumps "
    "over the lazy dog at 10:30 pm.",
]
# tokenizer-only cases (ids only, no image): normalization rules, whitespace, <unk>, empty, CLIP truncation
TOKENIZER_PROMPTS = [
    "\uff26\uff55\uff4c\uff4c\uff0d\uff57\uff49\uff44\uff54\uff48 \ufb01sh\u2026 and \u00bd cafe\u0301",
    "   leading,   inner   and trailing   spaces   ",
    "unknown: # { } ~ @ \u00e7a",
    "",
    " ".join(["a big red apple on a table"] * 12),
]
SIZES = [(128, 128), (96, 128)]            # (height, width) in pixels
STEPS, GUIDANCE, MAX_SEQ = 4, 3.5, 32

CLIP_PAD = CLIP_EOS = 49407
CLIP_BOS = 49406


# ---- weights -----------------------------------------------------------------------------------
def bf16_and_f16_exact(t):
    """round to bf16, then flush what f16 cannot hold exactly (|x| < 2^-14) to zero"""
    t = t.to(torch.bfloat16).float()
    t = torch.where(t.abs() < 2.0 ** -14, torch.zeros_like(t), t)
    assert torch.equal(t.half().float(), t) and torch.equal(t.bfloat16().float(), t)
    return t


def randomize(m, seed, scale2d=1.0, small=0.2):
    """random everything (libraries zero-init some layers); then make every value bf16/f16-exact"""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in m.named_parameters():
            if p.ndim >= 2:
                p.copy_(torch.randn(p.shape, generator=g) * (scale2d / math.sqrt(p[0].numel())))
            elif "norm" in name and name.endswith("weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=g))
            else:
                p.copy_(small * torch.randn(p.shape, generator=g))
            p.copy_(bf16_and_f16_exact(p))
    return m.eval()


def tiny_clip(seed):
    from transformers import CLIPTextConfig, CLIPTextModel
    # ids as in FLUX.1-dev's text_encoder/config.json (copied from openai/clip-vit-large-patch14):
    # eos_token_id 2 makes transformers pool at argmax(ids) = the first 49407
    cfg = CLIPTextConfig(vocab_size=49408, hidden_size=CLIP_WIDTH, intermediate_size=CLIP_FF,
                         num_hidden_layers=CLIP_LAYERS, num_attention_heads=CLIP_HEADS,
                         max_position_embeddings=77, hidden_act="quick_gelu", layer_norm_eps=1e-5,
                         projection_dim=CLIP_WIDTH, bos_token_id=0, eos_token_id=2, pad_token_id=1)
    torch.manual_seed(seed)
    return randomize(CLIPTextModel(cfg), seed)


def tiny_t5(seed):
    from transformers import T5Config, T5EncoderModel
    cfg = T5Config(vocab_size=T5_VOCAB, d_model=T5_DMODEL, d_kv=T5_DKV, d_ff=T5_FF, num_layers=T5_LAYERS,
                   num_decoder_layers=T5_LAYERS, num_heads=T5_HEADS, relative_attention_num_buckets=32,
                   relative_attention_max_distance=128, dropout_rate=0.0, layer_norm_epsilon=1e-6,
                   feed_forward_proj="gated-gelu", tie_word_embeddings=False, is_encoder_decoder=True,
                   pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    torch.manual_seed(seed)
    return randomize(T5EncoderModel(cfg), seed)


def tiny_transformer(seed):
    from diffusers import FluxTransformer2DModel
    torch.manual_seed(seed)
    m = FluxTransformer2DModel(patch_size=1, in_channels=64, num_layers=FLUX_DOUBLE, num_single_layers=FLUX_SINGLE,
                               attention_head_dim=FLUX_HEAD_DIM, num_attention_heads=FLUX_HEADS,
                               joint_attention_dim=T5_DMODEL, pooled_projection_dim=CLIP_WIDTH,
                               guidance_embeds=True, axes_dims_rope=FLUX_AXES)
    return randomize(m, seed)


def tiny_vae(seed):
    from diffusers import AutoencoderKL
    torch.manual_seed(seed)
    v = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 4,
                      up_block_types=("UpDecoderBlock2D",) * 4, block_out_channels=VAE_CHANNELS,
                      layers_per_block=2, latent_channels=16, norm_num_groups=VAE_GROUPS, sample_size=1024,
                      scaling_factor=0.3611, shift_factor=0.1159, use_quant_conv=False, use_post_quant_conv=False,
                      force_upcast=True, mid_block_add_attention=True)
    randomize(v, seed, small=0.1)
    with torch.no_grad():  # keep the decoded picture mostly inside [-1, 1] (little clamping)
        v.decoder.conv_out.weight.mul_(0.25)
        v.decoder.conv_out.weight.copy_(bf16_and_f16_exact(v.decoder.conv_out.weight))
    return v


# ---- tokenizers --------------------------------------------------------------------------------
def clip_tokenizer(tmp):
    """CLIPTokenizer (slow, as FLUX's tokenizer/) from OpenAI's BPE file as open_clip ships it:
    vocab = 256 byte symbols, the same with </w>, 48894 merges, <|startoftext|>, <|endoftext|>."""
    import open_clip.tokenizer as oct
    from transformers import CLIPTokenizer
    lines = gzip.open(oct.default_bpe()).read().decode("utf-8").split("\n")
    merges = lines[1:49152 - 256 - 2 + 1]
    syms = list(oct.bytes_to_unicode().values())
    vocab = syms + [s + "</w>" for s in syms] + ["".join(m.split()) for m in merges] + ["<|startoftext|>", "<|endoftext|>"]
    assert len(vocab) == 49408
    vf, mf = os.path.join(tmp, "vocab.json"), os.path.join(tmp, "merges.txt")
    with open(vf, "w", encoding="utf-8") as f:
        json.dump({t: i for i, t in enumerate(vocab)}, f, ensure_ascii=False)
    with open(mf, "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n" + "\n".join(merges) + "\n")
    tok = CLIPTokenizer(vf, mf, unk_token="<|endoftext|>", bos_token="<|startoftext|>", eos_token="<|endoftext|>",
                        pad_token="<|endoftext|>", model_max_length=77)
    return tok, vf, mf


def clip_tokenizer_fast(vf, mf):
    """CLIPTokenizerFast (what AutoTokenizer gives for openai/clip-vit-large-patch14): no ftfy"""
    from transformers import CLIPTokenizerFast
    return CLIPTokenizerFast(vf, mf, unk_token="<|endoftext|>", bos_token="<|startoftext|>",
                             eos_token="<|endoftext|>", pad_token="<|endoftext|>", model_max_length=77)


def check_clip_tokenizer(tok, vf, mf):
    """the slow tokenizer, the fast one and OpenAI's reference BPE (open_clip's SimpleTokenizer)
    agree on our prompts; and the classic 'a photo of a cat' ids of openai/clip-vit-large-patch14"""
    import open_clip.tokenizer as oct
    assert tok("a photo of a cat").input_ids == [49406, 320, 1125, 539, 320, 2368, 49407]
    fast = clip_tokenizer_fast(vf, mf)
    ref = oct.SimpleTokenizer()
    for p in PROMPTS:
        a = tok(p).input_ids
        assert a == fast(p).input_ids, (a, fast(p).input_ids)
        assert a == [CLIP_BOS] + ref.encode(p) + [CLIP_EOS], (a, ref.encode(p))


CORPUS_WORDS = """a an the of on in at with and or to from by for over under near behind above below
photo picture painting drawing portrait landscape close up view of cat dog fox bird horse fish
red green blue yellow orange purple black white brown gray golden silver pink dark light bright
quick lazy small large tiny huge old young happy sad beautiful wooden stone glass metal
table chair window door house castle city street forest mountain river lake sea beach sky cloud
sun moon star tree flower garden field road bridge car boat train plane book cup bottle lamp
sitting standing running jumping flying walking sleeping eating reading looking holding
apples pears apple pear orange bananas cake bread cheese coffee tea water wine
morning evening night day winter summer spring autumn rain snow fog storm sunset sunrise
style detailed realistic cinematic lighting soft sharp focus high quality art oil watercolor
hello world fox jumps dog cat man woman child people robot dragon knight wizard king queen
pm am off sale price percent version model number page chapter room floor level
""".split()


def t5_corpus():
    """a fixed synthetic corpus (words, digits, punctuation; no '#', so '#' is <unk>)"""
    rng = np.random.default_rng(5)
    punct = [",", ".", "!", "?", ":", ";", "-", "--", "(", ")", "\"", "'", "&", "%", "/"]
    out = []
    for i in range(4000):
        n = int(rng.integers(3, 14))
        words = []
        for _ in range(n):
            r = rng.random()
            if r < 0.12:
                words.append(str(int(rng.integers(0, 2000))) if rng.random() < 0.7 else "%d.%d" % tuple(rng.integers(0, 20, 2)))
            elif r < 0.22:
                words.append(str(rng.choice(punct)))
            else:
                w = str(rng.choice(CORPUS_WORDS))
                words.append(w.capitalize() if rng.random() < 0.15 else w)
        s = " ".join(words)
        s = s.replace(" ,", ",").replace(" .", ".").replace(" !", "!").replace(" ?", "?").replace(" :", ":")
        out.append(s)
    return out


def normalization_rules():
    """a small NFKC subset in SentencePiece's rule format (hex code points, tab, hex code points).
    T5's spiece.model carries nmt_nfkc as a precompiled char map (~240 KB); these rules compile to
    the same structure (a double-array trie over the UTF-8 input and a table of replacement
    strings) at a few KB, with single- and multi-code-point keys and 1-to-3 code point values."""
    rules = [("%04X" % (0xFF01 + i), "%04X" % (0x21 + i)) for i in range(94)]   # full-width ASCII
    rules += [("3000", "0020"), ("00A0", "0020"), ("FB01", "0066 0069"), ("FB02", "0066 006C"),
              ("2026", "002E 002E 002E"), ("00BD", "0031 2044 0032"), ("2460", "0031"), ("00B2", "0032"),
              ("0065 0301", "00E9"), ("0061 0308", "00E4")]
    return "".join("%s\t%s\n" % r for r in rules)


def train_spiece(tmp):
    """a SentencePiece unigram model with T5's conventions: pad 0, </s> 1, <unk> 2, no <s>,
    a precompiled normalization char map, dummy prefix, whitespace collapsing"""
    import sentencepiece as spm
    tsv = os.path.join(tmp, "rules.tsv")
    with open(tsv, "w") as f:
        f.write(normalization_rules())
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(t5_corpus()), model_writer=buf, model_type="unigram",
                                   vocab_size=SP_VOCAB, character_coverage=1.0, normalization_rule_tsv=tsv,
                                   pad_id=0, eos_id=1, unk_id=2, bos_id=-1, pad_piece="<pad>", eos_piece="</s>",
                                   unk_piece="<unk>", add_dummy_prefix=True, remove_extra_whitespaces=True,
                                   num_threads=1, shuffle_input_sentence=False, input_sentence_size=0,
                                   minloglevel=2)
    from sentencepiece import sentencepiece_model_pb2 as pb
    m = pb.ModelProto.FromString(buf.getvalue())
    m.normalizer_spec.ClearField("normalization_rule_tsv")   # the temp path: keep the bytes reproducible
    return m.SerializeToString()


# ---- file layouts ------------------------------------------------------------------------------
def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=2, sort_keys=True)
        f.write("\n")


def vae_to_bfl(sd):
    """diffusers AutoencoderKL -> BFL ae.safetensors / LDM names (ARCH.md §5.5): decoder up
    blocks reversed, attention as 1x1 convs, nin_shortcut, norm_out"""
    n_up = len(VAE_CHANNELS)
    o = {}
    for k, v in sd.items():
        b = k
        for s, d in (("conv_norm_out", "norm_out"), ("conv_shortcut", "nin_shortcut"), ("mid_block.resnets.0", "mid.block_1"),
                     ("mid_block.resnets.1", "mid.block_2"), ("mid_block.attentions.0.group_norm", "mid.attn_1.norm"),
                     ("mid_block.attentions.0.to_q", "mid.attn_1.q"), ("mid_block.attentions.0.to_k", "mid.attn_1.k"),
                     ("mid_block.attentions.0.to_v", "mid.attn_1.v"), ("mid_block.attentions.0.to_out.0", "mid.attn_1.proj_out")):
            b = b.replace(s, d)
        if b.startswith("encoder.down_blocks."):
            b = b.replace("down_blocks.", "down.").replace(".resnets.", ".block.").replace(".downsamplers.0.", ".downsample.")
        if b.startswith("decoder.up_blocks."):
            i = int(b.split(".")[2])
            rest = ".".join(b.split(".")[3:]).replace("resnets.", "block.").replace("upsamplers.0.", "upsample.")
            b = "decoder.up.%d.%s" % (n_up - 1 - i, rest)
        if ".attn_1." in b and b.endswith("weight") and v.ndim == 2:
            v = v[:, :, None, None]
        o[b] = v
    return o


def check_vae_bfl(bfl, sd, cfg):
    from diffusers.loaders.single_file_utils import convert_ldm_vae_checkpoint
    back = convert_ldm_vae_checkpoint({k: v.clone() for k, v in bfl.items()}, cfg)
    assert set(back) == set(sd), sorted(set(back) ^ set(sd))
    for k in sd:
        assert torch.equal(back[k].reshape(sd[k].shape), sd[k]), k


def st(sd, dtype):
    return {k: v.detach().to(dtype).contiguous() for k, v in sd.items()}


def write_flux_folder(d, clip, t5, dit, vae, spiece):
    from transformers import T5TokenizerFast
    write_json(os.path.join(d, "model_index.json"), {
        "_class_name": "FluxPipeline", "_diffusers_version": "0.30.0.dev0",
        "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],
        "text_encoder": ["transformers", "CLIPTextModel"], "text_encoder_2": ["transformers", "T5EncoderModel"],
        "tokenizer": ["transformers", "CLIPTokenizer"], "tokenizer_2": ["transformers", "T5TokenizerFast"],
        "transformer": ["diffusers", "FluxTransformer2DModel"], "vae": ["diffusers", "AutoencoderKL"]})
    # FLUX.1-dev's scheduler_config.json, verbatim in content ("shift" is unused with dynamic shifting)
    write_json(os.path.join(d, "scheduler", "scheduler_config.json"), {
        "_class_name": "FlowMatchEulerDiscreteScheduler", "_diffusers_version": "0.30.0.dev0",
        "base_image_seq_len": 256, "base_shift": 0.5, "max_image_seq_len": 4096, "max_shift": 1.15,
        "num_train_timesteps": 1000, "shift": 3.0, "use_dynamic_shifting": True})
    # the models as the libraries save them, bf16, the big ones sharded with an index like FLUX.1-dev's
    clip.to(torch.bfloat16).save_pretrained(os.path.join(d, "text_encoder"))
    t5.to(torch.bfloat16).save_pretrained(os.path.join(d, "text_encoder_2"), max_shard_size="30KB")
    dit.to(torch.bfloat16).save_pretrained(os.path.join(d, "transformer"), max_shard_size="60KB")
    vae.to(torch.bfloat16).save_pretrained(os.path.join(d, "vae"))
    for m in (clip, t5, dit, vae):
        m.to(torch.float32)
    tk = os.path.join(d, "tokenizer_2")
    os.makedirs(tk, exist_ok=True)
    with open(os.path.join(tk, "spiece.model"), "wb") as f:
        f.write(spiece)
    # add_prefix_space=True: without it transformers 4.57 converts spiece.model with Metaspace
    # prepend_scheme "never" (no dummy prefix); FLUX.1-dev's tokenizer.json has "always"
    T5TokenizerFast(vocab_file=os.path.join(tk, "spiece.model"), extra_ids=100, model_max_length=512,
                    legacy=True, add_prefix_space=True).save_pretrained(tk)


def write_bfl_folder(d, clip, t5, dit, vae):
    os.makedirs(d, exist_ok=True)
    sd = {k: v.contiguous() for k, v in dit.state_dict().items()}
    bfl = oracle_flux.to_bfl(sd, FLUX_DOUBLE, FLUX_SINGLE)
    oracle_flux.D = FLUX_HEAD_DIM * FLUX_HEADS   # the converter check patches diffusers' hard-coded width
    oracle_flux.check_against_diffusers_converter(bfl, sd)
    save_file(st(bfl, torch.bfloat16), os.path.join(d, "flux1-tiny.safetensors"))
    vsd = {k: v.contiguous() for k, v in vae.state_dict().items()}
    vbfl = vae_to_bfl(vsd)
    check_vae_bfl(vbfl, vsd, dict(vae.config))
    save_file(st(vbfl, torch.float32), os.path.join(d, "ae.safetensors"))
    save_file(st(clip.state_dict(), torch.float16), os.path.join(d, "clip_l.safetensors"), metadata={"format": "pt"})
    t5sd = {k: v for k, v in t5.state_dict().items() if k != "encoder.embed_tokens.weight"}
    save_file(st(t5sd, torch.float16), os.path.join(d, "t5xxl.safetensors"), metadata={"format": "pt"})


# ---- goldens -----------------------------------------------------------------------------------
def goldens(flux_dir, clip_tok, clip_fast):
    from diffusers import FluxPipeline
    from transformers import T5TokenizerFast
    import sentencepiece as spm
    pipe = FluxPipeline.from_pretrained(flux_dir, tokenizer=clip_tok, torch_dtype=torch.float32)
    pipe.set_progress_bar_config(disable=True)
    assert isinstance(pipe.tokenizer_2, T5TokenizerFast)
    sp = spm.SentencePieceProcessor(model_file=os.path.join(flux_dir, "tokenizer_2", "spiece.model"))
    g = torch.Generator().manual_seed(2026)
    out = {"steps": torch.tensor([float(STEPS)]), "guidance": torch.tensor([GUIDANCE]),
           "max_sequence_length": torch.tensor([float(MAX_SEQ)])}
    info = []
    for i, p in enumerate(PROMPTS):
        pre = "p%d." % i
        clip_ids = pipe.tokenizer(p, padding="max_length", max_length=77, truncation=True, return_tensors="pt").input_ids[0]
        t5_ids = pipe.tokenizer_2(p, padding="max_length", max_length=MAX_SEQ, truncation=True, return_tensors="pt").input_ids[0]
        # the T5 ids are SentencePiece's plus </s>, truncated to MAX_SEQ - 1 pieces, padded with 0
        spi = sp.encode(p)[:MAX_SEQ - 1] + [1]
        assert t5_ids.tolist() == spi + [0] * (MAX_SEQ - len(spi)), (t5_ids.tolist(), spi)
        with torch.no_grad():
            embeds, pooled, text_ids = pipe.encode_prompt(prompt=p, prompt_2=None, max_sequence_length=MAX_SEQ)
        out[pre + "prompt"] = torch.tensor(list(p.encode("utf-8")), dtype=torch.uint8)
        out[pre + "clip_ids"] = clip_ids.float()
        out[pre + "t5_ids"] = t5_ids.float()
        out[pre + "prompt_embeds"] = embeds[0].float()
        out[pre + "pooled_prompt_embeds"] = pooled[0].float()
        info.append("prompt %d: clip %d tokens, t5 %d pieces (%s)" % (i, int((clip_ids != CLIP_PAD).sum()) + 1,
                                                                      len(sp.encode(p)), "truncated" if len(sp.encode(p)) >= MAX_SEQ else "padded"))
        for (H, W) in SIZES:
            key = pre + "%dx%d." % (H, W)
            h, w = H // 8, W // 8
            noise = torch.randn(16, h, w, generator=g).bfloat16().float()   # stored as bf16, exactly
            packed = FluxPipeline._pack_latents(noise[None], 1, 16, h, w)
            common = dict(prompt=p, height=H, width=W, num_inference_steps=STEPS, guidance_scale=GUIDANCE,
                          max_sequence_length=MAX_SEQ)
            with torch.no_grad():
                lat = pipe(latents=packed.clone(), output_type="latent", **common).images
                sig = pipe.scheduler.sigmas.clone()
                ts = pipe.scheduler.timesteps.clone()
                img = pipe(latents=packed.clone(), output_type="np", **common).images
            latent = FluxPipeline._unpack_latents(lat, H, W, pipe.vae_scale_factor)[0]
            u8 = np.array(pipe.image_processor.numpy_to_pil(img)[0])
            out[key + "noise"] = noise.bfloat16()
            out[key + "latent"] = latent.float()
            out[key + "image"] = torch.from_numpy(img[0]).half()   # f16 to fit the size budget
            out[key + "image_u8"] = torch.from_numpy(u8)
            skey = "%dx%d." % (H, W)
            out[skey + "sigmas"] = sig.float()
            out[skey + "timesteps"] = ts.float()
            clipped = float(((img == 0) | (img == 1)).mean())
            info.append("  %dx%d: latent std %.3f, image mean %.3f, clamped %.1f%%" % (H, W, latent.std(), img.mean(), 100 * clipped))
    for j, p in enumerate(TOKENIZER_PROMPTS):
        pre = "tok%d." % j
        clip_ids = pipe.tokenizer(p, padding="max_length", max_length=77, truncation=True, return_tensors="pt").input_ids[0]
        t5_ids = pipe.tokenizer_2(p, padding="max_length", max_length=MAX_SEQ, truncation=True, return_tensors="pt").input_ids[0]
        spi = sp.encode(p)[:MAX_SEQ - 1] + [1]
        assert t5_ids.tolist() == spi + [0] * (MAX_SEQ - len(spi)), (p, t5_ids.tolist(), spi)
        out[pre + "prompt"] = torch.tensor(list(p.encode("utf-8")), dtype=torch.uint8)
        out[pre + "clip_ids"] = clip_ids.float()
        out[pre + "clip_ids_fast"] = clip_fast(p, padding="max_length", max_length=77, truncation=True, return_tensors="pt").input_ids[0].float()
        out[pre + "t5_ids"] = t5_ids.float()
        info.append("tokenizer case %d: %r -> t5 %s | %s" % (j, p, sp.encode(p, out_type=str)[:12], clip_tok.convert_ids_to_tokens(clip_ids[1:10].tolist())))
    return {k: v.contiguous() for k, v in out.items()}, info


def check_bfl_pipeline(bfl_dir, flux_dir, clip_tok, gold):
    """FluxPipeline assembled from the single files (through diffusers' own converters) gives the
    golden latent bit for bit: the two layouts hold the same model"""
    import inspect
    from diffusers import AutoencoderKL, FluxPipeline, FluxTransformer2DModel
    from diffusers.loaders.single_file_utils import convert_ldm_vae_checkpoint
    import diffusers.loaders.single_file_utils as sfu
    from transformers import CLIPTextModel, T5EncoderModel
    ref = FluxPipeline.from_pretrained(flux_dir, tokenizer=clip_tok, torch_dtype=torch.float32)
    f32 = lambda path: {k: v.float() for k, v in load_file(path).items()}
    src = inspect.getsource(sfu.convert_flux_transformer_checkpoint_to_diffusers).replace(
        "inner_dim = 3072", "inner_dim = %d" % (FLUX_HEAD_DIM * FLUX_HEADS))
    ns = dict(sfu.__dict__)
    exec(src, ns)
    dit = FluxTransformer2DModel.from_config(ref.transformer.config)
    dit.load_state_dict(ns["convert_flux_transformer_checkpoint_to_diffusers"](f32(os.path.join(bfl_dir, "flux1-tiny.safetensors"))))
    vae = AutoencoderKL.from_config(ref.vae.config)
    vae.load_state_dict(convert_ldm_vae_checkpoint(f32(os.path.join(bfl_dir, "ae.safetensors")), dict(ref.vae.config)))
    clip = CLIPTextModel(ref.text_encoder.config)
    clip.load_state_dict(f32(os.path.join(bfl_dir, "clip_l.safetensors")))
    t5 = T5EncoderModel(ref.text_encoder_2.config)
    missing, unexpected = t5.load_state_dict(f32(os.path.join(bfl_dir, "t5xxl.safetensors")), strict=False)
    assert not unexpected and set(missing) <= {"encoder.embed_tokens.weight"}, (missing, unexpected)
    t5.tie_weights()
    pipe = FluxPipeline(scheduler=ref.scheduler, vae=vae.eval(), text_encoder=clip.eval(), tokenizer=clip_tok,
                        text_encoder_2=t5.eval(), tokenizer_2=ref.tokenizer_2, transformer=dit.eval())
    pipe.set_progress_bar_config(disable=True)
    H, W = SIZES[-1]
    noise = gold["p1.%dx%d.noise" % (H, W)].float()
    with torch.no_grad():
        lat = pipe(prompt=PROMPTS[1], height=H, width=W, num_inference_steps=STEPS, guidance_scale=GUIDANCE,
                   max_sequence_length=MAX_SEQ, output_type="latent",
                   latents=FluxPipeline._pack_latents(noise[None], 1, 16, H // 8, W // 8)).images
    lat = FluxPipeline._unpack_latents(lat, H, W, pipe.vae_scale_factor)[0]
    assert torch.equal(lat, gold["p1.%dx%d.latent" % (H, W)]), (lat - gold["p1.%dx%d.latent" % (H, W)]).abs().max()


def verify_files(flux_dir, bfl_dir, clip, t5, dit, vae):
    """every stored tensor loads with safetensors and holds exactly the in-memory weights"""
    def same(path, ref, rename=lambda k: k):
        got = load_file(path)
        for k, v in got.items():
            r = ref[rename(k)]
            assert torch.equal(v.float().reshape(r.shape), r.float()), (path, k)
        return set(rename(k) for k in got)
    def folder(sub, m, skip=()):
        d = os.path.join(flux_dir, sub)
        ref = m.state_dict()
        seen = set()
        for f in sorted(os.listdir(d)):
            if f.endswith(".safetensors"):
                seen |= same(os.path.join(d, f), ref)
        assert seen == set(ref) - set(skip), (sub, sorted(set(ref) ^ seen))
    folder("text_encoder", clip)
    folder("text_encoder_2", t5, skip=("encoder.embed_tokens.weight",))
    folder("transformer", dit)
    folder("vae", vae)
    same(os.path.join(bfl_dir, "clip_l.safetensors"), clip.state_dict())
    same(os.path.join(bfl_dir, "t5xxl.safetensors"), t5.state_dict())
    same(os.path.join(bfl_dir, "flux1-tiny.safetensors"), oracle_flux.to_bfl(dit.state_dict(), FLUX_DOUBLE, FLUX_SINGLE))
    same(os.path.join(bfl_dir, "ae.safetensors"), vae_to_bfl(vae.state_dict()))


# ---- SD3 (opt-in: python3 tools/oracle_pipeline.py --sd3) ------------------------------------------
SD3_PROMPT, SD3_NEGATIVE = "a photo of a red fox, 3 apples!", "blurry, low quality"
SD3_SIZE, SD3_CFG, SD3_STEPS = (96, 128), 5.0, 4
SD3_HEAD_DIM, SD3_HEADS, SD3_LAYERS, SD3_PMAX = 8, 2, 2, 12
CLIP_G_WIDTH = 4


def tiny_clip_projection(seed, width, act, base=None):
    """CLIPTextModelWithProjection; base: a CLIPTextModel whose weights it takes (SD3's CLIP-L is
    the same OpenAI CLIP-L FLUX uses, plus its text_projection)"""
    from transformers import CLIPTextConfig, CLIPTextModelWithProjection
    cfg = CLIPTextConfig(vocab_size=49408, hidden_size=width, intermediate_size=4 * width, num_hidden_layers=CLIP_LAYERS,
                         num_attention_heads=CLIP_HEADS, max_position_embeddings=77, hidden_act=act, layer_norm_eps=1e-5,
                         projection_dim=width, bos_token_id=0, eos_token_id=2, pad_token_id=1)
    torch.manual_seed(seed)
    m = randomize(CLIPTextModelWithProjection(cfg), seed)
    if base is not None:
        missing, unexpected = m.load_state_dict(base.state_dict(), strict=False)
        assert missing == ["text_projection.weight"] and not unexpected, (missing, unexpected)
    return m.eval()


def tiny_sd3_transformer(seed):
    from diffusers import SD3Transformer2DModel
    torch.manual_seed(seed)
    m = SD3Transformer2DModel(sample_size=16, patch_size=2, in_channels=16, num_layers=SD3_LAYERS,
                              attention_head_dim=SD3_HEAD_DIM, num_attention_heads=SD3_HEADS,
                              joint_attention_dim=T5_DMODEL, caption_projection_dim=SD3_HEAD_DIM * SD3_HEADS,
                              pooled_projection_dim=CLIP_WIDTH + CLIP_G_WIDTH, out_channels=16,
                              pos_embed_max_size=SD3_PMAX)
    randomize(m, seed)
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():   # the stored position table, random so that the center crop matters
        pe = m.pos_embed.pos_embed
        pe.copy_(bf16_and_f16_exact(0.5 * torch.randn(pe.shape, generator=g)))
    return m


def write_sd3(d, clip, t5, tmp_tok_files):
    """a diffusers StableDiffusion3Pipeline folder (no tokenizer/ tokenizer_2/: ralu.h embeds the
    CLIP vocabulary) and its goldens (1 prompt + negative prompt, CFG 5)"""
    from diffusers import StableDiffusion3Pipeline
    from transformers import CLIPTokenizer, T5TokenizerFast
    clip_l = tiny_clip_projection(21, CLIP_WIDTH, "quick_gelu", base=clip)
    clip_g = tiny_clip_projection(22, CLIP_G_WIDTH, "gelu")
    dit, vae = tiny_sd3_transformer(23), tiny_vae(24)
    vae.register_to_config(scaling_factor=1.5305, shift_factor=0.0609)
    write_json(os.path.join(d, "model_index.json"), {
        "_class_name": "StableDiffusion3Pipeline", "_diffusers_version": "0.29.0.dev0",
        "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],
        "text_encoder": ["transformers", "CLIPTextModelWithProjection"],
        "text_encoder_2": ["transformers", "CLIPTextModelWithProjection"],
        "text_encoder_3": ["transformers", "T5EncoderModel"],
        "tokenizer": ["transformers", "CLIPTokenizer"], "tokenizer_2": ["transformers", "CLIPTokenizer"],
        "tokenizer_3": ["transformers", "T5TokenizerFast"],
        "transformer": ["diffusers", "SD3Transformer2DModel"], "vae": ["diffusers", "AutoencoderKL"]})
    write_json(os.path.join(d, "scheduler", "scheduler_config.json"), {
        "_class_name": "FlowMatchEulerDiscreteScheduler", "_diffusers_version": "0.29.0.dev0",
        "num_train_timesteps": 1000, "shift": 3.0})
    clip_l.to(torch.bfloat16).save_pretrained(os.path.join(d, "text_encoder"))
    clip_g.to(torch.bfloat16).save_pretrained(os.path.join(d, "text_encoder_2"))
    t5.to(torch.bfloat16).save_pretrained(os.path.join(d, "text_encoder_3"), max_shard_size="30KB")
    dit.to(torch.bfloat16).save_pretrained(os.path.join(d, "transformer"))
    vae.to(torch.bfloat16).save_pretrained(os.path.join(d, "vae"))
    for m in (clip_l, clip_g, t5, dit, vae):
        m.to(torch.float32)
    tk = os.path.join(d, "tokenizer_3")
    os.makedirs(tk, exist_ok=True)
    shutil.copyfile(os.path.join(OUT, "flux", "tokenizer_2", "spiece.model"), os.path.join(tk, "spiece.model"))
    T5TokenizerFast(vocab_file=os.path.join(tk, "spiece.model"), extra_ids=100, model_max_length=512,
                    legacy=True, add_prefix_space=True).save_pretrained(tk)
    vf, mf = tmp_tok_files
    tok_l = CLIPTokenizer(vf, mf, unk_token="<|endoftext|>", bos_token="<|startoftext|>", eos_token="<|endoftext|>",
                          pad_token="<|endoftext|>", model_max_length=77)
    tok_g = CLIPTokenizer(vf, mf, unk_token="<|endoftext|>", bos_token="<|startoftext|>", eos_token="<|endoftext|>",
                          pad_token="!", model_max_length=77)      # SD3's tokenizer_2 pads with "!" = 0
    pipe = StableDiffusion3Pipeline.from_pretrained(d, tokenizer=tok_l, tokenizer_2=tok_g, torch_dtype=torch.float32)
    pipe.set_progress_bar_config(disable=True)
    H, W = SD3_SIZE
    g = torch.Generator().manual_seed(3003)
    noise = torch.randn(16, H // 8, W // 8, generator=g).bfloat16().float()
    out = {"steps": torch.tensor([float(SD3_STEPS)]), "cfg": torch.tensor([SD3_CFG]),
           "max_sequence_length": torch.tensor([float(MAX_SEQ)])}
    for name, p in (("prompt", SD3_PROMPT), ("negative", SD3_NEGATIVE)):
        out[name + ".text"] = torch.tensor(list(p.encode("utf-8")), dtype=torch.uint8)
        for key, tok in (("clip_l_ids", pipe.tokenizer), ("clip_g_ids", pipe.tokenizer_2)):
            out[name + "." + key] = tok(p, padding="max_length", max_length=77, truncation=True, return_tensors="pt").input_ids[0].float()
        out[name + ".t5_ids"] = pipe.tokenizer_3(p, padding="max_length", max_length=MAX_SEQ, truncation=True,
                                                  return_tensors="pt").input_ids[0].float()
    with torch.no_grad():
        pe, ne, pp, npool = pipe.encode_prompt(prompt=SD3_PROMPT, prompt_2=None, prompt_3=None,
                                               negative_prompt=SD3_NEGATIVE, do_classifier_free_guidance=True,
                                               max_sequence_length=MAX_SEQ)
        common = dict(prompt=SD3_PROMPT, negative_prompt=SD3_NEGATIVE, height=H, width=W, num_inference_steps=SD3_STEPS,
                      guidance_scale=SD3_CFG, max_sequence_length=MAX_SEQ)
        lat = pipe(latents=noise[None].clone(), output_type="latent", **common).images[0]
        sig, ts = pipe.scheduler.sigmas.clone(), pipe.scheduler.timesteps.clone()
        img = pipe(latents=noise[None].clone(), output_type="np", **common).images
    out.update({"prompt.prompt_embeds": pe[0], "negative.prompt_embeds": ne[0], "prompt.pooled_prompt_embeds": pp[0],
                "negative.pooled_prompt_embeds": npool[0], "%dx%d.noise" % (H, W): noise.bfloat16(),
                "%dx%d.latent" % (H, W): lat.float(), "%dx%d.image" % (H, W): torch.from_numpy(img[0]).half(),
                "%dx%d.image_u8" % (H, W): torch.from_numpy(np.array(pipe.image_processor.numpy_to_pil(img)[0])),
                "%dx%d.sigmas" % (H, W): sig.float(), "%dx%d.timesteps" % (H, W): ts.float()})
    save_file({k: v.contiguous() for k, v in out.items()}, os.path.join(OUT, "sd3_golden.safetensors"))
    print("sd3: latent std %.3f, image mean %.3f, sigmas %s" % (lat.std(), img.mean(), sig.tolist()))


# ---- SD3 glue (always written, ~60 KB) ----------------------------------------------------------
def write_sd3_glue_transformer(d):
    """A tiny SD3 transformer whose widths fit the text fixtures' SD3 all-in-one encoders
    (tests/fixtures/text/sd3_text.safetensors: T5 width 40, pooled CLIP-L 16 + CLIP-G 12), so that
    tests/test_pipeline.c can assemble a whole SD3 model (with the sampler fixtures' VAE) and check
    ralu_generate's SD3 path (CFG, negative prompt, SD3 latent constants) against the same steps
    done by hand. No golden here: every part has its own reference elsewhere."""
    from diffusers import SD3Transformer2DModel
    torch.manual_seed(21)
    m = SD3Transformer2DModel(sample_size=8, patch_size=2, in_channels=16, num_layers=2, attention_head_dim=8,
                              num_attention_heads=2, joint_attention_dim=40, caption_projection_dim=16,
                              pooled_projection_dim=28, out_channels=16, pos_embed_max_size=8)
    randomize(m, 21)
    os.makedirs(d, exist_ok=True)
    save_file(st(m.state_dict(), torch.bfloat16), os.path.join(d, "diffusion_pytorch_model.safetensors"))
    cfg = {k: (list(v) if isinstance(v, tuple) else v) for k, v in dict(m.config).items() if not k.startswith("_")}
    cfg["_class_name"] = "SD3Transformer2DModel"
    write_json(os.path.join(d, "config.json"), cfg)


def main():
    torch.set_num_threads(1)   # byte-identical reruns
    sd3 = "--sd3" in sys.argv[1:]
    if os.path.isdir(OUT):
        for name in ("flux", "flux-bfl", "sd3-glue") + (("sd3",) if sd3 else ()):
            shutil.rmtree(os.path.join(OUT, name), ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    clip, t5, dit, vae = tiny_clip(11), tiny_t5(12), tiny_transformer(13), tiny_vae(14)
    with tempfile.TemporaryDirectory() as tmp:
        spiece = train_spiece(tmp)
    flux_dir, bfl_dir = os.path.join(OUT, "flux"), os.path.join(OUT, "flux-bfl")
    write_flux_folder(flux_dir, clip, t5, dit, vae, spiece)
    write_bfl_folder(bfl_dir, clip, t5, dit, vae)
    verify_files(flux_dir, bfl_dir, clip, t5, dit, vae)
    with tempfile.TemporaryDirectory() as tmp:
        tok, vf, mf = clip_tokenizer(tmp)
        check_clip_tokenizer(tok, vf, mf)
        gold, info = goldens(flux_dir, tok, clip_tokenizer_fast(vf, mf))
        check_bfl_pipeline(bfl_dir, flux_dir, tok, gold)
        if sd3:
            write_sd3(os.path.join(OUT, "sd3"), clip, t5, (vf, mf))
    save_file(gold, os.path.join(OUT, "flux_golden.safetensors"))
    write_sd3_glue_transformer(os.path.join(OUT, "sd3-glue", "transformer"))
    for line in info:
        print(line)
    total = 0
    for r, _, fs in sorted(os.walk(OUT)):
        for f in sorted(fs):
            n = os.path.getsize(os.path.join(r, f))
            total += n
            print("%8d  %s" % (n, os.path.relpath(os.path.join(r, f), OUT)))
    print("fixtures/pipeline: %d bytes (%.2f MB)" % (total, total / 1e6))


if __name__ == "__main__":
    main()
