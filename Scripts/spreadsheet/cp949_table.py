#!/usr/bin/env python3
"""Checks that the C library's iconv converter CP949 (what Sandan decodes CP949 with, see
Sources/SandanIO/CP949.swift) accepts and refuses exactly what Python's cp949 codec does: every
high single byte and every two-byte sequence with a high first byte decodes to the same text in
both, or fails in both. Exit status 1 on any difference."""
import ctypes
import ctypes.util
import sys

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.iconv.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t),
                       ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t)]
libc.iconv.restype = ctypes.c_ssize_t
handle = libc.iconv_open(b"UTF-8", b"CP949")
if handle in (None, ctypes.c_void_p(-1).value):
    sys.exit("cp949_table: the C library has no CP949 converter")


def glibc(data):
    """The text iconv makes of `data`, or None when it fails (it may consume a refused pair
    before failing, as it does A2 E8, so the return value counts, not only what is left)."""
    libc.iconv(handle, None, None, None, None)
    source = ctypes.create_string_buffer(data, len(data))
    target = ctypes.create_string_buffer(64)
    source_pointer = ctypes.c_char_p(ctypes.addressof(source))
    target_pointer = ctypes.c_char_p(ctypes.addressof(target))
    source_left, target_left = ctypes.c_size_t(len(data)), ctypes.c_size_t(64)
    result = libc.iconv(handle, ctypes.byref(source_pointer), ctypes.byref(source_left),
                        ctypes.byref(target_pointer), ctypes.byref(target_left))
    if result == -1 or source_left.value:
        return None
    return target.raw[:64 - target_left.value].decode("utf-8")


def python(data):
    try:
        return data.decode("cp949")
    except UnicodeDecodeError:
        return None


differences = 0
characters = 0
sequences = [bytes([a]) for a in range(0x80, 0x100)] + [bytes([a, b]) for a in range(0x80, 0x100) for b in range(0x100)]
for sequence in sequences:
    expected, got = python(sequence), glibc(sequence)
    if expected != got:
        differences += 1
        if differences <= 10:
            print(f"cp949_table: {sequence.hex()}: Python {expected!r}, iconv {got!r}")
    elif expected is not None and len(sequence) == 2 and sequence[1] >= 0x41 and len(expected) == 1:
        characters += 1
print(f"cp949_table: {len(sequences)} sequences, {characters} two-byte characters, {differences} differences")
sys.exit(1 if differences else 0)
