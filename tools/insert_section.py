#!/usr/bin/env python3
"""Developer helper: insert a file's text into ralu.h just before a marker line.
usage: insert_section.py MARKER FILE   (MARKER e.g. '/* >>impl-begin */')"""
import sys
marker, path = sys.argv[1], sys.argv[2]
src = open('ralu.h').read()
text = open(path).read()
if marker not in src:
    sys.exit('marker not found: ' + marker)
src = src.replace(marker, text.rstrip('\n') + '\n\n' + marker, 1)
open('ralu.h', 'w').write(src)
