#!/usr/bin/env python3
"""Generates the tokenizer data ralu.h embeds, between the generator markers after the
'>>impl-vocab' marker:
  - the CLIP BPE merges (open_clip's bpe_simple_vocab_16e6.txt.gz = openai/clip-vit-large-patch14's
    merges.txt): merge r joins tokens a and b (ids < 512 + r) into token 512 + r; each id is written
    in 2 or 3 base-90 digits (see ralu__clip_digit), whole merges per line;
  - Unicode tables for the CLIP pre-tokeniser and normaliser: letter (\\p{L}) and number (\\p{N})
    ranges, whitespace, Python's str.lower() as runs, and ftfy's character tables (control
    characters it removes, Latin ligatures, full/half-width forms).
Usage: RALU_ORACLE_VENV=/work/venv python3 tools/gen_text_data.py   (rewrites ralu.h in place)
"""
import gzip
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import ROOT, ensure_venv  # noqa: E402

ensure_venv()

BEGIN = "/* >>gen-text-data begin (tools/gen_text_data.py; do not edit by hand) */"
END = "/* >>gen-text-data end */"
ALPHABET = "".join(c for c in map(chr, range(0x21, 0x7f)) if c not in "\"\\?")[:90]
TWO = 84  # first digits 0..83 start a 2-digit id (< 84 * 90), 84..89 a 3-digit one


def enc_id(v):
    if v < TWO * 90:
        return ALPHABET[v // 90] + ALPHABET[v % 90]
    v -= TWO * 90
    assert v < (90 - TWO) * 8100
    return ALPHABET[TWO + v // 8100] + ALPHABET[(v // 90) % 90] + ALPHABET[v % 90]


def clip_merges():
    import open_clip
    from transformers.models.clip.tokenization_clip import bytes_to_unicode
    path = os.path.join(os.path.dirname(open_clip.__file__), "bpe_simple_vocab_16e6.txt.gz")
    merges = gzip.open(path).read().decode("utf-8").split("\n")[1:49152 - 256 - 2 + 1]
    vocab = list(bytes_to_unicode().values())
    vocab = vocab + [v + "</w>" for v in vocab]
    vocab += ["".join(m.split()) for m in merges]
    ids = {v: i for i, v in enumerate(vocab)}
    return [(ids[m.split()[0]], ids[m.split()[1]]) for m in merges]


def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def lower_runs():
    """Python's str.lower() for single code points mapping to one code point, as runs
    (first, count, step, delta): cp = first + k*step lowers to cp + delta."""
    singles = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        lo = chr(cp).lower()
        if len(lo) == 1 and ord(lo) != cp:
            singles.append((cp, ord(lo) - cp))
    runs = []
    i = 0
    while i < len(singles):
        cp, d = singles[i]
        best = (1, 1)
        for step in (1, 2):
            n = 1
            while i + n < len(singles) and singles[i + n] == (cp + n * step, d):
                n += 1
            if n > best[0]:
                best = (n, step)
        runs.append((cp, best[0], best[1], d))
        i += best[0]
    return runs


def c_array(name, ctype, values, per_line=20):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append(",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "static const %s %s[%d] = {\n%s\n};\n" % (ctype, name, len(values), "\n".join(lines))


def utf8_c(s):
    return '"' + "".join("\\x%02x" % b for b in s.encode("utf-8")) + '"'


def main():
    import ftfy.chardata as cd
    out = [BEGIN, "/* CLIP BPE merges of openai/clip-vit-large-patch14 (MIT, OpenAI), encoded (tools/gen_text_data.py) */"]
    merges = clip_merges()
    lines, cur = [], ""
    for a, b in merges:
        cur += enc_id(a) + enc_id(b)
        if len(cur) >= 110:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    out.append("static const char *const ralu__clip_bpe_data[%d] = {" % len(lines))
    out += ['"%s",' % l for l in lines]
    out.append("};")
    cat = unicodedata.category
    L = ranges(lambda cp: cat(chr(cp)).startswith("L"))
    N = ranges(lambda cp: cat(chr(cp)).startswith("N"))
    out.append("/* Unicode %s (Python %s unicodedata): \\p{L} and \\p{N} as [first, last] pairs */" % (unicodedata.unidata_version, sys.version.split()[0]))
    out.append(c_array("ralu__uni_letter", "uint32_t", [x for r in L for x in r]))
    out.append(c_array("ralu__uni_number", "uint32_t", [x for r in N for x in r]))
    runs = lower_runs()
    out.append("/* str.lower(): runs (first, count, step, delta) */")
    out.append(c_array("ralu__uni_lower", "int32_t", [x for r in runs for x in r]))
    ctrl = sorted(cd.CONTROL_CHARS.keys())
    out.append("/* ftfy %s: control characters fix_text removes */" % __import__("ftfy").__version__)
    out.append(c_array("ralu__ftfy_control", "uint32_t", ctrl))
    # NFC (ftfy's last step): canonical decompositions (CJK compatibility ideographs left out:
    # rare in prompts and 1000 entries) and the combining classes
    dec = []
    for cp in range(0x110000):
        dd = unicodedata.decomposition(chr(cp))
        if not dd or dd.startswith("<") or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F:
            continue
        parts = [int(x, 16) for x in dd.split()]
        prim = len(parts) == 2 and unicodedata.normalize("NFC", unicodedata.normalize("NFD", chr(cp))) == chr(cp)
        dec.append((cp, parts[0], parts[1] if len(parts) > 1 else 0, 1 if prim else 0))
    out.append("/* canonical decompositions (cp, first, second or 0, 1 if NFC recomposes it) */")
    out.append(c_array("ralu__uni_decomp", "uint32_t", [x for r in dec for x in r]))
    runs_ccc = []
    for cp in range(0x110000):
        c = unicodedata.combining(chr(cp))
        if not c:
            continue
        if runs_ccc and runs_ccc[-1][1] == cp - 1 and runs_ccc[-1][2] == c:
            runs_ccc[-1][1] = cp
        else:
            runs_ccc.append([cp, cp, c])
    out.append("/* canonical combining classes > 0 as (first, last, class) */")
    out.append(c_array("ralu__uni_ccc", "uint32_t", [x for r in runs_ccc for x in r]))
    subst = sorted(list(cd.LIGATURES.items()) + [(k, v) for k, v in cd.WIDTH_MAP.items()])
    out.append("/* ftfy: Latin ligatures and full/half-width forms, code point -> UTF-8 text */")
    out.append("static const ralu__ftfy_sub ralu__ftfy_subst[%d] = {" % len(subst))
    for k, v in subst:
        if isinstance(v, int):
            v = chr(v)
        out.append("    { %d, %s }," % (k, utf8_c(v)))
    out.append("};")
    out.append("static const ralu__text_tables ralu__text_tables_data = {")
    out.append('    "%s", %d, %d, ralu__clip_bpe_data, %d,' % (ALPHABET, TWO, len(merges), len(lines)))
    out.append("    ralu__uni_letter, %d, ralu__uni_number, %d, ralu__uni_lower, %d," % (len(L), len(N), len(runs)))
    out.append("    ralu__ftfy_control, %d, ralu__ftfy_subst, %d," % (len(ctrl), len(subst)))
    out.append("    ralu__uni_decomp, %d, ralu__uni_ccc, %d" % (len(dec), len(runs_ccc)))
    out.append("};")
    out.append("static const ralu__text_tables *ralu__text_data(void) { return &ralu__text_tables_data; }")
    out.append(END)
    text = "\n".join(out) + "\n"
    path = os.path.join(ROOT, "ralu.h")
    src = open(path, encoding="utf-8").read()
    if BEGIN in src:
        a = src.index(BEGIN)
        b = src.index(END) + len(END) + 1
        src = src[:a] + text + src[b:]
    else:
        marker = "/* >>impl-vocab (generated tokenizer data) */\n"
        src = src.replace(marker, marker + text, 1)
    open(path, "w", encoding="utf-8").write(src)
    print("ralu.h: %d merge lines, %d bytes of generated data; %d letter ranges, %d number ranges, %d lower runs" % (len(lines), len(text), len(L), len(N), len(runs)))


if __name__ == "__main__":
    main()
